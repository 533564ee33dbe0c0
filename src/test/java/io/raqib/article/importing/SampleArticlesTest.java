package io.raqib.article.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's own sample articles (classpath samples/, loaded by the local run in the order of
 * samples/index.txt) all parse cleanly and say what they were written to say.
 */
class SampleArticlesTest {

    private static final Map<String, ParseResult> BY_FILE = new LinkedHashMap<>();

    @BeforeAll
    static void parseAllSamples() throws IOException {
        NewsDocumentParser parser = new NewsDocumentParser();
        for (String file : index()) {
            BY_FILE.put(file, parser.parse(resource("samples/" + file)));
        }
    }

    private static List<String> index() throws IOException {
        return resource("samples/index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SampleArticlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<ParsedArticle> all() {
        List<ParsedArticle> articles = new ArrayList<>();
        BY_FILE.values().forEach(r -> articles.addAll(r.articles()));
        return articles;
    }

    private static ParsedArticle main(String file) {
        return BY_FILE.get(file).articles().get(0);
    }

    @Test
    void theIndexListsEverySampleFileOnce() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "samples"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") && !n.equals("index.txt")).sorted().toList();
            assertThat(index()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    @Test
    void everySampleParsesWithoutAnyProblem() {
        BY_FILE.forEach((file, result) -> assertThat(result.problems()).as(file).isEmpty());
        assertThat(all()).hasSizeBetween(10, 14);
        assertThat(all()).allSatisfy(a -> {
            assertThat(a.body()).isNotBlank();
            assertThat(a.title().length()).isLessThan(120);
        });
    }

    @Test
    void mainArticlesAreDatedBetween2023And2026AndHaveAnOutletAndKeywords() {
        assertThat(BY_FILE.values()).allSatisfy(r -> {
            ParsedArticle main = r.articles().get(0);
            assertThat(main.publishedAt()).isBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));
            assertThat(main.primaryOutlet()).isPresent();
            assertThat(main.keywords()).isNotEmpty();
        });
        assertThat(all().stream().filter(ParsedArticle::isRelated)).isNotEmpty()
                .allSatisfy(a -> assertThat(a.relatedTo()).isZero());
    }

    @Test
    void theOutletsAreTheSixTheLocalRunShows() {
        assertThat(all().stream().flatMap(a -> a.outlets().stream()).distinct())
                .containsExactlyInAnyOrder("شفق نيوز", "الجزيرة نت", "السومرية نيوز", "واع", "عنب بلدي", "الخليج الجديد");
    }

    @Test
    void aFewFactsFileByFile() {
        ParsedArticle timeline = main("01_coalition_mission_timeline.txt");
        assertThat(timeline.publishedAt()).isEqualTo(LocalDate.of(2024, 9, 28));
        assertThat(timeline.body()).contains("بحلول أيلول/سبتمبر 2025", "حتى أيلول/سبتمبر 2026", "نحو ٢٥٠٠ جندي");
        // "المزيد" dropped, Persian ی folded: the tag filter must find التحالف الدولي
        assertThat(timeline.keywords()).containsExactly("التحالف الدولي", "العراق", "أربيل", "القوات الأمريكية", "إقليم كردستان");
        assertThat(timeline.relatedHeadlines()).hasSize(1);

        ParsedArticle count = main("02_us_troops_syria_count.txt");
        assertThat(count.body()).contains("نحو 2000 جندي", "حوالي 900 جندي", "ألفي جندي", "الأمريكـــية");
        assertThat(count.keywords()).contains("قوات سوريا الديمقراطية", "قاعدة التنف");

        ParsedArticle ainAlAsad = main("03_ain_al_asad_withdrawal.txt");
        assertThat(ainAlAsad.publishedAt()).isEqualTo(LocalDate.of(2026, 1, 18)); // "١٨ كانون الثاني ٢٠٢٦"
        assertThat(ainAlAsad.outlets()).containsExactly("السومرية نيوز", "واع");
        assertThat(ainAlAsad.body()).contains("الأميركية", "القُوّاتِ");
        assertThat(BY_FILE.get("03_ain_al_asad_withdrawal.txt").articles().get(1).title()).startsWith("مسؤول عراقي ينفي");

        ParsedArticle detainees = main("04_isis_detainees_transfer.txt");
        assertThat(detainees.body()).contains("\"داعش\"", "كانون الثاني", "شباط").doesNotContain("11:20");

        ParsedArticle drawdown = main("05_syria_drawdown.txt");
        assertThat(drawdown.category()).isEqualTo("تحليلات");
        assertThat(drawdown.outlets()).containsExactly("الخليج الجديد");
        assertThat(drawdown.body()).contains("البنتاجون", "الأميركية");

        assertThat(main("06_security_cell_denial.txt").keywords()).startsWith("خلية الإعلام الأمني", "الأنبار");
    }

    @Test
    void bothMonthFamiliesAndAllSpellingVariantsOccurInTheText() {
        String text = String.join("\n", all().stream().map(a -> a.title() + "\n" + a.body()).toList());
        assertThat(text).contains(
                "أيلول", "سبتمبر", "شباط", "فبراير", "كانون الثاني", "يناير",
                "الأمريكية", "الأميركية", "البنتاغون", "البنتاجون", "داعش", "\"داعش\"", "تنظيم الدولة");
    }
}
