package io.raqib.deadline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a deadline stands. {@code postponed} and {@code superseded} come from its chain (a later
 * announcement moved the date later or earlier); otherwise it is {@code upcoming} until the last
 * day of its due period and {@code passed} after it, computed against today.
 */
public enum DeadlineStatus {
    UPCOMING, PASSED, POSTPONED, SUPERSEDED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DeadlineStatus> parse(String code) {
        for (DeadlineStatus s : values()) {
            if (s.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
