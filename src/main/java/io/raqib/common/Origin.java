package io.raqib.common;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a claim or a deadline comes from: the extractor, or a person (never replaced by re-extraction). */
public enum Origin {
    EXTRACTED, MANUAL;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
