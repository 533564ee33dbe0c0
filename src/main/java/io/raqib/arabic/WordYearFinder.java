package io.raqib.arabic;

import static io.raqib.arabic.DateVocabulary.L;
import static io.raqib.arabic.DateVocabulary.MONTHS;
import static io.raqib.arabic.DateVocabulary.MONTH_NAMES;
import static io.raqib.arabic.FoldedText.fold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years written in words after the word for year: "بحلول سنة ألفين وتسعة وعشرين"، "السنة الجديدة ألفين
 * وثلاثين"، "آذار عام ألفين وثمانية" (with the month before it). Spoken-style copy and
 * transcripts write the year this way; only 1990–2099 counts, as for years in digits.
 */
final class WordYearFinder implements DateFinder {
    private static final Pattern YEAR_IN_WORDS = Pattern.compile(L
            + "(?:(?<month>" + MONTH_NAMES + ")\\s+)?"
            + fold("(?:و|ف)?(?:ب|ل)?(?:ال)?(?:عام|سنة|سنه)") + "(?:\\s+" + fold("(?:ال)?(?:جديد|جديدة|قادم|مقبل)") + ")?"
            + "\\s+(?=" + fold("(?:ال)?(?:الفين|الفان|الف)") + "\\s)");

    private static final Literals THOUSANDS = Literals.of(fold("الفين"), fold("الفان"), fold("الف و"));

    @Override
    public List<DateCandidate> find(String folded, LocalDate reference) {
        List<DateCandidate> out = new ArrayList<>();
        if (!THOUSANDS.in(folded)) {
            return out;
        }
        Matcher m = YEAR_IN_WORDS.matcher(folded);
        while (m.find()) {
            String rest = folded.substring(m.end(), Math.min(folded.length(), m.end() + 60));
            List<ArabicNumbers.NumberMatch> numbers = ArabicNumbers.findAll(rest);
            Long value = numbers.isEmpty() || numbers.get(0).start() != 0 ? null : numbers.get(0).longValue();
            if (value == null || value < 1990 || value > 2099 || numberGoesOn(rest, numbers)) {
                continue;
            }
            int year = value.intValue();
            ReducedDate date = m.group("month") == null ? ReducedDate.ofYear(year)
                    : ReducedDate.ofMonth(year, MONTHS.get(m.group("month")));
            out.add(DateCandidate.calendar(m.start(), m.end() + numbers.get(0).end(), date));
        }
        return out;
    }

    private static final Pattern JOINED = Pattern.compile("\\s*" + fold("و") + "?\\s*");

    /** "ذلك العام ألفين ومئتي مليون": more number words right after it make it a sum, not a year. */
    private static boolean numberGoesOn(String rest, List<ArabicNumbers.NumberMatch> numbers) {
        return numbers.size() > 1
                && JOINED.matcher(rest.substring(numbers.get(0).end(), numbers.get(1).start())).matches();
    }
}
