package io.raqib.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The log of one try to send a delivery: what the target answered, or why nothing came, and how long it took. */
@Entity
@Table(name = "webhook_attempt")
public class DeliveryAttempt extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id", nullable = false)
    public String deliveryId;

    @Column(nullable = false)
    public int attempt;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    /** The HTTP status the target answered; null when it did not answer. */
    @Column(name = "status_code")
    public Integer statusCode;

    @Column
    public String error;

    @Column(name = "duration_ms", nullable = false)
    public long durationMs;

    public static List<DeliveryAttempt> of(Collection<String> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        return list("deliveryId in ?1", Sort.by("deliveryId").and("attempt"), deliveryIds);
    }
}
