package io.raqib.source;

import io.raqib.arabic.ArabicNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the value of a "المصدر" line into outlet names. The line is written by hand or glued
 * together by scrapers, so it can name several outlets and generic credits at once:
 * <ul>
 *   <li>{@code بغداد اليوم+ وكالات} → [بغداد اليوم] ("وكالات", news agencies in general, is a
 *       credit, not an outlet one could file the article under);</li>
 *   <li>{@code الخليج الجديد + واعالمصدر: الخليج الجديد} → [الخليج الجديد, واع] (a second
 *       "المصدر:" label glued to the previous name by a scraper; repeats are dropped).</li>
 * </ul>
 * Order is kept: the first name is the primary outlet.
 */
public final class OutletNames {

    /** "المصدر" followed by ":" or "|": the label, also when glued to the end of a name. */
    private static final Pattern LABEL = Pattern.compile("المصدر\\s*[:|：]");

    /**
     * Between two outlet names. Not "و" (and): it begins real names such as واع, and not "-",
     * which is part of names such as "روسيا اليوم - عربي".
     */
    private static final Pattern SEPARATOR = Pattern.compile("[+|،,؛;/&]|\\s+و?نقلا عن\\s+");

    /**
     * Quotes, dots, dashes and bullets around a name: «الجزيرة نت» is الجزيرة نت. Brackets stay,
     * so that "وكالة الأنباء العراقية (واع)" keeps its alias.
     */
    private static final Pattern EDGE_PUNCTUATION =
            Pattern.compile("^[\\s\"'«»“”‘’.:\\-–—*•]+|[\\s\"'«»“”‘’.:\\-–—*•]+$");

    /**
     * Credits that are not an outlet (normalised spelling): agencies in general, "follow-ups",
     * "special", websites, social media. They say how the text was gathered, not who published it.
     */
    private static final Set<String> GENERIC = Set.of(
            "وكالات", "وكاله", "الوكالات", "وكالات انباء", "وكالات الانباء", "وكالات اخباريه",
            "متابعات", "متابعه", "متابعات اخباريه", "خاص", "مواقع", "مواقع الكترونيه", "مواقع اخباريه",
            "وسائل اعلام", "وسائل الاعلام", "مواقع التواصل", "مواقع التواصل الاجتماعي", "منصات التواصل",
            "الانترنت", "انترنت", "صحف", "الصحف", "صحف عربيه", "صحف عالميه");

    private OutletNames() {
    }

    /** The outlets named in the value of a source line (with or without its "المصدر:" label). */
    public static List<String> split(String value) {
        Map<String, String> byKey = new LinkedHashMap<>();
        if (value == null) {
            return List.of();
        }
        for (String labelled : LABEL.split(value)) {
            for (String part : SEPARATOR.split(labelled)) {
                String name = clean(part);
                if (!name.isEmpty() && !isGeneric(name)) {
                    byKey.putIfAbsent(ArabicNormalizer.normalize(name), name);
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** A name as it should be stored: trimmed, single-spaced, Persian letters as Arabic. */
    public static String clean(String name) {
        String text = name.replaceAll("\\s+", " ");
        text = EDGE_PUNCTUATION.matcher(text).replaceAll("");
        return text.replace('\u06CC', '\u064A').replace('\u06A9', '\u0643').strip();
    }

    /** Whether two names are spellings of one outlet (hamza, teh marbuta, Persian letters…). */
    public static boolean sameName(String a, String b) {
        return ArabicNormalizer.normalize(clean(a)).equals(ArabicNormalizer.normalize(clean(b)));
    }

    /** Whether the name is a generic credit ("وكالات", "متابعات") rather than an outlet. */
    public static boolean isGeneric(String name) {
        return GENERIC.contains(ArabicNormalizer.normalize(name));
    }
}
