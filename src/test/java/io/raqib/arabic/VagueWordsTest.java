package io.raqib.arabic;

import static io.raqib.arabic.NumberWordsFixture.read;
import static io.raqib.arabic.NumberWordsFixture.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.raqib.arabic.ArabicNumbers.Vague;
import org.junit.jupiter.api.Test;

class VagueWordsTest {

    @Test
    void startsAVagueNumberOnly() {
        assertThat(read("مئات").vague).isEqualTo(Vague.HUNDREDS);
        assertThat(read("بضع").vague).isEqualTo(Vague.FEW);
        assertThat(read("بضع").value()).isNull();
        assertThatThrownBy(() -> read("ثلاثة", "عشرات")).hasMessageContaining("عشرات");
    }

    @Test
    void aFollowingScaleOrHundredWidensIt() {
        assertThat(VagueWords.widen(Vague.TENS, word("الآلاف"))).isEqualTo(Vague.TENS_OF_THOUSANDS);
        assertThat(VagueWords.widen(Vague.HUNDREDS, word("آلاف"))).isEqualTo(Vague.HUNDREDS_OF_THOUSANDS);
        assertThat(VagueWords.widen(Vague.TENS, word("الملايين"))).isEqualTo(Vague.MILLIONS);
        assertThat(VagueWords.widen(Vague.FEW, word("مئات"))).isEqualTo(Vague.HUNDREDS);
        assertThat(VagueWords.widen(Vague.FEW, word("عشرات"))).isEqualTo(Vague.TENS);
        assertThat(VagueWords.widen(Vague.FEW, word("آلاف"))).isEqualTo(Vague.THOUSANDS);
        assertThat(VagueWords.widen(Vague.FEW, word("مئة"))).isEqualTo(Vague.HUNDREDS);
    }

    @Test
    void otherwiseItEnds() {
        assertThat(VagueWords.widen(Vague.TENS, word("مئات"))).isNull();
        assertThat(VagueWords.widen(Vague.HUNDREDS, word("وآلاف"))).isNull();
        assertThat(VagueWords.widen(Vague.TENS, word("ألف"))).isNull();
        assertThat(VagueWords.widen(Vague.FEW, word("خمسة"))).isNull();
    }
}
