package io.raqib.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A version that moves whenever some data changes in this process, once when the change is written
 * and again when its transaction ends, so a cache built from the database knows to read again, and
 * a reader that read between the write and the commit (and saw the old state) reads once more.
 * Other replicas do not see it: their caches must expire on their own.
 */
public final class ChangeCounter {
    private final AtomicLong version = new AtomicLong();
    /** The key under which a transaction holds this counter's one synchronization. */
    private final Object registered = new Object();

    /** The current version; anything read at another version may be stale. */
    public long version() {
        return version.get();
    }

    /** Marks the data as changed now and again when the current transaction (if any) ends. */
    public void changed() {
        version.incrementAndGet();
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

    /** One synchronization per transaction, however many changes it writes. */
    private void againAtTheEnd(TransactionSynchronizationRegistry transactions) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE || transactions.getResource(registered) != null) {
            return;
        }
        transactions.putResource(registered, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                version.incrementAndGet();
            }
        });
    }
}
