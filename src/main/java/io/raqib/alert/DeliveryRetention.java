package io.raqib.alert;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Keeps the delivery log for {@code raqib.webhooks.retention}: delivered and failed deliveries
 * older than that are deleted with their attempts, a batch per transaction, so the tables stay
 * bounded and no purge holds locks for long. Pending ones stay whatever their age (they are still
 * to be sent, or wait for a paused subscription to resume). Every pod runs it; each batch is taken
 * under the workers' lock row, so two pods never delete the same rows or race a worker run.
 */
@ApplicationScoped
public class DeliveryRetention {
    private static final Logger LOG = Logger.getLogger(DeliveryRetention.class);

    @Inject
    WebhookConfig config;

    @Scheduled(every = "${raqib.webhooks.purge-interval}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        try {
            long purged = purge(config.retention());
            if (purged > 0) {
                LOG.infof("webhooks: deleted %d deliveries settled more than %s ago", purged, config.retention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("webhooks: purge of old deliveries failed, retried later: %s", e.toString());
        }
    }

    /** Deletes settled deliveries created more than {@code retention} ago, with their attempts; how many. */
    public long purge(Duration retention) {
        return purge(retention, config.purgeBatchSize());
    }

    long purge(Duration retention, int batchSize) {
        Instant cutoff = Instant.now().minus(retention);
        long total = 0;
        while (true) {
            int purged = QuarkusTransaction.requiringNew().call(() -> purgeBatch(cutoff, batchSize));
            total += purged;
            if (purged < batchSize) {
                return total;
            }
        }
    }

    private static int purgeBatch(Instant cutoff, int size) {
        WorkerLock.take();
        List<String> ids = Delivery.getEntityManager().createQuery("select d.id from Delivery d where d.status in :settled"
                        + " and d.createdAt < :cutoff", String.class)
                .setParameter("settled", List.of(Delivery.Status.DELIVERED, Delivery.Status.FAILED))
                .setParameter("cutoff", cutoff).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        DeliveryAttempt.delete("deliveryId in ?1", ids);
        return (int) Delivery.delete("id in ?1", ids);
    }
}
