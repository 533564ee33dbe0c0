package io.raqib.arabic;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * One date expression found in Arabic text.
 *
 * @param start     offset of the first character in the original text
 * @param end       offset after the last character in the original text
 * @param text      the original characters, {@code text.substring(start, end)}
 * @param kind      whether the text names the calendar date itself or needs a reference date
 * @param date      the date at the precision the text gave, or {@code null} when it could not be
 *                  resolved (a relative expression without a reference date, or a bare length of
 *                  time whose direction the words do not say)
 * @param modifier  part of the period the text points at (نهاية، مطلع، منتصف …); the date keeps the
 *                  precision of the period itself ("بنهاية أيلول 2025" → 2025-09, END)
 * @param direction for relative expressions, which way from the reference date they point
 * @param period    for {@link Kind#PERIOD}, the length of time ("3 سنوات" → P3Y); otherwise null
 */
public record DateMention(int start, int end, String text, Kind kind, ReducedDate date,
                          Modifier modifier, Direction direction, Period period) {

    public enum Kind {
        /** The text gives the year itself: "أيلول/سبتمبر 2025", "عام 2029", "30/9/2025". */
        CALENDAR,
        /** Anchored on the reference date: "العام المقبل", "الشهر الجاري", "أبريل الماضي", "5 يناير". */
        ANCHORED,
        /** A length of time counted from the reference date: "لعامين إضافيين", "3 سنوات". */
        PERIOD
    }

    /**
     * Part of the period: its beginning, middle, late part or end (مطلع، منتصف، أواخر، نهاية), or a
     * season of the year (صيف 2026).
     */
    public enum Modifier { NONE, BEGINNING, MIDDLE, LATE, END, SPRING, SUMMER, AUTUMN, WINTER }

    public enum Direction {
        /** Not relative, or relative words that say nothing about direction ("3 سنوات", "5 يناير"). */
        UNSPECIFIED,
        PAST,
        PRESENT,
        FUTURE
    }

    public boolean resolved() {
        return date != null;
    }

    /**
     * A forward period without a length ("خلال الأسابيع المقبلة"، "قريبا"): it points ahead but names
     * no date, so it stays unresolved even with a reference date.
     */
    public boolean vague() {
        return kind == Kind.PERIOD && period == null && date == null;
    }

    /**
     * For a length of time, the date it reaches counted forward from the reference date, at the
     * precision of its unit: "3 سنوات" from 2025-01-09 → 2028. Used when the context (a postponement,
     * an extension) says the period runs forward although the words alone do not.
     */
    public Optional<ReducedDate> projectFrom(LocalDate reference) {
        if (period == null || reference == null) {
            return Optional.empty();
        }
        return Optional.of(DurationFinder.project(reference, period, 1));
    }
}
