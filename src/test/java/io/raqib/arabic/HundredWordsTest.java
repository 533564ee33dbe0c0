package io.raqib.arabic;

import static io.raqib.arabic.NumberWordsFixture.read;
import static io.raqib.arabic.NumberWordsFixture.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HundredWordsTest {

    @Test
    void gluedDualAndSpokenForms() {
        assertThat(word("سبعمائة").value()).isEqualTo(700);
        assertThat(word("ثلثمئة").value()).isEqualTo(300);
        assertThat(word("مائتي").value()).isEqualTo(200);
        assertThat(word("ميه").value()).isEqualTo(100);
    }

    @Test
    void aUnitWrittenApartMultipliesمئة() {
        assertThat(read("أربع", "مئة").current).isEqualByComparingTo(BigDecimal.valueOf(400));
        assertThat(read("ألف", "وتسعمئة").total.add(read("ألف", "وتسعمئة").current))
                .isEqualByComparingTo(BigDecimal.valueOf(1900));
    }

    @Test
    void notWhereGrammarRefusesIt() {
        assertThatThrownBy(() -> read("اثنان", "مئة")).hasMessageContaining("مئة"); // مئتان, not اثنان مئة
        assertThatThrownBy(() -> read("عشرة", "مئة")).hasMessageContaining("مئة");
        assertThatThrownBy(() -> read("مئة", "ومئتان")).hasMessageContaining("ومئتان");
        assertThatThrownBy(() -> read("خمسة", "ثلاثمئة")).hasMessageContaining("ثلاثمئة");
    }
}
