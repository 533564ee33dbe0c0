package io.raqib.deadline.extraction;

import io.raqib.arabic.DateMention;
import io.raqib.arabic.FoldedText;
import java.util.regex.Pattern;

/**
 * Two dates that bound one span: "من 12 إلى 15 شباط"، "بين 2014 و2017"، "من أيار 2026 إلى أيار 2027".
 * A span reports when something ran and dates no deadline, unless it is "من … إلى" in a clause that
 * looks ahead: a tour planned from one date to another starts on the first and lasts until the second.
 */
final class DateSpans {
    /** What links the two dates of a span. */
    private static final Pattern LINK = Pattern.compile(FoldedText.fold("(?:إلى|الى|و|-|–)"));
    /** What links them in a "من … إلى" span: "to", "until". */
    private static final Pattern FROM_TO_LINK = Pattern.compile(FoldedText.fold("(?:إلى|الى|حتى|لغاية)"));

    private DateSpans() {
    }

    /** The date closes a span opened by an earlier date. */
    static boolean closes(FieldText ft, DateMention date) {
        return opener(ft, date, LINK) != null;
    }

    /**
     * Where "من DATE إلى DATE" starts when the date is one of its ends (the first after من, the second
     * after إلى / حتى right after the first), else -1. Read as deadlines only when the clause looks
     * ahead from there.
     */
    static int fromToStart(FieldText ft, DateMention date, DeadlineTrigger trigger) {
        if (trigger.type() == DeadlineTrigger.Type.RANGE_FROM) {
            for (DateMention other : ft.dates) {
                if (other.start() >= date.end() && linked(ft, date, other, FROM_TO_LINK)) {
                    return trigger.start();
                }
            }
            return -1;
        }
        if (trigger.type() == DeadlineTrigger.Type.TARGET) {
            // "… حتى آذار 2027" is a target whatever came before it
            return -1;
        }
        DateMention first = opener(ft, date, FROM_TO_LINK);
        DeadlineTrigger opening = first == null ? null : DeadlineTrigger.of(ft, first);
        return opening != null && opening.type() == DeadlineTrigger.Type.RANGE_FROM ? opening.start() : -1;
    }

    private static DateMention opener(FieldText ft, DateMention date, Pattern link) {
        for (DateMention other : ft.dates) {
            if (other != date && other.end() <= date.start() && linked(ft, other, date, link)) {
                return other;
            }
        }
        return null;
    }

    private static boolean linked(FieldText ft, DateMention first, DateMention second, Pattern link) {
        return link.matcher(FoldedText.fold(ft.text.substring(first.end(), second.start())).strip()).matches();
    }
}
