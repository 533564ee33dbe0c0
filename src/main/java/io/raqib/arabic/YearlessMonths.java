package io.raqib.arabic;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Gives a year to a month written without one ("أبريل الماضي", "5 يناير الجاري", "سبتمبر من العام
 * المقبل", "30 ديسمبر") from the reference date. The press omits the year when the reader can infer it
 * from the publication date, so the publication date is what decides it here.
 */
final class YearlessMonths {
    private YearlessMonths() {
    }

    /**
     * @param directionIsForYear true when the relative word qualifies the year ("من العام المقبل"),
     *                           false when it qualifies the month itself ("سبتمبر المقبل")
     * @return the date, or null when the day does not exist in the chosen year (29 شباط)
     */
    static ReducedDate resolve(int month, Integer day, DateMention.Direction direction, boolean directionIsForYear,
                               LocalDate reference) {
        int year;
        if (directionIsForYear) {
            year = reference.getYear() + switch (direction) {
                case FUTURE -> 1;
                case PAST -> -1;
                default -> 0;
            };
        } else {
            year = switch (direction) {
                case PRESENT -> reference.getYear();
                case PAST -> isBefore(reference.getYear(), month, day, reference)
                        ? reference.getYear() : reference.getYear() - 1;
                case FUTURE -> isAfter(reference.getYear(), month, day, reference)
                        ? reference.getYear() : reference.getYear() + 1;
                case UNSPECIFIED -> nearestYear(month, reference);
            };
        }
        if (day != null && day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return day == null ? ReducedDate.ofMonth(year, month) : ReducedDate.ofDay(year, month, day);
    }

    private static boolean isBefore(int year, int month, Integer day, LocalDate reference) {
        if (day == null) {
            return month < reference.getMonthValue();
        }
        return YearMonth.of(year, month).atDay(Math.min(day, YearMonth.of(year, month).lengthOfMonth()))
                .isBefore(reference);
    }

    private static boolean isAfter(int year, int month, Integer day, LocalDate reference) {
        if (day == null) {
            return month > reference.getMonthValue();
        }
        return YearMonth.of(year, month).atDay(Math.min(day, YearMonth.of(year, month).lengthOfMonth()))
                .isAfter(reference);
    }

    /** The year that puts the month closest to the reference month; a tie keeps the reference year. */
    private static int nearestYear(int month, LocalDate reference) {
        int ref = reference.getYear() * 12 + reference.getMonthValue();
        int best = reference.getYear();
        int bestDistance = Math.abs(best * 12 + month - ref);
        for (int y : new int[] {reference.getYear() - 1, reference.getYear() + 1}) {
            int distance = Math.abs(y * 12 + month - ref);
            if (distance < bestDistance) {
                best = y;
                bestDistance = distance;
            }
        }
        return best;
    }
}
