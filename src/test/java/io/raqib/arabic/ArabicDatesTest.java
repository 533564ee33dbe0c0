package io.raqib.arabic;

import io.raqib.testsupport.PipeTable;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven: every case is a line of {@code src/test/resources/dates/arabic-dates.txt}. */
class ArabicDatesTest {

    record Case(int line, LocalDate reference, String sentence, String mention, String date, String kind,
                String modifier, String direction) {
        @Override
        public String toString() {
            return line + ": " + sentence;
        }
    }

    static Stream<Case> cases() throws IOException {
        return PipeTable.read("/dates/arabic-dates.txt").stream().map(row -> {
            String[] f = row.fields();
            LocalDate ref = f[0].equals("-") ? null : LocalDate.parse(f[0]);
            return new Case(row.line(), ref, f[1], f[2], f.length > 3 ? f[3] : "", f.length > 4 ? f[4] : "*",
                    f.length > 5 ? f[5] : "*", f.length > 6 ? f[6] : "*");
        });
    }

    @Test
    void tableHasEnoughCases() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheExpectedDate(Case c) {
        List<DateMention> found = ArabicDates.find(c.sentence(), c.reference());
        for (DateMention m : found) {
            assertThat(c.sentence().substring(m.start(), m.end())).as("offsets of %s", m).isEqualTo(m.text());
        }
        if (c.mention().equals("-")) {
            assertThat(found).as("no date in «%s»", c.sentence()).isEmpty();
            return;
        }
        DateMention m = found.stream().filter(x -> x.text().equals(c.mention())).findFirst().orElse(null);
        assertThat(m).as("mention «%s» in «%s»; found %s", c.mention(), c.sentence(), found).isNotNull();
        assertThat(m.start()).isEqualTo(c.sentence().indexOf(c.mention()));
        if (c.date().equals("null")) {
            assertThat(m.date()).as("unresolved").isNull();
        } else {
            assertThat(m.date()).as("date of «%s»", c.mention()).isEqualTo(ReducedDate.parse(c.date()));
        }
        if (!c.kind().equals("*")) {
            assertThat(m.kind().name()).as("kind").isEqualTo(c.kind());
        }
        if (!c.modifier().equals("*")) {
            assertThat(m.modifier().name()).as("modifier").isEqualTo(c.modifier());
        }
        if (!c.direction().equals("*")) {
            assertThat(m.direction().name()).as("direction").isEqualTo(c.direction());
        }
    }

    @Test
    void aYearOnTheNextLineDoesNotNameTheRelativeYear() {
        // a headline's "العام المقبل" and a paragraph that opens with a year are two things
        DateMention m = ArabicDates.find("تنسحب الكتيبة العام المقبل\n2019 كان عاما صعبا", LocalDate.of(2019, 5, 1)).get(0);
        assertThat(m.text()).isEqualTo("العام المقبل");
        assertThat(m.date()).isEqualTo(ReducedDate.parse("2020"));
    }

    @Test
    void oneUnitEndingAHeadlineLineIsALength() {
        // a headline ends at its line, with no full stop; "خلال شهر رمضان" on one line stays the month
        DateMention m = ArabicDates.find("الكتيبة تغادر البلاد خلال شهر\nوقال قائدها إن", LocalDate.of(2024, 5, 1)).get(0);
        assertThat(m.text()).isEqualTo("خلال شهر");
        assertThat(m.period()).isEqualTo(java.time.Period.ofMonths(1));
        assertThat(ArabicDates.find("الكتيبة تغادر البلاد خلال شهر رمضان\nوقال قائدها", LocalDate.of(2024, 5, 1))
                .stream().noneMatch(x -> x.kind() == DateMention.Kind.PERIOD)).isTrue();
    }

    @Test
    void unresolvedPeriodCanBeProjectedByTheCaller() {
        DateMention m = ArabicDates.find("إرجاء الانسحاب 3 سنوات", null).get(0);
        assertThat(m.date()).isNull();
        assertThat(m.projectFrom(LocalDate.of(2025, 1, 9))).contains(ReducedDate.of(LocalDate.of(2028, 1, 9), ReducedDate.Precision.MONTH));
    }

    @Test
    void reducedDateKeepsPrecisionAndKnowsItsEnd() {
        assertThat(ReducedDate.parse("2025").lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ReducedDate.parse("2024-02").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ReducedDate.parse("2025-09-30").toIso()).isEqualTo("2025-09-30");
        assertThat(ReducedDate.parse("2026").contains(ReducedDate.parse("2026-09"))).isTrue();
        assertThat(ReducedDate.parse("2025-09").endsBefore(LocalDate.of(2025, 10, 1))).isTrue();
        assertThat(ReducedDate.parse("2025-09").endsBefore(LocalDate.of(2025, 9, 30))).isFalse();
        assertThat(List.of(ReducedDate.parse("2025-01-01"), ReducedDate.parse("2025-01"), ReducedDate.parse("2025"))
                .stream().sorted().map(ReducedDate::toIso)).containsExactly("2025", "2025-01", "2025-01-01");
    }
}
