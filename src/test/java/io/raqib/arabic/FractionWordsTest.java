package io.raqib.arabic;

import static io.raqib.arabic.NumberWordsFixture.dec;
import static io.raqib.arabic.NumberWordsFixture.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FractionWordsTest {

    @Test
    void beforeAScaleItMultipliesAfterItAdds() {
        assertThat(read("ربع", "مليون").total).isEqualByComparingTo(dec("250000"));
        assertThat(read("نصف").current).isEqualByComparingTo(dec("0.5"));
        assertThat(read("ألفين", "ونصف").total).isEqualByComparingTo(dec("2500"));
        assertThat(read("ثلاثة", "ملايين", "وربع").total).isEqualByComparingTo(dec("3250000"));
    }

    @Test
    void notAfterAUnitNorWithoutو() {
        assertThatThrownBy(() -> read("خمسة", "ونصف")).hasMessageContaining("ونصف");
        assertThatThrownBy(() -> read("ألف", "نصف")).hasMessageContaining("نصف");
    }
}
