package io.raqib.deadline.extraction;

import io.raqib.arabic.ReducedDate;
import io.raqib.article.ArticleField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over the seed articles and compares with what a careful reader found
 * ({@code expected.json}): a prediction matches an expected deadline when it lies in the same field
 * and its span overlaps an occurrence of the expected text. Precision and recall are printed for
 * the due date and for the country, and must both reach 0.9.
 *
 * <p>The seeds are read at run time from {@code ../shared/seeds} (or {@code RAQIB_SEEDS_DIR}); they
 * are reference data and are not copied into the project.
 */
class DeadlineEvaluationTest {
    private static final double THRESHOLD = 0.9;
    private static final Pattern PUBLISHED = Pattern.compile("تاريخ النشر:\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\p{L}+)\\s+(\\d{4})");
    private static final List<String> METADATA = List.of("المصدر", "كلمات دلالية", "تاريخ النشر", "إقرأ أيضاً",
            "اقرأ أيضاً");

    /** A seed file read as an article: first line title, the rest body without metadata lines. */
    record Article(String title, String body, LocalDate published) {
        String text(ArticleField field) {
            return field == ArticleField.TITLE ? title : body;
        }
    }

    record Expected(String text, String due, String country, String subject, String force, String qualifier,
                    boolean optional) {
    }

    record Score(int predicted, int expected, int dueHits, int countryHits) {
        double duePrecision() {
            return predicted == 0 ? 1.0 : (double) dueHits / predicted;
        }

        double dueRecall() {
            return expected == 0 ? 1.0 : (double) dueHits / expected;
        }

        double countryPrecision() {
            return predicted == 0 ? 1.0 : (double) countryHits / predicted;
        }

        double countryRecall() {
            return expected == 0 ? 1.0 : (double) countryHits / expected;
        }
    }

    static Path seedsDir() {
        String env = System.getenv("RAQIB_SEEDS_DIR");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "seeds");
    }

    static Article read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        LocalDate published = null;
        List<String> body = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String s = line.strip();
            Matcher m = PUBLISHED.matcher(s);
            if (m.find()) {
                published = LocalDate.parse(m.group(1) + " " + m.group(2) + " " + m.group(3),
                        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
            }
            if (METADATA.stream().anyMatch(s::startsWith)) {
                continue;
            }
            body.add(line);
        }
        return new Article(lines.get(0), String.join("\n", body), published);
    }

    @Test
    void deadlinesOfTheSeedArticles() throws IOException {
        Path dir = seedsDir();
        assumeTrue(Files.isRegularFile(dir.resolve("expected.json")), "seed files not found at " + dir.toAbsolutePath());
        JsonNode root = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());

        int predicted = 0;
        int expectedCount = 0;
        int dueHits = 0;
        int countryHits = 0;
        int subjectHits = 0;
        int forceHits = 0;
        int qualifierHits = 0;
        int matched = 0;
        for (JsonNode doc : root.get("docs")) {
            String file = doc.get("file").asText();
            Article article = read(dir.resolve(file));
            List<Expected> expected = new ArrayList<>();
            for (JsonNode e : doc.get("deadlines")) {
                expected.add(new Expected(e.get("text").asText(), text(e, "due"), text(e, "country"),
                        text(e, "subject"), text(e, "force"), text(e, "qualifier"),
                        e.has("optional") && e.get("optional").asBoolean()));
            }
            System.out.printf("%n%s (published %s)%n", file, article.published());

            List<ExtractedDeadline> predictions = new ArrayList<>();
            for (ArticleField field : ArticleField.values()) {
                predictions.addAll(DeadlineExtractor.extract(article.text(field), field, article.published()));
            }
            boolean[] used = new boolean[predictions.size()];
            for (Expected e : expected) {
                if (e.optional()) {
                    continue;
                }
                int hit = findMatch(article, e, predictions, used);
                expectedCount++;
                if (hit < 0) {
                    System.out.printf("  MISSED    «%s» due %s %s%n", e.text(), e.due(), e.country());
                    continue;
                }
                ExtractedDeadline p = predictions.get(hit);
                matched++;
                // as the corpus scoring counts it: the gold date, or a refinement of it (2028-01 for 2028)
                boolean dueOk = p.due() != null && e.due() != null && ReducedDate.parse(e.due()).contains(p.due());
                boolean countryOk = Objects.equals(p.country(), e.country());
                dueHits += dueOk ? 1 : 0;
                countryHits += countryOk ? 1 : 0;
                subjectHits += p.subject().code().equals(e.subject()) ? 1 : 0;
                forceHits += Objects.equals(p.force(), e.force()) ? 1 : 0;
                qualifierHits += Objects.equals(p.qualifier() == null ? null : p.qualifier().code(), e.qualifier()) ? 1 : 0;
                System.out.printf("  %-9s «%s» due %s/%s country %s/%s subject %s/%s force %s/%s qualifier %s/%s by %s%n",
                        dueOk && countryOk ? "OK" : "DIFFERS", p.text(), p.due(), e.due(), p.country(), e.country(),
                        p.subject().code(), e.subject(), p.force(), e.force(),
                        p.qualifier() == null ? null : p.qualifier().code(), e.qualifier(), p.announcedBy());
            }
            for (int i = 0; i < predictions.size(); i++) {
                if (!used[i] && matchesOptional(article, predictions.get(i), expected)) {
                    // optional entries are neither required nor penalised
                    continue;
                }
                predicted++;
                if (!used[i]) {
                    ExtractedDeadline p = predictions.get(i);
                    System.out.printf("  SPURIOUS  «%s» (%s) due %s country %s%n", p.text(), p.field().code(), p.due(),
                            p.country());
                }
            }
        }
        Score score = new Score(predicted, expectedCount, dueHits, countryHits);
        System.out.printf("%nDeadlines: %d expected, %d predicted, %d matched by span%n", expectedCount, predicted, matched);
        System.out.printf("due date: precision %.3f recall %.3f%n", score.duePrecision(), score.dueRecall());
        System.out.printf("country:  precision %.3f recall %.3f%n", score.countryPrecision(), score.countryRecall());
        System.out.printf("(of matched: subject %d/%d, force %d/%d, qualifier %d/%d)%n", subjectHits, matched, forceHits,
                matched, qualifierHits, matched);

        assertThat(score.duePrecision()).as("due date precision").isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(score.dueRecall()).as("due date recall").isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(score.countryPrecision()).as("country precision").isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(score.countryRecall()).as("country recall").isGreaterThanOrEqualTo(THRESHOLD);
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull() ? node.get(field).asText() : null;
    }

    /** Index of the first unused prediction whose span overlaps an occurrence of the expected text, or -1. */
    private static int findMatch(Article article, Expected e, List<ExtractedDeadline> predictions, boolean[] used) {
        for (int i = 0; i < predictions.size(); i++) {
            if (!used[i] && overlapsOccurrence(article, predictions.get(i), e.text())) {
                used[i] = true;
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesOptional(Article article, ExtractedDeadline p, List<Expected> expected) {
        return expected.stream().anyMatch(e -> e.optional() && overlapsOccurrence(article, p, e.text()));
    }

    private static boolean overlapsOccurrence(Article article, ExtractedDeadline p, String expectedText) {
        String text = article.text(p.field());
        for (int at = text.indexOf(expectedText); at >= 0; at = text.indexOf(expectedText, at + 1)) {
            if (p.start() < at + expectedText.length() && at < p.end()) {
                return true;
            }
        }
        return false;
    }
}
