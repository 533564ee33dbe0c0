package io.raqib.arabic;

import static io.raqib.arabic.NumberWordsFixture.read;
import static io.raqib.arabic.NumberWordsFixture.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.raqib.arabic.NumberWord.Kind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnitWordsTest {

    @Test
    void formsOfEveryGenderAndCase() {
        assertThat(word("إحدى").value()).isEqualTo(1);
        assertThat(word("اثنتي").value()).isEqualTo(2);
        assertThat(word("ثمانى").value()).isEqualTo(8);
        assertThat(word("عشرة").kind()).isEqualTo(Kind.TEN);
        assertThat(word("تسعين").kind()).isEqualTo(Kind.TENS);
        assertThat(word("تسعين").value()).isEqualTo(90);
    }

    @Test
    void teensAndJoinedTens() {
        assertThat(read("سبعة", "عشر").current).isEqualByComparingTo(BigDecimal.valueOf(17));
        assertThat(read("خمسة", "وعشرون").current).isEqualByComparingTo(BigDecimal.valueOf(25));
        assertThat(read("عشرون").current).isEqualByComparingTo(BigDecimal.valueOf(20));
    }

    @Test
    void eightyWrittenOnTheStemOfEight() {
        assertThat(word("ثمانيين").value()).isEqualTo(80);
        assertThat(read("ثلاثة", "وثمانيون").current).isEqualByComparingTo(BigDecimal.valueOf(83));
        assertThat(word("ثمانية").value()).isEqualTo(8); // the unit itself is still eight
    }

    @Test
    void twoUnitsOrTwoTensDoNotMakeOneNumber() {
        assertThatThrownBy(() -> read("خمسة", "ستة")).hasMessageContaining("ستة");
        assertThatThrownBy(() -> read("ثلاثة", "وأربعة")).hasMessageContaining("وأربعة");
        assertThatThrownBy(() -> read("عشرون", "وثلاثون")).hasMessageContaining("وثلاثون");
        assertThatThrownBy(() -> read("ثلاثة", "وعشر")).hasMessageContaining("وعشر");
        assertThatThrownBy(() -> read("عشرون", "خمسة")).hasMessageContaining("خمسة");
    }
}
