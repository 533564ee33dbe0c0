package io.raqib.deadline;

/** What a later announcement in the chain did to a deadline's date (stored; null while it stands). */
public enum Revision {
    /** A later announcement gave a later date. */
    POSTPONED,
    /** A later announcement gave an earlier date. */
    SUPERSEDED
}
