package io.raqib.outbox;

import io.raqib.common.ChangeCounter;

/**
 * The version of everything this process records for the search index (every write of an article,
 * claim or source does: {@link OutboxEvent#record}), for caches of data read from the database.
 * Other replicas do not see it: their caches expire on their own after a short time.
 */
public final class RecordedChanges {
    private static final ChangeCounter COUNTER = new ChangeCounter();

    private RecordedChanges() {
    }

    /** The current version; anything read at another version may be stale. */
    public static long version() {
        return COUNTER.version();
    }

    /** Marks the data as changed now and again when the current transaction (if any) ends. */
    public static void changed() {
        COUNTER.changed();
    }
}
