package io.raqib.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceNamesTest {
    @Test
    void articleQuotesHamzaAndCaseDoNotMatter() {
        String key = SourceNames.key("الخليج الجديد");
        assertThat(SourceNames.key("«الخليج الجديد»")).isEqualTo(key);
        assertThat(SourceNames.key("خليج جديد")).isEqualTo(key);
        assertThat(SourceNames.key("  الخليج   الجديد ")).isEqualTo(key);
        assertThat(SourceNames.key("وكالة الأنباء العراقية")).isEqualTo(SourceNames.key("وكالة الانباء العراقيه"));
        assertThat(SourceNames.key("CENTCOM")).isEqualTo(SourceNames.key("centcom"));
        assertThat(SourceNames.key("عنب بلدى")).isEqualTo(SourceNames.key("عنب بلدي"));
    }

    @Test
    void shortWordsKeepTheirLetters() {
        // "ال" is only an article on a word long enough to carry one: "الة" stays as written.
        assertThat(SourceNames.key("الة")).isEqualTo("اله");
        assertThat(SourceNames.key("واع")).isEqualTo("واع");
    }

    @Test
    void differentOutletsStayDifferent() {
        assertThat(SourceNames.key("شفق نيوز")).isNotEqualTo(SourceNames.key("السومرية نيوز"));
    }
}
