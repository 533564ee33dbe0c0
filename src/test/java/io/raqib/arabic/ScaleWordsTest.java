package io.raqib.arabic;

import static io.raqib.arabic.NumberWordsFixture.read;
import static io.raqib.arabic.NumberWordsFixture.token;
import static io.raqib.arabic.NumberWordsFixture.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.raqib.arabic.ArabicNumbers.Vague;
import io.raqib.arabic.NumberWord.Kind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScaleWordsTest {

    @Test
    void singularDualAndPlural() {
        assertThat(word("مليارات").kind()).isEqualTo(Kind.SCALE_PLURAL);
        assertThat(word("مليونين").kind()).isEqualTo(Kind.SCALE_DUAL);
        assertThat(word("مليونين").value()).isEqualTo(2_000_000);
        assertThat(word("ألوف").value()).isEqualTo(1000);
    }

    @Test
    void ألفاIsTheDualOrTheAccusativeSingular() {
        String withTanween = "ألفاً";
        NumberWord w = word(withTanween);
        assertThat(ScaleWords.accusative(w, token(withTanween))).isTrue();
        assertThat(ScaleWords.withTanween(withTanween, token(withTanween))).isTrue();
        assertThat(ScaleWords.withTanween("ألفا", token("ألفا"))).isFalse();
        assertThat(ScaleWords.accusative(word("ألفين"), token("ألفين"))).isFalse();
        NumberWord singular = ScaleWords.singularOf(w);
        assertThat(singular.kind()).isEqualTo(Kind.SCALE);
        assertThat(singular.value()).isEqualTo(1000);
    }

    @Test
    void aScaleAfterDigits() {
        var tokens = ArabicTokens.tokenize("12 ألفاً");
        assertThat(ScaleWords.after("12 ألفاً", tokens, 0).value()).isEqualTo(1000);
        assertThat(ScaleWords.after("3 ملايين", ArabicTokens.tokenize("3 ملايين"), 0).kind())
                .isEqualTo(Kind.SCALE_PLURAL);
        assertThat(ScaleWords.after("3 بآلاف", ArabicTokens.tokenize("3 بآلاف"), 0)).isNull();
        assertThat(ScaleWords.after("3 ألفين", ArabicTokens.tokenize("3 ألفين"), 0)).isNull();
        assertThat(ScaleWords.after("3-آلاف", ArabicTokens.tokenize("3-آلاف"), 0)).isNull();
    }

    @Test
    void scalesMultiplyAndDescend() {
        Compound c = read("سبعة", "آلاف");
        assertThat(c.total).isEqualByComparingTo(BigDecimal.valueOf(7000));
        assertThat(c.lastScale).isEqualTo(1000);
        assertThat(read("مليون", "ومئتا").lastScale).isEqualTo(1_000_000);
        assertThat(read("ألفين").total).isEqualByComparingTo(BigDecimal.valueOf(2000));
        assertThat(read("آلاف").vague).isEqualTo(Vague.THOUSANDS);
        assertThatThrownBy(() -> read("ألف", "وألف")).hasMessageContaining("وألف");
        assertThatThrownBy(() -> read("خمسة", "ألفين")).hasMessageContaining("ألفين");
        assertThatThrownBy(() -> read("ألف", "ومليون")).hasMessageContaining("ومليون");
    }
}
