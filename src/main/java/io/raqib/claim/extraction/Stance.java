package io.raqib.claim.extraction;

import java.util.Locale;

/** Whether the sentence asserts the figure or reports a denial of it. */
public enum Stance {
    ASSERTED, DENIED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
