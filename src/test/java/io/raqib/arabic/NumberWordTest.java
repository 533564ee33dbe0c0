package io.raqib.arabic;

import static io.raqib.arabic.NumberWordsFixture.word;
import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.arabic.NumberWord.Kind;
import org.junit.jupiter.api.Test;

class NumberWordTest {

    @Test
    void cliticsAreCountedAndوJoins() {
        NumberWord w = word("وبألف");
        assertThat(w.kind()).isEqualTo(Kind.SCALE);
        assertThat(w.value()).isEqualTo(1000);
        assertThat(w.conjoined()).isTrue();
        assertThat(w.cliticChars()).isEqualTo(2);
        assertThat(word("لخمسة").conjoined()).isFalse();
        assertThat(word("لخمسة").cliticChars()).isEqualTo(1);
    }

    @Test
    void theArticleKeepsOnlyQuantitiesThatStayQuantities() {
        assertThat(word("الآلاف").article()).isTrue();
        assertThat(word("العشرات").kind()).isEqualTo(Kind.VAGUE);
        assertThat(word("الثلاثمئة").value()).isEqualTo(300);
        assertThat(word("بالألفي").kind()).isEqualTo(Kind.SCALE_DUAL);
        // short units with the article are days, fractions and other words
        assertThat(word("الأحد")).isNull();
        assertThat(word("الاثنين")).isNull();
        assertThat(word("والخمسة").value()).isEqualTo(5); // the long forms of 3-10 stay cardinals: "الخمسة الباقون"
        assertThat(word("الخمس")).isNull(); // a fifth
        assertThat(word("الست")).isNull(); // a lady
        assertThat(word("السبع")).isNull(); // a lion
    }

    @Test
    void notNumberWords() {
        assertThat(word("ستار")).isNull();
        assertThat(word("عشرية")).isNull();
        assertThat(word("2000")).isNull();
        assertThat(word("ب")).isNull();
    }
}
