package io.raqib.deadline;

import io.raqib.arabic.ReducedDate;
import io.raqib.deadline.extraction.DeadlineModifier;
import java.time.LocalDate;

/**
 * The days a deadline points at: its due period narrowed by its modifier. A year splits in thirds
 * (early = January–April, mid = May–August, late = September–December), a month too (early = 1–10,
 * mid = 11–20, late = 21 to the end); {@code end} is the last third, like {@code late}, since the
 * press writes "نهاية 2026" for a date it means as December (and the due says 2026-12 then). A day
 * is itself. The calendar puts the event on the last of these days; chains compare these days.
 */
public record DuePeriod(LocalDate first, LocalDate last) {

    public static DuePeriod of(ReducedDate due, DeadlineModifier modifier) {
        LocalDate first = due.firstDay();
        LocalDate last = due.lastDay();
        if (modifier == null || due.precision() == ReducedDate.Precision.DAY) {
            return new DuePeriod(first, last);
        }
        boolean year = due.precision() == ReducedDate.Precision.YEAR;
        return switch (modifier) {
            case EARLY -> new DuePeriod(first, year ? first.withMonth(4).withDayOfMonth(30) : first.withDayOfMonth(10));
            case MID -> year ? new DuePeriod(first.withMonth(5), first.withMonth(8).withDayOfMonth(31))
                    : new DuePeriod(first.withDayOfMonth(11), first.withDayOfMonth(20));
            case LATE, END -> new DuePeriod(year ? first.withMonth(9) : first.withDayOfMonth(21), last);
        };
    }
}
