package io.raqib.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SoundPluralsTest {

    @ParameterizedTest(name = "{0} is a number of {1}")
    @CsvSource({
            "مسؤول, مسؤول",
            "مسؤولان, مسؤول",
            "مسؤولين, مسؤول",
            "مسؤولون, مسؤول",
            "مسئولون, مسؤول",
            "المسئولين, مسؤول",
            "والمسؤولين, مسؤول",
            "مسؤولو, مسؤول",
            "مسؤولاً, مسؤول",
            "مسؤولتان, مسؤول",
            "عسكريين, عسكري",
            "العسكريون, عسكري",
            "عسكرياً, عسكري",
            "بالمستشارين, مستشار",
            "مقاتلو, مقاتل",
            "ضابطين, ضابط",
            "للمدنيين, مدني",
    })
    void readsTheNounInEveryNumber(String word, String noun) {
        assertThat(SoundPlurals.nounOf(ArabicNormalizer.normalize(word))).contains(noun);
    }

    @ParameterizedTest(name = "{0} is none of the nouns")
    @ValueSource(strings = {"سوريا", "العراق", "القوات", "مسول", "مسؤوليات", "عسكر", "ضبط", "مدينة", "نوائب", "جنود"})
    void leavesOtherWordsAlone(String word) {
        assertThat(SoundPlurals.nounOf(ArabicNormalizer.normalize(word))).isEmpty();
        assertThat(SoundPlurals.otherNumbers(ArabicNormalizer.normalize(word))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"مسؤولين", "المسئولون", "مسؤولان"})
    void addsWhatTheStemmerKeepsApart(String word) {
        assertThat(SoundPlurals.otherNumbers(ArabicNormalizer.normalize(word)))
                .contains("مسؤول", "مسؤولا", "مسؤولو", "مسؤولتان");
    }

    @ParameterizedTest
    @ValueSource(strings = {"مسؤول", "مسئول"})
    void theWordItselfIsNotRepeated(String word) {
        assertThat(SoundPlurals.otherNumbers(ArabicNormalizer.normalize(word)))
                .containsExactly("مسؤولا", "مسؤولو", "مسؤولتان");
    }
}
