package io.raqib.arabic;

import java.time.Period;

/** A date expression while it is being found: offsets are into the folded text. */
record DateCandidate(int start, int end, DateMention.Kind kind, ReducedDate date,
                     DateMention.Modifier modifier, DateMention.Direction direction, Period period) {

    static DateCandidate calendar(int start, int end, ReducedDate date) {
        return new DateCandidate(start, end, DateMention.Kind.CALENDAR, date, DateMention.Modifier.NONE,
                DateMention.Direction.UNSPECIFIED, null);
    }

    static DateCandidate anchored(int start, int end, ReducedDate date, DateMention.Direction direction) {
        return new DateCandidate(start, end, DateMention.Kind.ANCHORED, date, DateMention.Modifier.NONE,
                direction, null);
    }

    DateCandidate withModifier(int newStart, DateMention.Modifier newModifier) {
        return new DateCandidate(newStart, end, kind, date, newModifier, direction, period);
    }

    DateCandidate withDate(ReducedDate newDate) {
        return new DateCandidate(start, end, kind, newDate, modifier, direction, period);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(DateCandidate other) {
        return start < other.end && other.start < end;
    }
}
