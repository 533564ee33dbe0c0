package io.raqib.deadline.extraction;

import io.raqib.arabic.ReducedDate;

/**
 * How a modified year is written as a due date (the corpus conventions): the end or late part of a
 * year is its December ("بحلول نهاية 2026"، "أواخر العام 2026" → 2026-12), its beginning its January
 * ("مطلع 2025" → 2025-01); the middle of a year stays the year ("منتصف 2026" → 2026, modifier mid). A
 * month keeps its precision whatever the modifier ("نهاية أيلول 2025" → 2025-09, end).
 */
final class DueConvention {
    private DueConvention() {
    }

    static ReducedDate apply(ReducedDate due, DeadlineModifier modifier) {
        if (due == null || modifier == null || due.precision() != ReducedDate.Precision.YEAR) {
            return due;
        }
        return switch (modifier) {
            case END, LATE -> ReducedDate.ofMonth(due.year(), 12);
            case EARLY -> ReducedDate.ofMonth(due.year(), 1);
            case MID -> due;
        };
    }
}
