package io.raqib.arabic;

import static io.raqib.arabic.DateVocabulary.L;
import static io.raqib.arabic.DateVocabulary.R;
import static io.raqib.arabic.FoldedText.fold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "غداً" (the day after the reference date) and "بعد غد" (two days after), as days. The folded
 * "غدا" is also the verb "became" ("غدا المطار مركزا"), so it counts as tomorrow only where a
 * verb cannot stand: before a weekday ("غدا الأحد"), after يوم / صباح / مساء, or before a
 * punctuation mark or the end of the text.
 */
final class NextDayFinder implements DateFinder {
    private static final String WEEKDAY = fold("(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)");
    private static final Pattern AFTER_TOMORROW = Pattern.compile(
            L + fold("(?:و|ف)?(?:بعد\\s+(?:غد|الغد)|بعد\\s+غدا)") + R + "(?:\\s+" + WEEKDAY + R + ")?");
    private static final Pattern TOMORROW = Pattern.compile(
            // after يوم / صباح the noun stands too: "يوم غد"، "صباح الغد"
            L + "(?:(?<day>" + fold("(?:و|ف)?(?:يوم|صباح|مساء|ظهر)") + ")\\s+" + fold("(?:ال)?غدا?") + "|"
            + fold("(?:و|ف)?غدا") + ")" + R
            + "(?:(?<wd>\\s+" + WEEKDAY + R + ")|(?<stop>\\s*(?:[،,.؛:!؟\"»)]|$)))?");

    /** Every match of both patterns holds "غد" (see {@link Literals}); most texts do not. */
    private static final Literals TOMORROW_WORD = Literals.of(fold("غد"));

    @Override
    public List<DateCandidate> find(String folded, LocalDate reference) {
        List<DateCandidate> out = new ArrayList<>();
        if (!TOMORROW_WORD.in(folded)) {
            return out;
        }
        Matcher m = AFTER_TOMORROW.matcher(folded);
        while (m.find()) {
            out.add(day(m.start(), m.end(), reference, 2));
        }
        m = TOMORROW.matcher(folded);
        while (m.find()) {
            if (m.group("day") == null && m.group("wd") == null && m.group("stop") == null) {
                continue;
            }
            int end = m.group("stop") != null ? m.start("stop") : m.end();
            out.add(day(m.start(), end, reference, 1));
        }
        return out;
    }

    private static DateCandidate day(int start, int end, LocalDate reference, int days) {
        ReducedDate date = reference == null ? null : ReducedDate.of(reference.plusDays(days), ReducedDate.Precision.DAY);
        return DateCandidate.anchored(start, end, date, DateMention.Direction.FUTURE);
    }
}
