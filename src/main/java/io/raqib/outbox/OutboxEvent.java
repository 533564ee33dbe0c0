package io.raqib.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A change still to be sent to the search index. Written in the same transaction as the
 * change itself, so that an Elasticsearch outage delays the index but never loses a write.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
    public enum Operation { UPSERT, DELETE }

    @Id
    // blocks of ids (V12): inserts go in JDBC batches, where identity ids need one round trip per row
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_seq")
    @jakarta.persistence.SequenceGenerator(name = "outbox_event_seq", sequenceName = "outbox_event_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String aggregate;

    @Column(name = "aggregate_id", nullable = false)
    public Long aggregateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Operation operation;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    public static void record(String aggregate, Long id, Operation operation) {
        OutboxEvent event = new OutboxEvent();
        event.aggregate = aggregate;
        event.aggregateId = id;
        event.operation = operation;
        event.createdAt = Instant.now();
        event.nextAttemptAt = event.createdAt;
        event.persist();
    }

    /** Moves whenever this process records a change, so an idle indexer knows to poll again. */
    private static final java.util.concurrent.atomic.AtomicLong RECORDED = new java.util.concurrent.atomic.AtomicLong();

    @jakarta.persistence.PostPersist
    void recorded() {
        RECORDED.incrementAndGet();
        RecordedChanges.changed();
    }

    /** How many changes this process has recorded so far. */
    public static long recordedCount() {
        return RECORDED.get();
    }

    public static List<OutboxEvent> due(Instant now, int limit) {
        return find("nextAttemptAt <= ?1", Sort.by("id"), now).page(0, limit).list();
    }

    /**
     * The due events, locked until the caller's transaction ends; rows another replica's indexer has
     * locked are skipped rather than waited for, so two replicas never send the same change twice
     * (PostgreSQL, and H2 since 2.2, both know {@code FOR UPDATE SKIP LOCKED}).
     */
    @SuppressWarnings("unchecked")
    public static List<OutboxEvent> claimDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("select * from outbox_event where next_attempt_at <= ?1"
                        + " order by id limit ?2 for update skip locked", OutboxEvent.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }

    public static long pending() {
        return count();
    }

    public static Instant oldestCreatedAt() {
        return find("from OutboxEvent", Sort.by("id")).<OutboxEvent>firstResultOptional()
                .map(e -> e.createdAt).orElse(null);
    }
}
