package io.raqib.deadline.extraction;

import io.raqib.arabic.DateMention;
import io.raqib.arabic.FoldedText;
import io.raqib.arabic.ReducedDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What fixes a date or a length of time besides its own words: the first member of a list it belongs
 * to, a start date given after it, an apposition that names it a target.
 */
final class PeriodAnchors {
    private PeriodAnchors() {
    }

    /**
     * "لمدة عامين تبدأ من 12 مارس": a length of time whose start the text gives ends that long
     * after it, as precisely as the start is given; null when no start date follows.
     */
    static ReducedDate countedFromGivenStart(FieldText ft, DateMention period) {
        int next = ft.dates.indexOf(period) + 1;
        if (next >= ft.dates.size() || period.period() == null) {
            return null;
        }
        DateMention start = ft.dates.get(next);
        if (start.date() == null || start.kind() == DateMention.Kind.PERIOD
                || start.date().precision() == ReducedDate.Precision.YEAR
                || !STARTING_FROM.matcher(FoldedText.fold(ft.text.substring(period.end(), start.start()))).matches()) {
            return null;
        }
        return ReducedDate.of(start.date().firstDay().plus(period.period()), start.date().precision());
    }

    private static final Pattern STARTING_FROM = Pattern.compile("\\s*" + FoldedText.fold(
            "(?:(?:ت|ي)بدأ\\s+(?:من|في)|اعتبارا\\s+من|ابتداء\\s+من|بدءا\\s+من|بدء\\s+من)") + "\\s*");

    /** Where "، وهو موعد" / "وهو تاريخ" right after a calendar date ends, or -1. */
    static int appositionEnd(FieldText ft, DateMention date) {
        if (date.kind() == DateMention.Kind.PERIOD || date.date() == null) {
            return -1;
        }
        Matcher m = APPOSITION.matcher(ft.foldedAfter(date.end(), 30));
        return m.find() ? ft.advance(date.end(), m.end()) : -1;
    }

    private static final Pattern APPOSITION = Pattern.compile("^\\s*[،,]?\\s*" + FoldedText.fold(
            "(?:و|ف)?(?:هو|هي)\\s+(?:ال)?(?:موعد|تاريخ|يوم)") + "(?![\\p{L}\\p{N}])");

    /**
     * The first of a list of lengths of time that share one preposition ("خلال 15 أو 45 أو 75 يوماً"):
     * a later member ("أو 45") runs forward or not as the first does.
     */
    static DateMention listHead(FieldText ft, DateMention date) {
        DateMention head = date;
        for (int i = ft.dates.indexOf(date) - 1; i >= 0; i--) {
            DateMention before = ft.dates.get(i);
            if (before.kind() != DateMention.Kind.PERIOD || !LIST_LINK.matcher(FoldedText.fold(head.text())).find()
                    || !ft.text.substring(before.end(), head.start()).isBlank()) {
                break;
            }
            head = before;
        }
        return head;
    }

    private static final Pattern LIST_LINK = Pattern.compile("^" + FoldedText.fold("(?:أو|او|و)") + "\\s");
}
