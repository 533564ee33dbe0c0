package io.raqib.outbox;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that moves whenever this process records a change for the search index (every write of
 * an article, claim or source does: {@link OutboxEvent#record}), when it is written and again when
 * its transaction ends, so a cache of data read from the database knows to read again, and a reader
 * that read between the write and the commit (and saw the old state) reads once more. Other
 * replicas do not see it: their caches expire on their own after a short time.
 */
public final class RecordedChanges {
    private static final AtomicLong VERSION = new AtomicLong();
    /** One synchronization per transaction, however many changes it records. */
    private static final Object REGISTERED = new Object();

    private RecordedChanges() {
    }

    /** The current version; anything read at another version may be stale. */
    public static long version() {
        return VERSION.get();
    }

    /** Marks the data as changed now and again when the current transaction (if any) ends. */
    public static void changed() {
        VERSION.incrementAndGet();
        if (Arc.container() == null) {
            return;
        }
        try (InstanceHandle<TransactionSynchronizationRegistry> registry =
                     Arc.container().instance(TransactionSynchronizationRegistry.class)) {
            if (registry.isAvailable()) {
                againAtTheEnd(registry.get());
            }
        }
    }

    private static void againAtTheEnd(TransactionSynchronizationRegistry transactions) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE || transactions.getResource(REGISTERED) != null) {
            return;
        }
        transactions.putResource(REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
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
