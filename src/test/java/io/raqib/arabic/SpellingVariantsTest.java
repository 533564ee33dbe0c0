package io.raqib.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingVariantsTest {
    @Test
    void americanBothWays() {
        assertThat(SpellingVariants.expand("الامريكيه")).contains("الاميركيه");
        assertThat(SpellingVariants.expand("الاميركيين")).contains("الامريكيين");
    }

    @Test
    void loanwordsWithGhainOrJeem() {
        assertThat(SpellingVariants.expand("البنتاغون")).contains("البنتاجون");
        assertThat(SpellingVariants.expand("الكونجرس")).contains("الكونغرس");
    }

    @Test
    void militiaAndSyria() {
        assertThat(SpellingVariants.expand("ميليشيات")).contains("مليشيات");
        assertThat(SpellingVariants.expand("سوريه")).contains("سوريا");
    }

    @Test
    void otherWordsAreLeftAlone() {
        assertThat(SpellingVariants.expand("العراق")).containsExactly("العراق");
    }
}
