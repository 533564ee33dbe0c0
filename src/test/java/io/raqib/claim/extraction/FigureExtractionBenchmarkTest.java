package io.raqib.claim.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput of figure extraction on a generated corpus of several MB of Arabic news-like text
 * (templates with random numbers, forces and places, plus filler and look-alike numbers: dates,
 * money, percentages). Not a timed test: it prints characters per second per core and the average
 * cost per article (what extraction adds to ingest), and only checks that figures were found.
 * Tagged {@code benchmark} so the default build can exclude it.
 */
@Tag("benchmark")
class FigureExtractionBenchmarkTest {
    private static final String[] NUMBERS = {"1500", "٢٥٠٠", "۹۰۰", "1,200", "١٬٥٠٠", "ألفي", "ثلاثة آلاف",
        "مئتي", "عشرات", "خمسة وعشرين", "ألف وخمسمئة", "400", "٣٥", "2000"};
    private static final String[] QUALIFIERS = {"", "نحو ", "حوالي ", "أكثر من ", "ما لا يقل عن ", "قرابة ", "أقل من "};
    private static final String[] FORCES = {"جندي أمريكي", "عنصر من داعش", "مقاتل من قسد", "جندي من قوات التحالف",
        "عنصر من الحشد الشعبي", "جندي تركي", "مستشار إيراني", "عنصر من قوات النظام", "مقاتل من البيشمركة"};
    private static final String[] PLACES = {"أربيل", "قاعدة عين الأسد", "التنف", "بغداد", "دير الزور", "الحسكة",
        "جبال حمرين", "الأنبار", "إدلب", "شمال شرق سوريا", "الكويت"};
    private static final String[] FIGURE_TEMPLATES = {
        "وقالت مصادر مطلعة إن واشنطن تنوي إرسال %Q%N %F إلى %P خلال الأسابيع المقبلة.",
        "وذكرت القيادة المركزية مقتل %Q%N %F في غارة قرب %P.",
        "ويتمركز في %P %Q%N %F بحسب تقديرات غربية.",
        "وبحسب المرصد، فقد أسرت القوات %Q%N %F في محيط %P.",
        "وسينخفض عدد القوات في %P من نحو %N إلى أقل من 500 جندي بحلول العام المقبل.",
        "ونفت الحكومة التقارير عن نشر %Q%N %F في %P."};
    private static final String[] FILLER = {
        "وتصاعد التوتر في المنطقة منذ بداية العام، وسط تحذيرات من اتساع رقعة المواجهات.",
        "وأكد المتحدث أن الحكومة ملتزمة بالحوار مع جميع الأطراف لضمان الاستقرار.",
        "وخصصت الحكومة 156 مليون دولار لدعم برامج إعادة الإعمار في المناطق المحررة.",
        "وتراجعت الهجمات بنسبة 40% مقارنة بالعام الماضي، وفق إحصاءات رسمية.",
        "وفي 30 ديسمبر 2024 عقدت اللجنة اجتماعها الأخير، وناقشت جدول الانسحاب.",
        "وشاركت طائرات إف-16 في الطلعات الجوية فوق البادية خلال 3 أيام متتالية.",
        "وتقع القاعدة على بعد 55 كيلومترا من الحدود، وتضم مدرجا ومخازن.",
        "ويرى مراقبون أن الخطوة تعكس تحولا في الاستراتيجية الإقليمية للولايات المتحدة."};

    /** A deterministic corpus of about {@code targetChars} characters, as (title, body) articles. */
    static List<String[]> corpus(int targetChars) {
        Random random = new Random(20250109L);
        List<String[]> articles = new ArrayList<>();
        int total = 0;
        while (total < targetChars) {
            String title = fill(FIGURE_TEMPLATES[random.nextInt(FIGURE_TEMPLATES.length)], random);
            StringBuilder body = new StringBuilder();
            int paragraphs = 6 + random.nextInt(10);
            for (int p = 0; p < paragraphs; p++) {
                for (int s = 0; s < 3; s++) {
                    boolean figure = random.nextInt(3) == 0;
                    body.append(figure ? fill(FIGURE_TEMPLATES[random.nextInt(FIGURE_TEMPLATES.length)], random)
                            : FILLER[random.nextInt(FILLER.length)]).append(' ');
                }
                body.append('\n');
            }
            articles.add(new String[] {title, body.toString()});
            total += title.length() + body.length();
        }
        return articles;
    }

    private static String fill(String template, Random random) {
        return template.replace("%Q", QUALIFIERS[random.nextInt(QUALIFIERS.length)])
                .replace("%N", NUMBERS[random.nextInt(NUMBERS.length)])
                .replace("%F", FORCES[random.nextInt(FORCES.length)])
                .replace("%P", PLACES[random.nextInt(PLACES.length)]);
    }

    private static long run(ArticleFigureExtractor extractor, List<String[]> articles, LocalDate published) {
        long figures = 0;
        for (String[] a : articles) {
            figures += extractor.extract(a[0], a[1], published).size();
        }
        return figures;
    }

    @Test
    void throughput() throws Exception {
        List<String[]> articles = corpus(6_000_000);
        long chars = articles.stream().mapToLong(a -> a[0].length() + a[1].length()).sum();
        ArticleFigureExtractor extractor = new ArticleFigureExtractor();
        LocalDate published = LocalDate.of(2025, 1, 9);

        // warm-up: let the JIT compile the hot paths
        run(extractor, articles.subList(0, Math.min(500, articles.size())), published);
        run(extractor, articles.subList(0, Math.min(500, articles.size())), published);

        long t0 = System.nanoTime();
        long figures = run(extractor, articles, published);
        double seconds = (System.nanoTime() - t0) / 1e9;

        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        long t1 = System.nanoTime();
        List<Future<Long>> parts = new ArrayList<>();
        int slice = (articles.size() + cores - 1) / cores;
        for (int c = 0; c < cores; c++) {
            List<String[]> part = articles.subList(Math.min(articles.size(), c * slice),
                    Math.min(articles.size(), (c + 1) * slice));
            parts.add(pool.submit(() -> run(extractor, part, published)));
        }
        long parallelFigures = 0;
        for (Future<Long> f : parts) {
            parallelFigures += f.get();
        }
        double parallelSeconds = (System.nanoTime() - t1) / 1e9;
        pool.shutdown();

        System.out.printf(Locale.ROOT, "figure extraction benchmark: %d articles, %.1f MB of text (%d chars), %d figures%n",
                articles.size(), chars / 1e6, chars, figures);
        System.out.printf(Locale.ROOT, "  one thread : %.2f s, %.0f chars/s per core, %.0f µs per article (avg %.0f chars)%n",
                seconds, chars / seconds, seconds * 1e6 / articles.size(), (double) chars / articles.size());
        System.out.printf(Locale.ROOT, "  %d threads : %.2f s, %.0f chars/s in total, %.0f chars/s per core%n",
                cores, parallelSeconds, chars / parallelSeconds, chars / parallelSeconds / cores);

        assertThat(chars).isGreaterThan(5_000_000);
        assertThat(figures).isGreaterThan(articles.size());
        assertThat(parallelFigures).isEqualTo(figures);
    }
}
