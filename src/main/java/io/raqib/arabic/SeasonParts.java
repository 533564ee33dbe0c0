package io.raqib.arabic;

import io.raqib.arabic.DateMention.Modifier;

/**
 * A part of a season is one of its months: "أواخر الصيف" is August, "مطلع الربيع" March, "منتصف
 * الخريف" October (spring March–May, summer June–August, autumn September–November), so that the
 * end of a summer is not read as the end of its year. Winter, which runs across two years, keeps
 * its year.
 */
final class SeasonParts {
    private SeasonParts() {
    }

    static boolean isSeason(Modifier m) {
        return m == Modifier.SPRING || m == Modifier.SUMMER || m == Modifier.AUTUMN || m == Modifier.WINTER;
    }

    /** The month of {@code season} of the year {@code date} that {@code part} names, else {@code date} unchanged. */
    static ReducedDate monthOf(ReducedDate date, Modifier season, Modifier part) {
        if (date == null || date.precision() != ReducedDate.Precision.YEAR) {
            return date;
        }
        int first = switch (season) {
            case SPRING -> 3;
            case SUMMER -> 6;
            case AUTUMN -> 9;
            default -> 0;
        };
        int month = first == 0 ? 0 : switch (part) {
            case BEGINNING -> first;
            case MIDDLE -> first + 1;
            case LATE, END -> first + 2;
            default -> 0;
        };
        return month == 0 ? date : ReducedDate.ofMonth(date.year(), month);
    }
}
