package io.raqib.common;

import io.raqib.arabic.ReducedDate;
import java.time.LocalDate;

/**
 * The {@code from} and {@code to} filters over reduced-precision dates (2018, 2024-06, 2025-01-09):
 * a year or a month means its first day as {@code from} and its last day as {@code to}, so
 * from=2024&amp;to=2024 is the whole year. Either end may be open (null).
 */
public record DateRange(LocalDate from, LocalDate to) {
    /** The range the two parameters ask for; a 400 names a bad date, or says the ends are crossed. */
    public static DateRange of(String from, String to) {
        LocalDate first = firstDay(from);
        LocalDate last = lastDay(to);
        if (first != null && last != null && first.isAfter(last)) {
            throw ProblemException.badRequest("from (" + from + ") is after to (" + to + ")");
        }
        return new DateRange(first, last);
    }

    public static LocalDate firstDay(String from) {
        ReducedDate date = Codes.reducedDate("from", from);
        return date == null ? null : date.firstDay();
    }

    public static LocalDate lastDay(String to) {
        ReducedDate date = Codes.reducedDate("to", to);
        return date == null ? null : date.lastDay();
    }
}
