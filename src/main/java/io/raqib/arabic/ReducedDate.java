package io.raqib.arabic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date with exactly the precision the text gave: a year ("2029"), a month of a year
 * ("2025-09") or a day ("2025-09-30"). ISO 8601 reduced-precision form in and out, so a deadline
 * announced as "بحلول أيلول 2025" is stored and served as {@code 2025-09}, never as an invented
 * first or last day.
 *
 * <p>Ordering is by the first day of the period, then coarser before finer, so {@code 2025} sorts
 * before {@code 2025-01} before {@code 2025-01-01}. {@link #lastDay()} is the end-of-period helper a
 * lifecycle uses to decide whether a deadline has passed.
 */
public record ReducedDate(int year, Integer month, Integer day) implements Comparable<ReducedDate> {

    /** How much of the date the text gave. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private static final Comparator<ReducedDate> ORDER = Comparator
            .comparing(ReducedDate::firstDay)
            .thenComparing(ReducedDate::precision);

    public ReducedDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("day out of range: " + year + "-" + month + "-" + day);
        }
    }

    public static ReducedDate ofYear(int year) {
        return new ReducedDate(year, null, null);
    }

    public static ReducedDate ofMonth(int year, int month) {
        return new ReducedDate(year, month, null);
    }

    public static ReducedDate ofDay(int year, int month, int day) {
        return new ReducedDate(year, month, day);
    }

    /** The given day cut to the given precision. */
    public static ReducedDate of(LocalDate date, Precision precision) {
        return switch (precision) {
            case YEAR -> ofYear(date.getYear());
            case MONTH -> ofMonth(date.getYear(), date.getMonthValue());
            case DAY -> ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        };
    }

    /** Parses "2025", "2025-09" or "2025-09-30". */
    @JsonCreator
    public static ReducedDate parse(String iso) {
        Matcher m = ISO.matcher(Objects.requireNonNull(iso, "iso").strip());
        if (!m.matches()) {
            throw new DateTimeParseException("not an ISO 8601 year, year-month or date", iso, 0);
        }
        int y = Integer.parseInt(m.group(1));
        Integer mo = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer d = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return new ReducedDate(y, mo, d);
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** First day of the period: 2025 → 2025-01-01, 2025-09 → 2025-09-01. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** Last day of the period: 2025 → 2025-12-31, 2025-09 → 2025-09-30. A deadline is kept until then. */
    public LocalDate lastDay() {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        if (day == null) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, month, day);
    }

    /** True when the whole period lies before the given day (a deadline "2025-09" has passed on 2025-10-01). */
    public boolean endsBefore(LocalDate date) {
        return lastDay().isBefore(date);
    }

    /** True when this period includes the other one: 2026 contains 2026-09 and 2026-09-30. */
    public boolean contains(ReducedDate other) {
        return !other.firstDay().isBefore(firstDay()) && !other.lastDay().isAfter(lastDay());
    }

    /** The same period moved by whole years (keeps the precision). */
    public ReducedDate plusYears(int years) {
        if (day != null) {
            return of(LocalDate.of(year, month, day).plusYears(years), Precision.DAY);
        }
        return new ReducedDate(year + years, month, null);
    }

    /** Written for every claim and deadline a page answers: plain appends, no Formatter per call. */
    @JsonValue
    public String toIso() {
        StringBuilder sb = new StringBuilder(10);
        pad(sb, year, 4);
        if (month != null) {
            pad(sb.append('-'), month, 2);
        }
        if (day != null) {
            pad(sb.append('-'), day, 2);
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        if (value < 0) {
            sb.append('-');
        }
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }

    @Override
    public String toString() {
        return toIso();
    }

    @Override
    public int compareTo(ReducedDate other) {
        return ORDER.compare(this, other);
    }
}
