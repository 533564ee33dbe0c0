package io.raqib.common;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A person's verdict on a claim or a deadline. Anything but {@code unreviewed} is a human decision
 * that re-extraction keeps; rejected deadlines stay listed but take no part in chains, rejected
 * claims take no part in conflicts.
 */
public enum Review {
    UNREVIEWED, CONFIRMED, REJECTED, CORRECTED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
