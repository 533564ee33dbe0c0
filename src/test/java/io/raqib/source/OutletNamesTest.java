package io.raqib.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletNamesTest {

    @Test
    void oneOutlet() {
        assertThat(OutletNames.split("الجزيرة نت")).containsExactly("الجزيرة نت");
        assertThat(OutletNames.split("المصدر: الجزيرة نت")).containsExactly("الجزيرة نت");
    }

    @Test
    void genericCreditsAreDropped() {
        assertThat(OutletNames.split("شفق نيوز+ وكالات")).containsExactly("شفق نيوز");
        assertThat(OutletNames.split("وكالات + متابعات")).isEmpty();
        assertThat(OutletNames.isGeneric("وكالات الأنباء")).isTrue();
        assertThat(OutletNames.isGeneric("واع")).isFalse();
    }

    @Test
    void aGluedSecondLabelSplitsAndRepeatsGo() {
        assertThat(OutletNames.split("عنب بلدي + واعالمصدر: عنب بلدي")).containsExactly("عنب بلدي", "واع");
    }

    @Test
    void separatorsQuotesAndSpacing() {
        assertThat(OutletNames.split("«السومرية نيوز» ، الخليج   الجديد | واع"))
                .containsExactly("السومرية نيوز", "الخليج الجديد", "واع");
        assertThat(OutletNames.split("وكالة الأنباء العراقية (واع)")).containsExactly("وكالة الأنباء العراقية (واع)");
    }

    @Test
    void theLetterWawStartingANameIsNotASeparator() {
        assertThat(OutletNames.split("واع")).containsExactly("واع");
        assertThat(OutletNames.split("وكالة شفق نيوز")).containsExactly("وكالة شفق نيوز");
    }

    @Test
    void sameNameAcrossSpellings() {
        assertThat(OutletNames.sameName("الجزيرة نت", "الجزيره نت")).isTrue();
        assertThat(OutletNames.clean(" شفق نیوز ")).isEqualTo("شفق نيوز");
        assertThat(OutletNames.split(null)).isEmpty();
    }
}
