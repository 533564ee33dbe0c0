package io.raqib.arabic;

import static io.raqib.arabic.DateVocabulary.L;
import static io.raqib.arabic.DateVocabulary.MODIFIER;
import static io.raqib.arabic.FoldedText.fold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in Arabic news text, with exact offsets into the original string and the
 * precision the text gave: day-month-year, month-year, year; Western, Arabic-Indic and Persian
 * digits; both month families and their paired forms ("أيلول/سبتمبر 2025", "يناير/كانون ثاني");
 * modifiers ("بنهاية"، "مطلع"، "منتصف"، "أواخر" …); and expressions relative to a reference date
 * ("العام المقبل"، "لعامين إضافيين"، "خلال الشهرين المقبلين"), which stay unresolved (date null, the
 * phrase kept) when there is no reference date.
 *
 * <p>Why hand-written: no library reachable from this build (Maven Central) finds Arabic dates in
 * running text. {@code java.time} and ICU parse one fixed pattern with one month family per locale
 * (CLDR {@code ar} has يناير…, {@code ar-IQ} has كانون الثاني…), cannot locate a date inside a
 * sentence, and know nothing of relative periods; Duckling (Haskell) and Maha (Python), which do
 * Arabic time expressions, are not JVM libraries.
 *
 * <p>Pure and deterministic; thread-safe (all state is immutable patterns).
 */
public final class ArabicDates {
    private static final List<DateFinder> FINDERS =
            List.of(new CalendarDateFinder(), new RelativeAnchorFinder(), new DurationFinder(), new FewUnitsFinder(),
                    new NextDayFinder(), new QuarterFinder(), new WeekdayFinder(), new YearRangeFinder(),
                    new AlternativeLengthFinder(), new WordYearFinder(), new CenturyPartFinder(),
                    new DayOfRelativeMonthFinder());

    /** A modifier word (with ب / و clitics) right before a date: "بنهاية "، "مطلع "، "منتصف شهر ". */
    private static final Pattern MODIFIER_BEFORE = Pattern.compile(
            L + fold("(?:و|ف)?(?:ب|ل)?") + "(?<mod>" + MODIFIER + ")\\s+$");

    private ArabicDates() {
    }

    /**
     * All date expressions in the text, in order, never overlapping (the longest reading wins).
     *
     * @param text      the original text; offsets in the result index into it
     * @param reference the date relative expressions are counted from (the publication date), or null
     */
    public static List<DateMention> find(String text, LocalDate reference) {
        return find(FoldedText.of(text), reference);
    }

    /** As {@link #find(String, LocalDate)}, over a text the caller folded already ({@code folded.original()}). */
    public static List<DateMention> find(FoldedText folded, LocalDate reference) {
        String text = folded.original();
        List<DateCandidate> candidates = new ArrayList<>();
        for (DateFinder finder : FINDERS) {
            for (DateCandidate c : finder.find(folded.folded(), reference)) {
                candidates.add(withModifier(folded.folded(), c));
            }
        }
        List<DateMention> out = new ArrayList<>();
        for (DateCandidate c : longestFirstWithoutOverlap(candidates)) {
            int start = folded.originalStart(c.start());
            int end = folded.originalEnd(c.end());
            // the last letter's diacritics (tanween of "يوماً"، "قريباً") belong to the mention
            while (end < text.length() && isDiacritic(text.charAt(end))) {
                end++;
            }
            out.add(new DateMention(start, end, text.substring(start, end), c.kind(), c.date(), c.modifier(),
                    c.direction(), c.period()));
        }
        return out;
    }

    private static boolean isDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
    }

    /** Extends a calendar or anchored date over a modifier word in front of it. */
    private static DateCandidate withModifier(String folded, DateCandidate c) {
        if (c.kind() == DateMention.Kind.PERIOD) {
            return c;
        }
        DateCandidate modified = modifiedBefore(folded, c);
        if (modified == c || !SeasonParts.isSeason(modified.modifier())) {
            return modified;
        }
        // "نهاية صيف 2026": the season, then a part of it
        DateCandidate part = modifiedBefore(folded, modified);
        return part == modified ? modified : part;
    }

    /** The candidate extended over the modifier right before it; a part of a season (أواخر الصيف) is its month. */
    private static DateCandidate modifiedBefore(String folded, DateCandidate c) {
        Matcher m = MODIFIER_BEFORE.matcher(folded);
        m.region(Math.max(0, c.start() - 16), c.start());
        m.useTransparentBounds(true);
        if (!m.find()) {
            return c;
        }
        DateMention.Modifier found = DateVocabulary.MODIFIERS.get(m.group("mod"));
        if (SeasonParts.isSeason(c.modifier())) {
            return c.withModifier(m.start(), found).withDate(SeasonParts.monthOf(c.date(), c.modifier(), found));
        }
        return c.withModifier(m.start(), found);
    }

    private static List<DateCandidate> longestFirstWithoutOverlap(List<DateCandidate> candidates) {
        List<DateCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(DateCandidate::length).reversed()
                .thenComparingInt(DateCandidate::start));
        List<DateCandidate> kept = new ArrayList<>();
        for (DateCandidate c : sorted) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(DateCandidate::start));
        return kept;
    }
}
