package io.raqib.arabic;

import static io.raqib.arabic.NumberWordsFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.arabic.ArabicNumbers.NumberMatch;
import io.raqib.arabic.ArabicNumbers.Vague;
import org.junit.jupiter.api.Test;

/** {@link DigitNumbers} and {@link WordNumbers} read from one token, as ArabicNumbers calls them. */
class DigitAndWordNumbersTest {

    static NumberMatch digits(String text, int token) {
        return DigitNumbers.at(text, ArabicTokens.tokenize(text), token, true);
    }

    static NumberMatch words(String text, int token) {
        return WordNumbers.at(text, ArabicTokens.tokenize(text), token);
    }

    @Test
    void digitGroupsDecimalsAndScales() {
        assertThat(digits("وصل ٣٬٤٠٠ عنصر", 1).value()).isEqualByComparingTo(dec("3400"));
        assertThat(digits("قرابة 4.750 عسكري", 1).value()).isEqualByComparingTo(dec("4750"));
        assertThat(digits("قرابة 4.75 مليون", 1).value()).isEqualByComparingTo(dec("4750000"));
        assertThat(digits("قرابة ٠٫٥ مليون", 1).value()).isEqualByComparingTo(dec("500000"));
        assertThat(digits("الألوية 7،8 و9", 1).text()).isEqualTo("7");
        assertThat(digits("نحو 3,25 كلم", 1).text()).isEqualTo("3");
        assertThat(digits("نحو 21 ألفاً و300 عنصر", 1).value()).isEqualByComparingTo(dec("21300"));
        // the continuation must be smaller than the scale it continues
        assertThat(digits("نحو 21 ألفاً و3000 عنصر", 1).value()).isEqualByComparingTo(dec("21000"));
    }

    @Test
    void onlySpacesTatweelAndDirectionMarksSeparate() {
        assertThat(DigitNumbers.onlySpaceBetween("a \u0640\u200f b", 1, 5)).isTrue();
        assertThat(DigitNumbers.onlySpaceBetween("a - b", 1, 4)).isFalse();
    }

    @Test
    void wordCompoundsEndWhereANewNumberStarts() {
        NumberMatch first = words("بين ثلاثة آلاف وأربعة آلاف جندي", 1);
        assertThat(first.value()).isEqualByComparingTo(dec("3000"));
        assertThat(first.text()).isEqualTo("ثلاثة آلاف");
        assertThat(words("قتل خمسة بسبعة", 1).text()).isEqualTo("خمسة");
        assertThat(words("نصف الطريق", 0)).isNull();
        assertThat(words("ستمائة وخمسون ألف", 0).value()).isEqualByComparingTo(dec("650000"));
    }

    @Test
    void vagueWordsKeepTheirArticleAndHaveNoValue() {
        NumberMatch m = words("وصل بالعشرات من الجنود", 1);
        assertThat(m.text()).isEqualTo("العشرات");
        assertThat(m.vague()).isEqualTo(Vague.TENS);
        assertThat(m.value()).isNull();
        assertThat(words("عشرات الآلاف", 0).vague()).isEqualTo(Vague.TENS_OF_THOUSANDS);
    }
}
