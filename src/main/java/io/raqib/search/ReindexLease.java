package io.raqib.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The database lock that lets one replica at a time rebuild the search indices: a lease in the
 * one-row table {@code reindex_lease}, taken with a conditional update (free, or its holder's
 * lease expired because that replica died), renewed while the rebuild runs and cleared at its end.
 * A lease rather than a lock held by an open transaction: a rebuild takes minutes, and a crashed
 * replica's lease simply runs out. Works alike on PostgreSQL and H2.
 *
 * <p>Indexers read the lease after claiming their outbox events ({@link #held()}): an event whose
 * change committed after a rebuild began is then seen together with the lease and left for the new
 * index, while every change committed before the rebuild began is read by the rebuild itself.
 */
@ApplicationScoped
public class ReindexLease {
    /** This replica, as the lease names it: host, process and a random part. */
    static final String REPLICA = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EntityManager em;

    /** Takes the lease for {@code ttl}; the holder's name when taken, or null when another replica holds it. */
    public String tryAcquire(Duration ttl) {
        String holder = REPLICA + "/" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = now();
        int taken = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "update reindex_lease set holder = ?1, started_at = ?2, expires_at = ?3"
                        + " where id = 1 and (holder is null or expires_at < ?2)")
                .setParameter(1, holder).setParameter(2, now).setParameter(3, now.plus(ttl))
                .executeUpdate());
        return taken == 1 ? holder : null;
    }

    /** Extends a held lease; false when it was lost (it expired and another replica took it). */
    public boolean renew(String holder, Duration ttl) {
        int renewed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "update reindex_lease set expires_at = ?2 where id = 1 and holder = ?1")
                .setParameter(1, holder).setParameter(2, now().plus(ttl)).executeUpdate());
        return renewed == 1;
    }

    public void release(String holder) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update reindex_lease set holder = null, started_at = null, expires_at = null where id = 1 and holder = ?1")
                .setParameter(1, holder).executeUpdate());
    }

    /** Whether a rebuild is running anywhere, read in the caller's transaction. */
    public boolean held() {
        return holder() != null;
    }

    /** The replica rebuilding the indices now, or null. */
    public String holder() {
        List<?> rows = em.createNativeQuery(
                "select holder from reindex_lease where id = 1 and holder is not null and expires_at >= ?1")
                .setParameter(1, now()).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
