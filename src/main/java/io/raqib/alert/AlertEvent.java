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
import java.util.List;

/**
 * Something subscribers may want to hear of, recorded by {@link AlertRecorder} in the transaction
 * of the write that caused it, and turned into deliveries by {@link FanOut}.
 */
@Entity
@Table(name = "alert_event")
public class AlertEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String event;

    /** The claim or deadline the event is about. */
    @Column(name = "aggregate_id", nullable = false)
    public Long aggregateId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public static List<AlertEvent> oldest(int limit) {
        return findAll(Sort.by("id")).page(0, limit).list();
    }
}
