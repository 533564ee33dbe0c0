package io.raqib.bench;

import java.util.List;
import java.util.Random;

/**
 * Generated Arabic news articles for the benchmarks, from this project's own sentence templates:
 * forces, places, sources, both month families and both digit forms, figures the extractor reads
 * as claims (نحو 1500 جندي أمريكي), denials, deadlines. NDJSON, as POST /articles/import takes it.
 */
public final class BenchCorpus {
    record Force(String name, String soldier) {
    }

    record Place(String name, String country) {
    }

    private static final List<Force> FORCES = List.of(
            new Force("القوات الأمريكية", "جندي أمريكي"), new Force("القوات الأميركية", "عسكري أميركي"),
            new Force("قوات التحالف الدولي", "جندي من التحالف"), new Force("القوات التركية", "جندي تركي"),
            new Force("القوات الفرنسية", "جندي فرنسي"), new Force("القوات البريطانية", "عسكري بريطاني"));
    private static final List<Place> PLACES = List.of(new Place("قاعدة عين الأسد", "العراق"),
            new Place("قاعدة حرير", "العراق"), new Place("أربيل", "العراق"), new Place("بغداد", "العراق"),
            new Place("التنف", "سوريا"), new Place("الحسكة", "سوريا"), new Place("دير الزور", "سوريا"),
            new Place("الرقة", "سوريا"));
    private static final List<String> SOURCES = List.of("البنتاغون", "وزارة الدفاع الأمريكية", "سنتكوم",
            "مصدر عسكري عراقي", "المرصد السوري", "مسؤول في التحالف", "وكالة الأنباء العراقية");
    private static final List<String> VERBS = List.of("تعزز مواقعها في", "تنسحب من", "تعيد انتشارها قرب",
            "تسلّم مواقعها في", "تصل إلى");
    private static final List<String> MONTHS = List.of("أيلول", "سبتمبر", "تشرين الأول", "أكتوبر", "كانون الثاني",
            "يناير", "آذار", "مارس", "تموز", "يوليو", "جويلية");
    private static final List<String> DAYS = List.of("الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس");
    private static final List<String> OUTLETS = List.of("شفق نيوز", "السومرية نيوز", "عنب بلدي", "الجزيرة نت",
            "رووداو", "المدى", "الحرة عراق", "العربي الجديد");

    private BenchCorpus() {
    }

    /** Articles {@code from} (inclusive) to {@code to} (exclusive) as NDJSON lines; the same for the same index. */
    public static String ndjson(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(article(i)).append('\n');
        }
        return out.toString();
    }

    static String article(int i) {
        Random r = new Random(7919L * i + 13);
        Force force = pick(r, FORCES);
        Place place = pick(r, PLACES);
        String source = pick(r, SOURCES);
        String month = pick(r, MONTHS);
        int year = 2022 + r.nextInt(5);
        int figure = 100 * (2 + r.nextInt(40));
        String title = switch (r.nextInt(3)) {
            case 0 -> force.name() + " " + pick(r, VERBS) + " " + place.name();
            case 1 -> source + ": " + digits(r, figure) + " " + force.soldier() + " في " + place.country();
            default -> "تقرير: خطة جديدة لإعادة تموضع " + force.name() + " في " + place.name();
        };
        StringBuilder body = new StringBuilder();
        body.append("أعلن ").append(source).append(" أن نحو ").append(digits(r, figure)).append(' ')
                .append(force.soldier()).append(" ما زالوا في ").append(place.country())
                .append("، وأن تقليص العدد سيجري على مراحل. ");
        body.append("وبحسب ما نقلته صحف محلية، وصلت قافلة تضم عربات مدرعة إلى ").append(place.name())
                .append(" مساء ").append(pick(r, DAYS)).append(". ");
        if (r.nextBoolean()) {
            body.append("وكان مسؤولون قد تحدثوا في ").append(month).append(' ').append(year)
                    .append(" عن خطة لخفض الوجود العسكري إلى ").append(digits(r, figure / 2)).append(' ')
                    .append(force.soldier()).append(" بحلول نهاية العام. ");
        }
        if (r.nextInt(4) == 0) {
            body.append("في المقابل، نفى متحدث باسم ").append(force.name())
                    .append(" صحة الأرقام المتداولة، مؤكداً أن عدد المستشارين لا يتجاوز ")
                    .append(digits(r, figure / 4)).append(". ");
        }
        body.append("ولم يصدر تعليق رسمي من الحكومة حول الجدول الزمني للانسحاب. ");
        body.append("ويقول سكان في ").append(place.name()).append(" إن الطائرات المسيّرة تحلق فوق المنطقة منذ أيام. ");
        if (r.nextBoolean()) {
            body.append("وتتزامن هذه التطورات مع هجمات متفرقة تشنها خلايا داعش في البادية. ");
        }
        String date = String.format("%d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        return "{\"title\":\"" + title + " (" + i + ")\",\"body\":\"" + body.toString().strip()
                + "\",\"publishedAt\":\"" + date + "\",\"outlet\":\"" + pick(r, OUTLETS) + "\"}";
    }

    /** Western digits mostly, Arabic-Indic sometimes, as the press writes them. */
    private static String digits(Random r, int n) {
        String western = Integer.toString(n);
        if (r.nextInt(3) > 0) {
            return western;
        }
        StringBuilder indic = new StringBuilder();
        for (char c : western.toCharArray()) {
            indic.append((char) ('\u0660' + (c - '0')));
        }
        return indic.toString();
    }

    private static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
