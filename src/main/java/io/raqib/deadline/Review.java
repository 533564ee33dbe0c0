package io.raqib.deadline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A person's verdict on a deadline. Anything but {@code unreviewed} is a human decision that
 * re-extraction keeps; {@code rejected} deadlines stay listed but take no part in chains.
 */
public enum Review {
    UNREVIEWED, CONFIRMED, REJECTED, CORRECTED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
