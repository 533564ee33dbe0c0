package io.raqib.article.importing;

import io.raqib.arabic.ArabicNormalizer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lines that web pages print between a headline and its first paragraph and that are not part
 * of the article: a section label ("تقارير"), a date stamp ("الأحد، 5 أيار 2024 9:10 م"),
 * an app banner ("تابعونا على تلغرام"). They are recognised only there, in the header,
 * so that the same words inside the body are never lost.
 */
final class HeaderLines {

    /** Section names of Arabic news sites, normalised. A whole line equal to one is a label. */
    private static final Set<String> SECTIONS = Stream.of(
                    "تقارير", "تقرير", "أخبار", "اخبار", "الأخبار", "أخبار عاجلة", "عاجل", "محليات", "محلي",
                    "عربي ودولي", "عربي", "دولي", "دوليات", "عربيات", "العالم", "سياسة", "السياسة", "أمن",
                    "أمنية", "الأمن", "اقتصاد", "مقالات", "مقال", "رأي", "آراء", "تحليلات", "تحليل",
                    "تحقيقات", "تحقيق", "حوارات", "ملفات", "متابعات", "العراق", "سوريا", "الشرق الأوسط",
                    "شؤون عراقية", "شؤون سورية", "ترجمات", "ترجمة", "منوعات")
            .map(ArabicNormalizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    /** Promotional lines scrapers carry along, matched as normalised prefixes. */
    private static final List<String> BANNERS = Stream.of(
                    "تابع أحدث الأخبار عبر", "تابعونا على", "تابعوا آخر الأخبار", "اشترك في قناتنا", "لمتابعة آخر الأخبار")
            .map(ArabicNormalizer::normalize)
            .toList();

    private HeaderLines() {
    }

    /** The line is a section label such as "تقارير". */
    static boolean isSection(String line) {
        return SECTIONS.contains(ArabicNormalizer.normalize(line));
    }

    /** The line is an app or social-media banner. */
    static boolean isBanner(String line) {
        String normalized = ArabicNormalizer.normalize(line);
        return BANNERS.stream().anyMatch(normalized::startsWith);
    }

    /** The line holds only a date, maybe with weekday, time and zone. */
    static boolean isDateStamp(String line) {
        return PublicationDates.isDateStamp(line);
    }
}
