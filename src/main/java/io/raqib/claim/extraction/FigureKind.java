package io.raqib.claim.extraction;

import java.util.Locale;

/** What a figure counts; {@link #code()} is the contract's lower-case value. */
public enum FigureKind {
    /** How many are there. */
    PRESENCE,
    /** Sent in addition. */
    DEPLOYMENT,
    /** Leaving, or reduced by. */
    WITHDRAWAL,
    /** A planned future level. */
    TARGET,
    CASUALTIES,
    DETAINED,
    /** Handed over or moved across a border. */
    TRANSFER,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
