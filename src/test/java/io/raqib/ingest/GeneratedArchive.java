package io.raqib.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Articles of about 1.5 KB (UTF-8) made from the project's own Arabic sentence templates, with
 * figures and deadlines the extractors find, for import tests and the import benchmark. Each
 * title carries a Latin marker of the run, so a search finds exactly the run's articles.
 */
final class GeneratedArchive {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String[] FIGURES = {
            "قال مصدر عسكري إن نحو %d جندي أمريكي يتمركزون حاليا في قاعدة %s.",
            "وأفاد ضابط في الجيش العراقي بأن %d عسكري من قوات التحالف الدولي وصلوا إلى %s الأسبوع الماضي.",
            "ونقلت وكالة أنباء محلية عن قائد ميداني أن %d عنصرا من قوات سوريا الديمقراطية انتشروا قرب %s.",
            "وذهبت تقديرات غير رسمية إلى أن قرابة %d مقاتل من تنظيم داعش ما زالوا محتجزين في سجون %s."};
    static final String[] DEADLINES = {
            "ومن المقرر أن تنتهي مهمة التحالف الدولي في العراق بحلول %s %d بحسب الاتفاق المعلن.",
            "وأكد البيان أن انسحاب القوات الأجنبية من %s سيكتمل قبل نهاية %s %d."};
    static final String[] FILLER = {
            "وأوضح مسؤول محلي أن الدوريات المشتركة توقفت منذ أسابيع بسبب سوء الأحوال الجوية في المنطقة.",
            "وتحدث سكان عن حركة طائرات مروحية فوق المدينة خلال ساعات الليل من دون أي توضيح رسمي.",
            "ولم تعلق الحكومة على هذه الأنباء حتى ساعة إعداد هذا التقرير رغم محاولات التواصل المتكررة.",
            "ويرى باحثون في الشؤون الأمنية أن ملف الوجود العسكري الأجنبي سيبقى حاضرا في النقاش البرلماني.",
            "وشهدت الطرق المؤدية إلى المعبر الحدودي ازدحاما غير معتاد مع تشديد إجراءات التفتيش."};
    static final String[] PLACES = {"أربيل", "عين الأسد", "التنف", "الحسكة", "دير الزور", "بغداد"};
    static final String[] MONTHS = {"أيلول", "تموز", "كانون الأول", "آذار", "سبتمبر", "يونيو"};
    static final String[] OUTLETS = {"صحيفة المرصد التجريبية", "وكالة الرافدين التجريبية", "إذاعة الفرات التجريبية"};

    private final long seed;
    private final String marker;
    private Random random;

    GeneratedArchive(long seed, String marker) {
        this.seed = seed;
        this.marker = marker;
    }

    String marker() {
        return marker;
    }

    /** The i-th article as an ArticleInput map; the same i gives the same article. */
    Map<String, Object> article(int i) {
        random = new Random(seed * 1_000_003L + i);
        StringBuilder body = new StringBuilder();
        while (body.length() < 750) {
            int pick = random.nextInt(10);
            String sentence;
            if (pick < 4) {
                sentence = String.format(FIGURES[random.nextInt(FIGURES.length)], 100 + random.nextInt(4900), place());
            } else if (pick < 5) {
                String template = DEADLINES[random.nextInt(DEADLINES.length)];
                sentence = template.startsWith("ومن")
                        ? String.format(template, month(), 2026 + random.nextInt(4))
                        : String.format(template, place(), month(), 2026 + random.nextInt(4));
            } else {
                sentence = FILLER[random.nextInt(FILLER.length)];
            }
            body.append(sentence).append(' ');
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("title", "تقرير ميداني " + i + " عن انتشار القوات في " + place() + " " + marker);
        a.put("body", body.toString().strip());
        a.put("publishedAt", LocalDate.of(2024, 1, 1).plusDays(i % 900).toString());
        a.put("outlet", OUTLETS[i % OUTLETS.length]);
        a.put("keywords", List.of("القوات الأجنبية", place()));
        return a;
    }

    String line(int i) {
        try {
            return JSON.writeValueAsString(article(i));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String place() {
        return PLACES[random.nextInt(PLACES.length)];
    }

    private String month() {
        return MONTHS[random.nextInt(MONTHS.length)];
    }
}
