package io.raqib.source;

import io.raqib.common.ChangeCounter;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The version of the sources' names in this process (an alias added, moved by a merge or removed),
 * so caches of names know to reload. Other replicas do not see it: their caches expire on their own
 * after a short time.
 */
public final class NameChanges {
    private static final ChangeCounter COUNTER = new ChangeCounter();

    private NameChanges() {
    }

    /** The current version; a cache built at another version is stale. */
    public static long version() {
        return COUNTER.version();
    }

    /** Marks the names as changed now and again when the current transaction (if any) ends. */
    public static void changed() {
        COUNTER.changed();
    }

    /** The JPA listener on {@link SourceAlias}. */
    public static class Listener {
        @PostPersist
        @PostUpdate
        @PostRemove
        void written(SourceAlias alias) {
            changed();
        }
    }
}
