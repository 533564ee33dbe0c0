package io.raqib.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cheap word checks before the date finders' regexes ({@link Literals}) must never change what
 * is found: every case of the dates table is read alone and again after a paragraph that holds every
 * word any check looks for (so every regex runs); the mentions in the case's own text are the same.
 */
class LiteralsTest {
    /** Our own paragraph holding a word for every check: digits, a year, units, counts, duals, "غد"... */
    private static final String EVERY_WORD = "قال المتحدث إن الوفد يصل بعد غد وإن المهمة تدوم عامين أو ثلاثة أيام"
            + " خلال السنوات المقبلة وقد تنتهي قريبا جدا أو بنهاية الشهر الحالي هذا العام أو الصيف المقبل أو في 1 يوليو 2030"
            + " لمدة شهر واحد.\n\nوبعد ذلك كلام آخر لا صلة له بما قبله.\n\n";

    static Stream<ArabicDatesTest.Case> cases() throws IOException {
        return ArabicDatesTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aCaseReadsTheSameWhenEveryCheckPasses(ArabicDatesTest.Case c) {
        List<DateMention> alone = ArabicDates.find(c.sentence(), c.reference());
        int shift = EVERY_WORD.length();
        List<DateMention> afterEveryWord = ArabicDates.find(EVERY_WORD + c.sentence(), c.reference()).stream()
                .filter(m -> m.start() >= shift)
                .map(m -> new DateMention(m.start() - shift, m.end() - shift, m.text(), m.kind(), m.date(), m.modifier(),
                        m.direction(), m.period()))
                .toList();
        assertThat(alone).isEqualTo(afterEveryWord);
    }

    @Test
    void theParagraphOpensEveryCheck() {
        assertThat(ArabicDates.find(EVERY_WORD, java.time.LocalDate.of(2026, 1, 10))).extracting(DateMention::text)
                .contains("بعد غد", "عامين", "ثلاثة أيام", "خلال السنوات المقبلة", "قريبا جدا", "بنهاية الشهر الحالي", "هذا العام",
                        "الصيف المقبل", "1 يوليو 2030", "لمدة شهر واحد");
    }

    @Test
    void aWordOfSeveralStandsForItsFirstWhateverTheSpaces() {
        Literals months = Literals.of(FoldedText.fold("كانون الثاني"));
        assertThat(months.in(FoldedText.fold("في كانون\n  الثاني الماضي"))).isTrue();
        assertThat(months.in(FoldedText.fold("في شباط الماضي"))).isFalse();
    }

    @Test
    void digitsAreTheAsciiOnesOfFoldedText() {
        assertThat(Literals.hasDigit(FoldedText.of("خلال ٣ أيام").folded())).isTrue();
        assertThat(Literals.hasDigit(FoldedText.of("خلال ۴ أيام").folded())).isTrue();
        assertThat(Literals.hasDigit("خلال ثلاثة أيام")).isFalse();
        assertThat(Literals.hasDigit("")).isFalse();
    }

    @Test
    void withoutTheirWordsTheRareFindersFindNothing() {
        String plain = "اجتمع الوزراء في العاصمة وناقشوا الوضع الأمني والاقتصادي دون تحديد أي موعد";
        assertThat(ArabicDates.find(plain, java.time.LocalDate.of(2026, 1, 10))).isEmpty();
        assertThat(Literals.of(FoldedText.fold("غد")).in(FoldedText.fold(plain))).isFalse();
    }
}
