package io.raqib.source;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that moves whenever a source's names may have changed in this process (an alias
 * added, moved by a merge or removed), so caches of names know to reload. It moves when the
 * change is written and again when its transaction ends, so a reader that reloaded in between
 * (and saw the uncommitted state) reloads once more. Other replicas do not see it: their caches
 * expire on their own after a short time.
 */
public final class NameChanges {
    private static final AtomicLong VERSION = new AtomicLong();

    /** The current version; a cache built at another version is stale. */
    public static long version() {
        return VERSION.get();
    }

    /** Marks the names as changed now and again when the current transaction (if any) ends. */
    public static void changed() {
        VERSION.incrementAndGet();
        if (Arc.container() == null) {
            return;
        }
        try (InstanceHandle<TransactionSynchronizationRegistry> registry =
                     Arc.container().instance(TransactionSynchronizationRegistry.class)) {
            if (registry.isAvailable() && registry.get().getTransactionStatus() == Status.STATUS_ACTIVE) {
                registry.get().registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        VERSION.incrementAndGet();
                    }
                });
            }
        }
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
