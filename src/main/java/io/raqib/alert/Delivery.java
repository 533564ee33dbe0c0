package io.raqib.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One event for one subscription. The body is fixed when the delivery is made, so every retry
 * sends the same bytes under the same signature and id.
 */
@Entity
@Table(name = "webhook_delivery")
public class Delivery extends PanacheEntityBase {
    public enum Status { PENDING, DELIVERED, FAILED }

    /** A UUID: the body's id and the X-Raqib-Delivery header, for the receiver to drop repeats. */
    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id")
    public Subscription subscription;

    @Column(nullable = false)
    public String event;

    @Column(name = "aggregate_id", nullable = false)
    public Long aggregateId;

    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** Pending deliveries of active subscriptions whose time has come, soonest first. */
    public static List<Delivery> due(Instant now, int limit) {
        return find("from Delivery d join fetch d.subscription s where d.status = ?1 and d.nextAttemptAt <= ?2"
                + " and s.status = ?3", Sort.by("d.nextAttemptAt").and("d.createdAt"), Status.PENDING, now,
                Subscription.Status.ACTIVE).page(0, limit).list();
    }

    /** Whether any delivery is due, without loading one (so a later read under the lock sees them fresh). */
    public static boolean anyDue(Instant now) {
        return count("status = ?1 and nextAttemptAt <= ?2 and subscription.status = ?3", Status.PENDING, now,
                Subscription.Status.ACTIVE) > 0;
    }

    /** A subscription's deliveries, newest first. */
    public static List<Delivery> ofSubscription(long subscriptionId, int page, int size) {
        return find("subscription.id", Sort.descending("createdAt").and("id"), subscriptionId).page(page, size).list();
    }

    public static long countOf(long subscriptionId) {
        return count("subscription.id", subscriptionId);
    }

    /** After a resume: what waited is sent at the next run. */
    public static void retryNow(long subscriptionId, Instant now) {
        update("nextAttemptAt = ?1 where subscription.id = ?2 and status = ?3", now, subscriptionId, Status.PENDING);
    }
}
