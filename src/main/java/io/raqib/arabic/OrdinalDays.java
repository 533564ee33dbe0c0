package io.raqib.arabic;

import static io.raqib.arabic.FoldedText.fold;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Days of the month written as ordinal words before "من" and the month: "الثاني من ديسمبر"،
 * "الحادي والعشرين من آذار". The first ("الأول") is read by the date finder itself.
 */
final class OrdinalDays {
    private static final String[] UNITS = {"الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
        "الثامن", "التاسع"};
    private static final Map<String, Integer> DAYS = days();

    /** The ordinal words (folded), longest first, as a regex alternation. */
    static final String ALTERNATION = DAYS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(w -> w.replace(" ", "\\s+"))
            .collect(Collectors.joining("|"));

    private OrdinalDays() {
    }

    private static Map<String, Integer> days() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 1; i < UNITS.length; i++) {
            m.put(fold(UNITS[i]), i + 1); // الثاني … التاسع
        }
        m.put(fold("العاشر"), 10);
        for (int i = 0; i < UNITS.length; i++) {
            m.put(fold(UNITS[i] + " عشر"), 11 + i); // الحادي عشر … التاسع عشر
        }
        m.put(fold("العشرين"), 20);
        for (int i = 0; i < UNITS.length; i++) {
            m.put(fold(UNITS[i] + " والعشرين"), 21 + i);
        }
        m.put(fold("الثلاثين"), 30);
        m.put(fold("الحادي والثلاثين"), 31);
        return Map.copyOf(m);
    }

    /** The day an ordinal word names; 1 for "(ال)أول" and anything not listed. */
    static int dayOf(String foldedWords) {
        return DAYS.getOrDefault(foldedWords.replaceAll("\\s+", " "), 1);
    }
}
