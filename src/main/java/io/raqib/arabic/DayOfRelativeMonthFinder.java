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
 * A day of a month named by a relative word: "في 15 من الشهر المقبل"، "الخامس عشر من الشهر الجاري"،
 * "في العاشر من الشهر القادم". The day-precise date of that month; none without a reference date,
 * and only the month for a day the month lacks.
 */
final class DayOfRelativeMonthFinder implements DateFinder {
    private static final Pattern DAY_OF_MONTH = Pattern.compile(L + "(?:(?<d>\\d{1,2})|(?<first>"
            + fold("(?:ال)?أول") + "|" + OrdinalDays.ALTERNATION + "))\\s+" + fold("من") + "\\s+"
            + fold("(?:ال)?شهر") + "\\s+(?<rel>" + DateVocabulary.RELATIVE_WORD + ")" + R);
    private static final Literals MONTH_WORD = Literals.of(fold("شهر"));

    @Override
    public List<DateCandidate> find(String folded, LocalDate reference) {
        List<DateCandidate> out = new ArrayList<>();
        Matcher m = DAY_OF_MONTH.matcher(folded);
        boolean may = MONTH_WORD.in(folded);
        while (may && m.find()) {
            DateMention.Direction direction = DateVocabulary.RELATIVE_WORDS.get(m.group("rel"));
            int day = m.group("d") != null ? Integer.parseInt(m.group("d")) : OrdinalDays.dayOf(m.group("first"));
            ReducedDate month = reference == null ? null : RelativeAnchorFinder.resolve(fold("شهر"), direction, reference);
            ReducedDate date = month; // a day the month lacks ("31 من الشهر المقبل" in February) keeps the month
            if (month != null && day >= 1 && day <= java.time.YearMonth.of(month.year(), month.month()).lengthOfMonth()) {
                date = ReducedDate.ofDay(month.year(), month.month(), day);
            }
            if (day >= 1 && day <= 31) {
                out.add(new DateCandidate(m.start(), m.end(), DateMention.Kind.ANCHORED, date, DateMention.Modifier.NONE,
                        direction, null));
            }
        }
        return out;
    }
}
