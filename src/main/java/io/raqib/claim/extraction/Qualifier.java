package io.raqib.claim.extraction;

import java.util.Locale;

/** How the text bounds a figure; {@link #code()} is the contract's lower-case value. */
public enum Qualifier {
    EXACT, APPROX, MORE_THAN, LESS_THAN, AT_LEAST, AT_MOST, RANGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
