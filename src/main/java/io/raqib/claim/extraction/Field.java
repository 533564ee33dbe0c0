package io.raqib.claim.extraction;

import java.util.Locale;

/** The article field a figure was found in. */
public enum Field {
    TITLE, BODY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
