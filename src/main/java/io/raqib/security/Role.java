package io.raqib.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a caller may do. Each role includes the ones before it: an editor reads, an admin edits.
 * The path policies in application.properties name every role that is enough for a rule, so the
 * order holds for API keys and for OIDC tokens alike.
 */
public enum Role {
    /** Reads everything (needed only when anonymous reads are off). */
    READER,
    /** Writes articles, claims and deadlines; reviews claims. */
    EDITOR,
    /** Reindexes, re-extracts, merges sources, manages keys, reads the outbox and metrics. */
    ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
