package io.raqib.arabic;

import static io.raqib.arabic.DateVocabulary.AD_SUFFIX;
import static io.raqib.arabic.DateVocabulary.L;
import static io.raqib.arabic.DateVocabulary.MONTH_NAMES;
import static io.raqib.arabic.DateVocabulary.R;
import static io.raqib.arabic.DateVocabulary.RELATIVE_WORD;
import static io.raqib.arabic.DateVocabulary.THIS;
import static io.raqib.arabic.DateVocabulary.YEAR;
import static io.raqib.arabic.FoldedText.fold;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written with a month name (either family, paired or not, with or without day and year),
 * numeric dates (30/9/2025, 2025-09-30), and years ("عام 2029", and a bare "2029" where the word
 * before it makes it a year). A month without a year is resolved against the reference date.
 */
final class CalendarDateFinder implements DateFinder {
    private static final String YEAR_WORD = fold("(?:ال)?(?:عام|سنة)");
    /**
     * A full stop or comma glued to the front of a year ("بحلول نهاية .2011"، "سبتمبر ،2010"): the
     * sentence's punctuation, moved there when right-to-left text was copied with its digits.
     */
    private static final String STRAY = "(?:(?<=\\s)[.،,](?=\\d))?";

    /** What a month date can begin with: a day, "(ال)أول", "شهر", a clitic or a month's name. */
    private static final String MONTH_DATE_START = Literals.startsWithOneOf(java.util.stream.Stream.concat(
            java.util.stream.Stream.of(fold("ال"), fold("أول"), fold("شهر"), fold("و"), fold("ب"), fold("ل"), fold("ف")),
            DateVocabulary.MONTHS.keySet().stream()).toList(), true);

    private static final Pattern MONTH_DATE = Pattern.compile(MONTH_DATE_START + L
            // "الـ30 من سبتمبر": the press often writes the day with the article
            + "(?:(?:" + fold("ال") + "\\s?)?(?<d>\\d{1,2})\\s*(?:" + fold("من") + "\\s+)?|(?:" + fold("و") + ")?(?<first>"
            + fold("(?:ال)?أول") + "|" + OrdinalDays.ALTERNATION + ")\\s+" + fold("من") + "\\s+)?"
            + "(?<named>" + fold("شهر") + "\\s+)?"
            + "(?<cl>" + fold("و?[بلف]?") + ")"
            // "يوليوالمقبل": a month glued to the relative word after it, as hasty typing leaves it
            + "(?<m1>" + MONTH_NAMES + ")(?:" + R + "|(?=(?:" + RELATIVE_WORD + ")" + R + "))"
            // the partner after a slash, a dash, an apostrophe typed for the slash, "أو", or only a space
            // ("سبتمبر أيلول 2025"، "كانون الأول'ديسمبر")
            + "(?:(?:\\s*(?:[/\\\\\\-–'’‘]|" + fold("أو") + ")\\s*|\\s+)(?<m2>" + MONTH_NAMES + ")" + R
            + "|\\s*\\(\\s*(?<m3>" + MONTH_NAMES + ")\\s*\\))?"
            + "(?:"
            + "\\s*(?:" + fold("من") + "\\s+)?(?:" + YEAR_WORD + "\\s+)?" + STRAY + "(?<y>" + YEAR + ")" + AD_SUFFIX + R
            + "|\\s+(?:" + fold("من") + "\\s+)?(?:(?<this>" + THIS + ")\\s+" + YEAR_WORD
            + "|" + YEAR_WORD + "\\s+(?<ry>" + RELATIVE_WORD + "))" + R
            + "|\\s*(?<rm>" + RELATIVE_WORD + ")" + R
            + ")?");

    private static final Pattern DAY_MONTH_YEAR_NUMERIC = Pattern.compile(
            L + "(?<d>\\d{1,2})\\s*(?<sep>[/.\\-])\\s*(?<m>\\d{1,2})\\s*\\k<sep>\\s*(?<y>" + YEAR + ")" + R);
    private static final Pattern YEAR_MONTH_DAY_NUMERIC = Pattern.compile(
            L + "(?<y>" + YEAR + ")(?<sep>[/.\\-])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})" + R);
    private static final Pattern MONTH_YEAR_NUMERIC = Pattern.compile(
            L + "(?<![/.\\-])(?<m>\\d{1,2})/(?<y>" + YEAR + ")" + R);

    private static final Pattern YEAR_WITH_WORD = Pattern.compile(
            L + fold("(?:و|ف)?(?:ب|ل)?(?:ال|ل)?(?:عام|سنة)") + "\\s+(?<y>" + YEAR + ")" + AD_SUFFIX + R);
    private static final Pattern BARE_YEAR = Pattern.compile(L + STRAY + "(?<y>" + YEAR + ")" + AD_SUFFIX + R);

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s*[.،,]?$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s*(\\p{L}+)");

    /** Every numeric date and year holds a year of YEAR, so "19" or "20" (see {@link Literals}). */
    private static final Literals CENTURY = Literals.of("19", "20");

    @Override
    public List<DateCandidate> find(String folded, LocalDate reference) {
        List<DateCandidate> out = new ArrayList<>();
        findMonthDates(folded, reference, out);
        if (CENTURY.in(folded)) {
            findNumeric(folded, out);
            findYears(folded, out);
        }
        return out;
    }

    private void findMonthDates(String folded, LocalDate reference, List<DateCandidate> out) {
        Matcher m = MONTH_DATE.matcher(folded);
        int from = 0;
        while (from < folded.length() && m.find(from)) {
            from = m.end();
            DateCandidate c = monthDate(folded, m, reference);
            if (c != null) {
                out.add(c);
                // an unpaired second name after a space is looked at again as a date of its own
                from = Math.max(c.end(), m.start() + 1);
            } else {
                from = m.start() + 1;
            }
        }
    }

    private DateCandidate monthDate(String folded, Matcher m, LocalDate reference) {
        String first = m.group("m1");
        int month = DateVocabulary.monthNumber(first);
        String partner = m.group("m2") != null ? m.group("m2") : m.group("m3");
        int end = m.end();
        boolean paired = partner != null && DateVocabulary.monthNumber(partner) == month;
        boolean hasTail = m.group("y") != null || m.group("ry") != null || m.group("rm") != null
                || m.group("this") != null;
        if (partner != null && !paired) {
            // "أيلول/تشرين" is not a pair: keep the first name alone.
            end = m.end("m1");
            hasTail = false;
        }
        boolean ambiguous = DateVocabulary.AMBIGUOUS_MONTHS.contains(first);
        if (ambiguous && !paired) {
            // آب, مارس, ماي are words too: only a day, a year, a relative word, "شهر" or a part of a
            // month before it ("منتصف آب") makes them months.
            boolean named = m.group("named") != null || partOfMonthBefore(folded, m.start());
            if (!m.group("cl").isEmpty() || (m.group("d") == null && m.group("first") == null && !hasTail && !named)) {
                return null;
            }
        }
        Integer day = m.group("d") != null ? Integer.valueOf(m.group("d"))
                : m.group("first") != null ? OrdinalDays.dayOf(m.group("first")) : null;
        int start = m.start();
        if (day != null && (day < 1 || day > 31)) {
            // "45 سبتمبر" is not a day: keep the month.
            day = null;
            start = m.start("cl");
        }

        if (hasTail && m.group("y") != null) {
            int year = Integer.parseInt(m.group("y"));
            if (followedByQuantityNoun(folded, end)) {
                // "في سبتمبر 2000 جندي": the number counts soldiers; keep the month alone.
                end = !paired ? m.end("m1") : m.group("m2") != null ? m.end("m2") : m.end("m3");
                return yearless(start, end, month, day, DateMention.Direction.UNSPECIFIED, false, reference);
            }
            ReducedDate date = build(year, month, day);
            return date == null ? null : DateCandidate.calendar(start, end, date);
        }
        if (hasTail && m.group("this") != null) {
            return yearless(start, end, month, day, DateMention.Direction.PRESENT, true, reference);
        }
        if (hasTail && m.group("ry") != null) {
            return yearless(start, end, month, day, DateVocabulary.RELATIVE_WORDS.get(m.group("ry")), true, reference);
        }
        if (hasTail && m.group("rm") != null) {
            return yearless(start, end, month, day, DateVocabulary.RELATIVE_WORDS.get(m.group("rm")), false, reference);
        }
        return yearless(start, end, month, day, DateMention.Direction.UNSPECIFIED, false, reference);
    }

    /** "آخر" and "أول" are everyday adjectives too ("آخر أب"): they make no part of an ambiguous month. */
    private static final java.util.Set<String> ORDINARY_ADJECTIVES = java.util.Set.of(fold("آخر"), fold("أول"));

    /** "نهاية"، "بمنتصف"، "أواخر" right before: a part of a month. */
    private static boolean partOfMonthBefore(String folded, int start) {
        Matcher before = WORD_BEFORE.matcher(folded.substring(Math.max(0, start - 20), start));
        if (!before.find() || !before.group().endsWith(" ")) {
            return false;
        }
        String word = before.group(1);
        for (int strip = 0; strip <= 2 && strip < word.length(); strip++) {
            String w = word.substring(strip);
            DateMention.Modifier part = DateVocabulary.MODIFIERS.get(w);
            if (part != null && !SeasonParts.isSeason(part) && !ORDINARY_ADJECTIVES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static DateCandidate yearless(int start, int end, int month, Integer day, DateMention.Direction direction,
                                          boolean directionIsForYear, LocalDate reference) {
        ReducedDate date = reference == null ? null
                : YearlessMonths.resolve(month, day, direction, directionIsForYear, reference);
        return DateCandidate.anchored(start, end, date, direction);
    }

    private void findNumeric(String folded, List<DateCandidate> out) {
        for (Pattern p : List.of(DAY_MONTH_YEAR_NUMERIC, YEAR_MONTH_DAY_NUMERIC)) {
            Matcher m = p.matcher(folded);
            while (m.find()) {
                ReducedDate date = build(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                        Integer.parseInt(m.group("d")));
                if (date != null) {
                    out.add(DateCandidate.calendar(m.start(), m.end(), date));
                }
            }
        }
        Matcher m = MONTH_YEAR_NUMERIC.matcher(folded);
        while (m.find()) {
            int month = Integer.parseInt(m.group("m"));
            if (month >= 1 && month <= 12) {
                out.add(DateCandidate.calendar(m.start(), m.end(), ReducedDate.ofMonth(Integer.parseInt(m.group("y")), month)));
            }
        }
    }

    private void findYears(String folded, List<DateCandidate> out) {
        Matcher m = YEAR_WITH_WORD.matcher(folded);
        while (m.find()) {
            out.add(DateCandidate.calendar(m.start(), m.end(), ReducedDate.ofYear(Integer.parseInt(m.group("y")))));
        }
        m = BARE_YEAR.matcher(folded);
        while (m.find()) {
            Matcher before = WORD_BEFORE.matcher(folded.substring(Math.max(0, m.start() - 20), m.start()));
            if (!before.find() || !DateVocabulary.BARE_YEAR_CONTEXT.contains(before.group(1))) {
                continue;
            }
            if (followedByQuantityNoun(folded, m.end()) || followedByNumberSeparator(folded, m.end())) {
                continue;
            }
            out.add(DateCandidate.calendar(m.start(), m.end(), ReducedDate.ofYear(Integer.parseInt(m.group("y")))));
        }
    }

    static boolean followedByQuantityNoun(String folded, int end) {
        Matcher after = WORD_AFTER.matcher(folded.substring(end, Math.min(folded.length(), end + 30)));
        return after.find() && DateVocabulary.isQuantityNoun(after.group(1));
    }

    /** "2025.5" or "2,000": the digits belong to a bigger number. */
    private static boolean followedByNumberSeparator(String folded, int end) {
        return end + 1 < folded.length() && (folded.charAt(end) == ',' || folded.charAt(end) == '.')
                && Character.isDigit(folded.charAt(end + 1));
    }

    private static ReducedDate build(int year, int month, Integer day) {
        if (month < 1 || month > 12) {
            return null;
        }
        if (day == null) {
            return ReducedDate.ofMonth(year, month);
        }
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return ReducedDate.ofDay(year, month, day);
    }
}
