package io.raqib.changes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.raqib.common.FeedPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.List;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Gives committed rows of change_feed their place in the feed. Why not the identity id: two
 * transactions take ids in the order they write, but may commit in the other order, so a reader who
 * saw id 11 (committed) and not yet id 10 (in flight) would skip 10 for ever once its cursor is 11.
 *
 * <p>A pass locks the sequencer row (so passes on all replicas run one after another), reads the rows
 * without a number — only committed rows are visible to it — numbers them after the last number given,
 * in id order, and commits. Each pass commits its numbers at once and starts after the previous one
 * committed, so a reader always sees numbers 1..n without holes, and any row that commits later is
 * numbered after all of them: reading {@code seq > cursor} resumes with no gap and no repeat.
 *
 * <p>Each pass also tells {@link FeedPosition} the last number given (by whichever replica), so this
 * process's caches learn of every replica's committed writes within a pass or two.
 */
@ApplicationScoped
public class ChangeSequencer {
    private static final Logger LOG = Logger.getLogger(ChangeSequencer.class);
    private static final int PASS_SIZE = 2000;

    @Inject
    EntityManager em;

    @Scheduled(every = "${raqib.changes.sequence-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPass() {
        try {
            while (pass() == PASS_SIZE) {
                // a backlog: keep numbering
            }
        } catch (RuntimeException e) {
            LOG.warnf("changes feed: numbering failed, retried at the next pass: %s", e.getMessage());
        }
    }

    /** Numbers the committed rows that have no number yet; returns how many. */
    public int pass() {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select last_seq from change_feed_sequencer where id = 1 for update").getResultList();
            // a statement of its own after the lock: it sees the number the previous pass committed
            long last = ((Number) em.createNativeQuery("select last_seq from change_feed_sequencer where id = 1")
                    .getSingleResult()).longValue();
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select id from change_feed where seq is null order by id limit ?1")
                    .setParameter(1, PASS_SIZE).getResultList();
            if (ids.isEmpty()) {
                FeedPosition.read(last);
                return 0;
            }
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement number = connection.prepareStatement("update change_feed set seq = ? where id = ?")) {
                    long seq = last;
                    for (Number id : ids) {
                        number.setLong(1, ++seq);
                        number.setLong(2, id.longValue());
                        number.addBatch();
                    }
                    number.executeBatch();
                }
            });
            em.createNativeQuery("update change_feed_sequencer set last_seq = ?1 where id = 1")
                    .setParameter(1, last + ids.size()).executeUpdate();
            // the rows numbered were committed before this pass saw them: caches may read their changes now
            FeedPosition.read(last + ids.size());
            return ids.size();
        });
    }
}
