package io.raqib.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Runs a {@link RetriedOnConflict} write in a new transaction, flushes it before commit so a lost
 * race shows up here rather than as a failed commit, and runs it again in a fresh transaction,
 * after a short random pause, when it lost one. The second run sees the winner's data: a
 * duplicate article is then found and answered, a new outlet is reused, an If-Match that no
 * longer holds answers 412. Placed outside the service's own @Transactional (lower priority).
 * Called inside a transaction that is already running, it leaves the caller in charge.
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryOnConflictInterceptor {
    private static final Logger LOG = Logger.getLogger(RetryOnConflictInterceptor.class);
    static final int ATTEMPTS = 8;

    @Inject
    EntityManager em;

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object retry(InvocationContext call) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    Object result = call.proceed();
                    em.flush();
                    return result;
                });
            } catch (Exception e) {
                Throwable failure = e instanceof io.quarkus.narayana.jta.QuarkusTransactionException && e.getCause() != null
                        ? e.getCause() : e;
                Optional<LostRace> race = LostRace.of(failure);
                if (race.isEmpty()) {
                    throw failure instanceof Exception checked ? checked : e;
                }
                if (attempt >= ATTEMPTS) {
                    LOG.warnf("%s gave up after %d attempts: %s", call.getMethod().getName(), attempt, race.get());
                    throw race.get().problem();
                }
                LOG.debugf("%s lost a race (%s), attempt %d", call.getMethod().getName(), race.get(), attempt);
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
            }
        }
    }
}
