package io.raqib.arabic;

import static io.raqib.arabic.DateVocabulary.L;
import static io.raqib.arabic.DateVocabulary.MODIFIER;
import static io.raqib.arabic.DateVocabulary.R;
import static io.raqib.arabic.DateVocabulary.RELATIVE_WORD;
import static io.raqib.arabic.DateVocabulary.THIS;
import static io.raqib.arabic.FoldedText.fold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar units named relative to the reference date: "العام المقبل", "الشهر الجاري", "السنة
 * الماضية", "هذا العام", and after a modifier the bare "العام"/"الشهر" ("بنهاية العام" = this year).
 * A week resolves to the day seven days away, since {@link ReducedDate} has no week precision.
 */
final class RelativeAnchorFinder implements DateFinder {
    private static final String UNIT = fold("(?<unit>عام|سنة|شهر|أسبوع)");

    private static final Pattern UNIT_WITH_WORD = Pattern.compile(
            L + fold("(?:و|ف)?(?:بال|لل|ال)") + UNIT + "\\s+(?<rel>" + RELATIVE_WORD + ")" + R);
    private static final Pattern THIS_UNIT = Pattern.compile(
            L + fold("(?:و|ف)?(?:ب|ل)?") + THIS + "\\s+" + fold("ال") + UNIT + R);
    /**
     * Only after a modifier: "بنهاية العام" means the current year; "العام" alone means nothing. "أواخر
     * العام نفسه" points back to a year the text named before, not to the current one.
     */
    private static final Pattern MODIFIED_BARE_UNIT = Pattern.compile(
            L + fold("(?:و|ف)?(?:ب|ل)?") + MODIFIER + "\\s+" + fold("ال") + UNIT + R
            + "(?!\\s+" + fold("(?:نفسه|نفسها|ذاته|ذاتها)") + R + ")");

    /** "الخريف القادم" (while "صيف العام المقبل" is left to the calendar finder): a season with a relative word. */
    private static final Pattern SEASON_WITH_WORD = Pattern.compile(
            L + fold("(?:و|ف)?(?:بال|لل|ال)") + "(?<season>" + fold("(?:ربيع|صيف|خريف|شتاء)") + ")\\s+(?<rel>"
            + RELATIVE_WORD + ")" + R);

    /** "هذا الخريف": the season of the reference year. */
    private static final Pattern THIS_SEASON = Pattern.compile(
            L + fold("(?:و|ف)?(?:ب|ل)?") + THIS + "\\s+" + fold("ال") + "(?<season>"
            + fold("(?:ربيع|صيف|خريف|شتاء)") + ")" + R);

    /**
     * "ينتهي الانسحاب في أواخر فصل الخريف": a season with no year and no relative word, after a
     * preposition or a modifier, is the next one that has not ended ("قاعة الخريف" and "الربيع
     * العربي" are no time).
     */
    private static final Pattern BARE_SEASON = Pattern.compile(
            "(?<=(?:^|\\s)(?:" + fold("في|فى|وفي|خلال|حتى|بحلول|قبل|بعد|منذ|مع") + "|" + MODIFIER + ")\\s)"
            + "(?:" + fold("فصل") + "\\s+)?" + fold("ال") + "(?<season>" + fold("(?:ربيع|صيف|خريف|شتاء)") + ")" + R
            + "(?!\\s+(?:" + RELATIVE_WORD + "|" + fold("العربي|عام|سنة|نفسه|ذاته") + "|\\d))");

    /** Words some pattern's every match holds (see {@link Literals}): the scans a text cannot match are skipped. */
    private static final Literals ANY_RELATIVE_WORD = Literals.of(DateVocabulary.RELATIVE_WORDS.keySet());
    private static final Literals ANY_SEASON = Literals.of(fold("ربيع"), fold("صيف"), fold("خريف"), fold("شتاء"));
    private static final Literals ANY_UNIT = Literals.of(fold("عام"), fold("سنة"), fold("شهر"), fold("أسبوع"));
    private static final Literals ANY_THIS = Literals.of(fold("هذا"), fold("هذه"));
    private static final Literals ANY_MODIFIER = Literals.of(DateVocabulary.MODIFIERS.keySet());

    @Override
    public List<DateCandidate> find(String folded, LocalDate reference) {
        List<DateCandidate> out = new ArrayList<>();
        boolean relative = ANY_RELATIVE_WORD.in(folded);
        boolean units = ANY_UNIT.in(folded);
        boolean anySeason = ANY_SEASON.in(folded);
        boolean seasons = relative && anySeason;
        Matcher s = SEASON_WITH_WORD.matcher(folded);
        while (seasons && s.find()) {
            DateMention.Direction direction = DateVocabulary.RELATIVE_WORDS.get(s.group("rel"));
            DateMention.Modifier season = DateVocabulary.MODIFIERS.get(s.group("season"));
            ReducedDate date = reference == null ? null : seasonYear(season, direction, reference);
            out.add(new DateCandidate(s.start(), s.end(), DateMention.Kind.ANCHORED, date, season, direction, null));
        }
        Matcher t = THIS_SEASON.matcher(folded);
        boolean thisSeason = anySeason && ANY_THIS.in(folded);
        while (thisSeason && t.find()) {
            DateMention.Modifier season = DateVocabulary.MODIFIERS.get(t.group("season"));
            ReducedDate date = reference == null ? null : seasonYear(season, DateMention.Direction.PRESENT, reference);
            out.add(new DateCandidate(t.start(), t.end(), DateMention.Kind.ANCHORED, date, season,
                    DateMention.Direction.PRESENT, null));
        }
        Matcher b = BARE_SEASON.matcher(folded);
        while (anySeason && b.find()) {
            DateMention.Modifier season = DateVocabulary.MODIFIERS.get(b.group("season"));
            ReducedDate date = reference == null ? null : seasonYear(season, DateMention.Direction.UNSPECIFIED, reference);
            out.add(new DateCandidate(b.start(), b.end(), DateMention.Kind.ANCHORED, date, season,
                    DateMention.Direction.UNSPECIFIED, null));
        }
        Matcher m = UNIT_WITH_WORD.matcher(folded);
        while (relative && units && m.find()) {
            DateMention.Direction direction = DateVocabulary.RELATIVE_WORDS.get(m.group("rel"));
            out.add(anchored(folded, m.start(), m.end(), m.group("unit"), direction, reference));
        }
        for (Pattern p : List.of(THIS_UNIT, MODIFIED_BARE_UNIT)) {
            m = p.matcher(folded);
            boolean may = units && (p == THIS_UNIT ? ANY_THIS : ANY_MODIFIER).in(folded);
            while (may && m.find()) {
                // MODIFIED_BARE_UNIT starts at the modifier; ArabicDates re-reads it as a modifier.
                int start = p == THIS_UNIT ? m.start() : m.start("unit") - 2;
                out.add(anchored(folded, start, m.end(), m.group("unit"), DateMention.Direction.PRESENT, reference));
            }
        }
        return out;
    }

    private static DateCandidate anchored(String folded, int start, int end, String unit,
                                          DateMention.Direction direction, LocalDate reference) {
        Matcher year = unit.equals(fold("شهر")) || unit.equals(fold("أسبوع")) ? null
                : NAMED_YEAR.matcher(folded).region(end, folded.length());
        if (year != null && year.lookingAt()) {
            // "خلال العام المقبل 2019": the year the text names settles which one is meant
            return DateCandidate.anchored(start, year.end(), ReducedDate.ofYear(Integer.parseInt(year.group("y"))),
                    direction);
        }
        return DateCandidate.anchored(start, end, reference == null ? null : resolve(unit, direction, reference),
                direction);
    }

    /** A year in digits right after a relative year on its line, bare or in brackets: "العام المقبل (2019)". */
    private static final Pattern NAMED_YEAR = Pattern.compile(
            "\\h*(?:\\(\\h*)?(?<y>(?:19|20)\\d\\d)(?!\\d)(?:\\h*\\))?");

    /** The year of the next (or last, or current) such season: autumn read in October is this autumn. */
    private static ReducedDate seasonYear(DateMention.Modifier season, DateMention.Direction direction,
                                          LocalDate reference) {
        int first = switch (season) {
            case SPRING -> 3;
            case SUMMER -> 6;
            case AUTUMN -> 9;
            default -> 12;
        };
        int year = reference.getYear();
        if (direction == DateMention.Direction.FUTURE && reference.getMonthValue() >= first) {
            year++;
        } else if (direction == DateMention.Direction.PAST && reference.getMonthValue() < first + 3) {
            year--;
        } else if (direction == DateMention.Direction.UNSPECIFIED && reference.getMonthValue() >= first + 3) {
            year++; // a bare season already over this year is next year's
        }
        return ReducedDate.ofYear(year);
    }

    static ReducedDate resolve(String unit, DateMention.Direction direction, LocalDate reference) {
        int step = switch (direction) {
            case FUTURE -> 1;
            case PAST -> -1;
            default -> 0;
        };
        if (unit.equals(fold("شهر"))) {
            return ReducedDate.of(reference.plusMonths(step), ReducedDate.Precision.MONTH);
        }
        if (unit.equals(fold("أسبوع"))) {
            return ReducedDate.of(reference.plusWeeks(step), ReducedDate.Precision.DAY);
        }
        return ReducedDate.ofYear(reference.getYear() + step);
    }
}
