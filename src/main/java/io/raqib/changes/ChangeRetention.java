package io.raqib.changes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.raqib.config.RaqibConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Keeps deletions in the feed for {@code raqib.changes.retention}, then drops them with every earlier
 * row of the same record (a deleted record has nothing left to sync). Rows of live records stay, so
 * reading the feed from the start still lists the whole archive. The highest number dropped and the
 * number of purges are kept: a client whose cursor was given before this purge and is below that
 * number may have missed a deletion, and is told so (410) rather than given a feed with a hole.
 */
@ApplicationScoped
public class ChangeRetention {
    private static final Logger LOG = Logger.getLogger(ChangeRetention.class);

    @Inject
    EntityManager em;

    @Inject
    RaqibConfig config;

    @Scheduled(every = "${raqib.changes.purge-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        try {
            int purged = purge(config.changes().retention());
            if (purged > 0) {
                LOG.infof("changes feed: dropped %d rows of records deleted more than %s ago", purged,
                        config.changes().retention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("changes feed: purge failed, retried later: %s", e.getMessage());
        }
    }

    /** Drops numbered rows of records deleted more than {@code retention} ago; returns how many. */
    public int purge(Duration retention) {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(retention);
        return QuarkusTransaction.requiringNew().call(() -> {
            // the sequencer's lock: purged_through only grows, and never races a numbering pass
            em.createNativeQuery("select last_seq from change_feed_sequencer where id = 1 for update").getResultList();
            String expired = " from change_feed where seq is not null and exists (select 1 from change_feed d"
                    + " where d.entity = change_feed.entity and d.entity_id = change_feed.entity_id"
                    + " and d.op = 'delete' and d.seq is not null and d.changed_at < ?1 and d.seq >= change_feed.seq)";
            Number highest = (Number) em.createNativeQuery("select max(seq)" + expired)
                    .setParameter(1, cutoff).getSingleResult();
            if (highest == null) {
                return 0;
            }
            int purged = em.createNativeQuery("delete" + expired).setParameter(1, cutoff).executeUpdate();
            em.createNativeQuery("update change_feed_sequencer set purges = purges + 1,"
                            + " purged_through = case when purged_through < ?1 then ?1 else purged_through end where id = 1")
                    .setParameter(1, highest.longValue()).executeUpdate();
            return purged;
        });
    }
}
