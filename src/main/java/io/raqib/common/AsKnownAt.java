package io.raqib.common;

import io.raqib.arabic.ArabicDigits;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The {@code asKnownAt} parameter: an instant in the past the answer is given as of. An ISO
 * instant ("2026-03-01T09:00:00Z") or date-time with offset ("2026-03-01T12:00:00+03:00"); a
 * plain date ("2026-03-01") means the end of that day (UTC). Digits may be Arabic-Indic.
 */
public final class AsKnownAt {
    public static final String DESCRIPTION = "Answer as the archive would have on this instant: only articles "
            + "archived by then, claims and deadlines as they were extracted or reviewed then (rebuilt from the change "
            + "history), deadline statuses computed against that day. An ISO 8601 instant or date-time with offset; a "
            + "date alone means the end of that day (UTC). Not in the future.";

    private AsKnownAt() {
    }

    /** The instant, or null when the parameter is absent; 400 when it is not an instant in the past. */
    public static Instant parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = ArabicDigits.toAscii(value.strip());
        Instant at;
        try {
            at = text.length() == 10 ? LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                    .minusNanos(1) : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("asKnownAt must be an ISO 8601 instant such as 2026-03-01T09:00:00Z "
                    + "(or a date such as 2026-03-01), not '" + value + "'");
        }
        if (text.length() == 10 && at.isAfter(clock.instant()) && !LocalDate.parse(text).isAfter(
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            at = clock.instant(); // today: as known now
        }
        if (at.isAfter(clock.instant())) {
            throw ProblemException.badRequest("asKnownAt (" + value + ") is in the future: the archive can only "
                    + "answer as it was, not as it will be");
        }
        return at;
    }
}
