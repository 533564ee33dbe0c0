package io.raqib.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What extraction adds to ingest: the same kind of generated articles posted through the API
 * with claim extraction on and off, timed per article. A benchmark, not a timed test: it prints
 * its figures and asserts only that they make sense. Run with ./raqib bench.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
@Tag("benchmark")
class ClaimIngestBenchmarkTest {
    static final int ARTICLES = 150;
    static final int WARMUP = 30;

    @Inject
    ClaimIngest extraction;

    static final String[] SENTENCES = {
            "ذكرت وزارة الدفاع الأمريكية أن نحو %d جندي أمريكي ما زالوا في سوريا، وفقا لشبكة سي إن إن.",
            "ذكرت مصادر أمنية أن %d عنصرا من قوات التحالف الدولي غادروا قاعدة عين الأسد غرب العراق.",
            "نفت خلية الإعلام الأمني وصول %d جندي أجنبي إلى العراق، مؤكدة أن الأنباء غير صحيحة.",
            "وبحسب إدارة السجن في الحسكة، يقبع فيه ما يزيد على %d معتقل ينتمون إلى التنظيم منذ سنوات.",
            "وتعقد الحكومة العراقية اجتماعات دورية مع ممثلي التحالف لبحث جدول انسحاب القوات بحلول أيلول/سبتمبر 2026.",
            "وشهدت المنطقة هدوءا نسبيا خلال الأسابيع الماضية، فيما تواصلت حركة الشاحنات على الطريق الدولي.",
            "وأشار التقرير إلى أن عدد القوات الأمريكية في العراق بلغ %d جندي في عام 2019 قبل أن يتقلص.",
            "وأضاف المتحدث أن القوات التركية أرسلت %d جندي إضافي إلى قواعدها في إقليم كردستان."};

    static Map<String, Object> article(Random random, String run, int i) {
        StringBuilder body = new StringBuilder();
        for (int s = 0; s < 12; s++) {
            String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
            body.append(sentence.contains("%d") ? String.format(sentence, 100 + random.nextInt(4900)) : sentence).append(' ');
        }
        Map<String, Object> a = new HashMap<>();
        a.put("title", "تقرير رقم " + i + " حول القوات الأجنبية " + run);
        a.put("body", body.toString().strip());
        a.put("publishedAt", LocalDate.of(2020, 1, 1).plusDays(i).toString());
        a.put("outlet", "منفذ القياس " + run);
        return a;
    }

    double microsPerArticle(List<Map<String, Object>> articles) {
        long started = System.nanoTime();
        for (Map<String, Object> a : articles) {
            Api.createArticle(a);
        }
        return (System.nanoTime() - started) / 1000.0 / articles.size();
    }

    @Test
    void extractionCostAtIngest() {
        boolean before = extraction.extractAtIngest();
        try {
            Random random = new Random(42);
            String run = Long.toString(System.nanoTime());
            List<Map<String, Object>> warm = new ArrayList<>();
            List<Map<String, Object>> with = new ArrayList<>();
            List<Map<String, Object>> without = new ArrayList<>();
            for (int i = 0; i < WARMUP; i++) {
                warm.add(article(random, run + "w", i));
            }
            for (int i = 0; i < ARTICLES; i++) {
                with.add(article(random, run + "a", i));
                without.add(article(random, run + "b", i));
            }
            extraction.extractAtIngest(true);
            microsPerArticle(warm);
            double on = microsPerArticle(with);
            extraction.extractAtIngest(false);
            double off = microsPerArticle(without);
            Api.awaitIndexed();
            io.raqib.claim.extraction.ArticleFigureExtractor extractor = new io.raqib.claim.extraction.ArticleFigureExtractor();
            long figures = 0;
            long started = System.nanoTime();
            for (Map<String, Object> a : with) {
                figures += extractor.extract((String) a.get("title"), (String) a.get("body"),
                        LocalDate.parse((String) a.get("publishedAt"))).size();
            }
            double pure = (System.nanoTime() - started) / 1000.0 / ARTICLES;
            int chars = with.stream().mapToInt(a -> ((String) a.get("body")).length()).sum() / ARTICLES;
            System.out.printf("%nclaim extraction at ingest (%d articles of ~%d characters, POST /articles):%n"
                            + "  with extraction:    %8.0f µs per article%n"
                            + "  without extraction: %8.0f µs per article%n"
                            + "  added cost:         %8.0f µs per article (x%.2f)%n"
                            + "  of which extraction alone: %8.0f µs per article (%.1f figures each); the rest is "
                            + "storing claims, linking sources, outbox rows and indexing them%n%n",
                    ARTICLES, chars, on, off, on - off, on / off, pure, figures / (double) ARTICLES);
            assertThat(on).isPositive();
            assertThat(off).isPositive();
        } finally {
            extraction.extractAtIngest(before);
        }
    }
}
