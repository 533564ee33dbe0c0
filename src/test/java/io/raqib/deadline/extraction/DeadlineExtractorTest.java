package io.raqib.deadline.extraction;

import io.raqib.testsupport.PipeTable;
import io.raqib.article.ArticleField;
import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.arabic.ReducedDate;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven: every case is a line of {@code src/test/resources/deadlines/deadline-cases.txt}. */
class DeadlineExtractorTest {

    record Case(int line, LocalDate published, ArticleField field, String sentence, String text, String due,
                String subject, String qualifier, String force, String country, String announcedBy,
                String modifier) {
        @Override
        public String toString() {
            return line + ": " + sentence;
        }
    }

    static Stream<Case> cases() throws IOException {
        return PipeTable.read("/deadlines/deadline-cases.txt").stream().map(row -> {
            String[] f = row.fields();
            return new Case(row.line(), f[0].equals("-") ? null : LocalDate.parse(f[0]),
                    ArticleField.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)), f[2], f[3], at(f, 4), at(f, 5),
                    at(f, 6), at(f, 7), at(f, 8), at(f, 9), at(f, 10));
        });
    }

    private static String at(String[] f, int i) {
        return i < f.length && !f[i].isEmpty() ? f[i] : "*";
    }

    @Test
    void tableHasEnoughCasesAndNegatives() throws IOException {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all.stream().filter(c -> c.text().equals("-"))).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsTheExpectedDeadline(Case c) {
        List<ExtractedDeadline> found = DeadlineExtractor.extract(c.sentence(), c.field(), c.published());
        for (ExtractedDeadline d : found) {
            assertThat(c.sentence().substring(d.start(), d.end())).isEqualTo(d.text());
            assertThat(d.field()).isEqualTo(c.field());
            assertThat(c.sentence()).contains(d.sentence());
        }
        if (c.text().equals("-")) {
            assertThat(found).as("no deadline in «%s»", c.sentence()).isEmpty();
            return;
        }
        assertThat(found).as("deadlines in «%s»", c.sentence()).hasSize(1);
        ExtractedDeadline d = found.get(0);
        assertThat(d.text()).as("text").isEqualTo(c.text());
        assertThat(d.start()).isEqualTo(c.sentence().indexOf(c.text()));
        check("due", c.due(), d.due() == null ? "null" : d.due().toIso());
        check("subject", c.subject(), d.subject().code());
        check("qualifier", c.qualifier(), d.qualifier() == null ? "null" : d.qualifier().code());
        check("force", c.force(), String.valueOf(d.force()));
        check("country", c.country(), String.valueOf(d.country()));
        check("announcedBy", c.announcedBy(), String.valueOf(d.announcedBy()));
        check("modifier", c.modifier(), d.modifier() == null ? "null" : d.modifier().code());
        if (d.due() == null) {
            assertThat(d.dueText()).as("an unresolved deadline keeps its phrase").isNotBlank();
        }
        assertThat(d.confidence()).isBetween(0.0, 1.0);
    }

    private static void check(String what, String expected, String actual) {
        if (!expected.equals("*")) {
            assertThat(actual).as(what).isEqualTo(expected);
        }
    }

    @Test
    void offsetsPointIntoTheFieldAndSentenceIsTheWholeSentence() {
        String body = "تطورات متسارعة في الملف. وأكد المصدر أن القوات الأمريكية ستنسحب من العراق بحلول أيلول ٢٠٢٦.\nخبر آخر.";
        List<ExtractedDeadline> found = DeadlineExtractor.extract(body, ArticleField.BODY, LocalDate.of(2025, 1, 1));
        assertThat(found).hasSize(1);
        ExtractedDeadline d = found.get(0);
        assertThat(body.substring(d.start(), d.end())).isEqualTo("بحلول أيلول ٢٠٢٦");
        assertThat(d.sentence()).isEqualTo("وأكد المصدر أن القوات الأمريكية ستنسحب من العراق بحلول أيلول ٢٠٢٦.");
        assertThat(d.due()).isEqualTo(ReducedDate.ofMonth(2026, 9));
        assertThat(d.dueText()).isEqualTo("أيلول ٢٠٢٦");
    }

    @Test
    void eachLengthInAListSharingOnePrepositionIsADeadline() {
        String body = "تبحث واشنطن خيارات لإخلاء قاعدة التنف خلال ١٠ أو ٢٠ أو ٤٥ يوماً";
        List<ExtractedDeadline> found = DeadlineExtractor.extract(body, ArticleField.BODY, LocalDate.of(2025, 1, 1));
        assertThat(found).extracting(d -> d.due().toIso()).containsExactly("2025-01-11", "2025-01-21", "2025-02-15");
        assertThat(found).extracting(ExtractedDeadline::subject).containsOnly(DeadlineSubject.WITHDRAWAL);
        assertThat(DeadlineExtractor.extract(body, ArticleField.BODY, null))
                .hasSize(3).allSatisfy(d -> assertThat(d.due()).isNull());
        // a list after a past verb looks back, like a single length does
        assertThat(DeadlineExtractor.extract("أخلت القوات الأمريكية قاعدة التنف خلال ١٠ أو ٢٠ يوماً",
                ArticleField.BODY, LocalDate.of(2025, 1, 1))).isEmpty();
    }

    @Test
    void anExtraLengthRunsOnFromTheCompletionItsSentenceDates() {
        LocalDate published = LocalDate.of(2025, 2, 1);
        List<ExtractedDeadline> found = DeadlineExtractor.extract(
                "على أن يكتمل انسحاب القوات البلجيكية بحلول آذار 2026، مع الإبقاء على مدربين في أربيل لعام إضافي",
                ArticleField.BODY, published);
        assertThat(found).extracting(d -> d.due().toIso()).containsExactly("2026-03", "2027-03");
        // with no completion dated, the year runs from the article's day
        assertThat(DeadlineExtractor.extract("مع الإبقاء على مدربين بلجيكيين في أربيل لعام إضافي", ArticleField.BODY,
                published)).extracting(d -> d.due().toIso()).containsExactly("2026-02");
    }

    @Test
    void aLengthAfterTheStartItRunsFromEndsThatLongAfterIt() {
        LocalDate published = LocalDate.of(2025, 3, 10);
        List<ExtractedDeadline> found = DeadlineExtractor.extract(
                "تتمركز السرية الهولندية في أربيل اعتبارا من 1 تموز 2025 ولمدة ستة أشهر", ArticleField.BODY, published);
        assertThat(found).extracting(d -> d.due().toIso()).containsExactly("2025-07-01", "2026-01-01");
        assertThat(found.get(1).text()).isEqualTo("ولمدة ستة أشهر");
        // a start of year given by مطلع is its January
        assertThat(DeadlineExtractor.extract("ستنتشر قوات أوروبية في بغداد بدءا من مطلع 2026، ولمدة عام",
                ArticleField.BODY, published)).extracting(d -> d.due().toIso()).containsExactly("2026-01", "2027-01");
        // without a start right before it, "لمدة" stays a length with no date
        assertThat(DeadlineExtractor.extract("ستنتشر قوات أوروبية في بغداد في 2026 وتبقى هناك لمدة عام",
                ArticleField.BODY, published)).extracting(d -> d.due().toIso()).containsExactly("2026");
    }

    @Test
    void aLengthFromTheArticleGivesWayToTheDateTheSentenceWritesInTheSameYear() {
        LocalDate published = LocalDate.of(2025, 1, 15);
        assertThat(DeadlineExtractor.extract("مددت أنقرة بقاء جنودها في شمال العراق لعامين إضافيين، أي حتى آذار 2027",
                ArticleField.BODY, published)).extracting(d -> d.due().toIso()).containsExactly("2027-03");
        // a written date of another year is another deadline
        assertThat(DeadlineExtractor.extract("تنسحب القوات الفرنسية من بغداد خلال ستة أشهر، وتنهي مهمتها كليا بحلول أيار 2026",
                ArticleField.BODY, published)).extracting(d -> d.due().toIso()).containsExactly("2025-07", "2026-05");
        // a written date of the same year further on is a step of its own
        assertThat(DeadlineExtractor.extract("تنسحب القوات الفرنسية من بغداد خلال ثلاثة أشهر، على أن تنهي مهمتها كليا في العراق بحلول تشرين الثاني 2025",
                ArticleField.BODY, published)).extracting(d -> d.due().toIso()).containsExactly("2025-04", "2025-11");
        // a length counted from the start the sentence writes is not from the article's day
        assertThat(DeadlineExtractor.extract("تنتشر القوات الإيطالية في أربيل اعتبارا من 1 آذار 2026 ولمدة ستة أشهر",
                ArticleField.BODY, published)).extracting(d -> d.due().toIso()).containsExactly("2026-03-01", "2026-09-01");
    }

    @Test
    void sameInputSameOutput() {
        String body = "ستبقى القوات الأمريكية في سوريا حتى 2027، وقد تنسحب من العراق بحلول أيلول 2026.";
        List<ExtractedDeadline> first = DeadlineExtractor.extract(body, ArticleField.BODY, LocalDate.of(2025, 1, 1));
        assertThat(DeadlineExtractor.extract(body, ArticleField.BODY, LocalDate.of(2025, 1, 1))).isEqualTo(first);
        assertThat(first).extracting(d -> d.due().toIso()).containsExactly("2027", "2026-09");
        assertThat(first).extracting(ExtractedDeadline::country).containsExactly("SY", "IQ");
    }

    @Test
    void serialisesWithReducedDatesAndVocabularyCodes() throws Exception {
        ExtractedDeadline d = DeadlineExtractor.extract("تبقى القوات الأمريكية في سوريا حتى أيلول 2026 على الأقل",
                ArticleField.BODY, LocalDate.of(2025, 1, 1)).get(0);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(d);
        assertThat(json.get("due").asText()).isEqualTo("2026-09");
        assertThat(json.get("field").asText()).isEqualTo("body");
        assertThat(json.get("subject").asText()).isEqualTo("presence_until");
        assertThat(json.get("qualifier").asText()).isEqualTo("at_least");
        assertThat(json.get("country").asText()).isEqualTo("SY");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readValue("\"2029\"", ReducedDate.class))
                .isEqualTo(ReducedDate.ofYear(2029));
    }

    @Test
    void blankTextHasNoDeadlines() {
        assertThat(DeadlineExtractor.extract("", ArticleField.TITLE, null)).isEmpty();
        assertThat(DeadlineExtractor.extract(null, ArticleField.BODY, null)).isEmpty();
    }
}
