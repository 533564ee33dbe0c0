package io.raqib.claim.extraction;

import io.raqib.article.ArticleField;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Table-driven extraction tests over src/test/resources/figures/cases.tsv (format in the file's header). */
class FigureTableTest {
    private static final LocalDate DEFAULT_PUBLISHED = LocalDate.of(2025, 1, 9);
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    record Case(int line, String sentence, List<Map<String, String>> expected, LocalDate published) {
        boolean negative() {
            return expected.isEmpty();
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = FigureTableTest.class.getResourceAsStream("/figures/cases.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IllegalStateException("cases.tsv line " + no + ": expected sentence<TAB>expectation");
                }
                LocalDate published = DEFAULT_PUBLISHED;
                if (cols.length > 2) {
                    published = cols[2].strip().equals("none") ? null : LocalDate.parse(cols[2].strip());
                }
                // "\\n" in a sentence is a line break: a heading line above its paragraph
                out.add(new Case(no, cols[0].replace("\\n", "\n"), parse(cols[1].strip()), published));
            }
        }
        return out;
    }

    private static List<Map<String, String>> parse(String expectation) {
        List<Map<String, String>> figures = new ArrayList<>();
        if (expectation.equals("-")) {
            return figures;
        }
        for (String fig : expectation.split(" ; ")) {
            Map<String, String> checks = new LinkedHashMap<>();
            for (String kv : fig.strip().split("\\s+")) {
                int eq = kv.indexOf('=');
                String key = kv.substring(0, eq);
                String value = kv.substring(eq + 1);
                // codes keep their underscores (SYRIAN_GOV, at_least); free text uses _ for a space
                boolean text = key.equals("place") || key.equals("attrText") || key.equals("text");
                checks.put(key, text ? value.replace('_', ' ') : value);
            }
            figures.add(checks);
        }
        return figures;
    }

    @Test
    void tableIsLargeEnough() throws IOException {
        List<Case> all = cases();
        long negatives = all.stream().filter(Case::negative).count();
        System.out.printf("figure table: %d cases, %d positive, %d negative%n", all.size(), all.size() - negatives, negatives);
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        assertThat(negatives).isGreaterThanOrEqualTo(40);
    }

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.line() + ": " + c.sentence(), () -> check(c)));
    }

    private static void check(Case c) {
        List<ExtractedFigure> got = EXTRACTOR.extract(c.sentence(), ArticleField.BODY, c.published());
        StringBuilder seen = new StringBuilder();
        got.forEach(f -> seen.append("\n  ").append(FigureEvaluationTest.describe(f)));
        assertThat(got).as("figures in «%s»:%s", c.sentence(), seen).hasSize(c.expected().size());
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < got.size(); i++) {
            ExtractedFigure f = got.get(i);
            assertThat(c.sentence().substring(f.start(), f.end())).isEqualTo(f.text());
            for (Map.Entry<String, String> check : c.expected().get(i).entrySet()) {
                String want = check.getValue();
                soft.assertThat(field(f, check.getKey())).as("%s of figure %d in «%s»:%s", check.getKey(), i + 1,
                        c.sentence(), seen).isEqualTo(want.equals("null") ? null : want);
            }
        }
        soft.assertAll();
    }

    private static String field(ExtractedFigure f, String key) {
        Object v = switch (key) {
            case "v" -> f.value();
            case "low" -> f.low();
            case "high" -> f.high();
            case "q" -> f.qualifier().code();
            case "vague" -> f.vague();
            case "kind" -> f.kind().code();
            case "force" -> f.force();
            case "country" -> f.country();
            case "place" -> f.place();
            case "asOf" -> f.asOf();
            case "attr" -> f.attributionKey();
            case "attrText" -> f.attribution();
            case "stance" -> f.stance().code();
            case "text" -> f.text();
            default -> throw new IllegalArgumentException("unknown check " + key);
        };
        return v == null ? null : v.toString();
    }
}
