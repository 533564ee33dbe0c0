package io.raqib.alert;

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
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A webhook: where to send which events, with the secret that signs them, and whether it is paused. */
@Entity
@Table(name = "webhook_subscription")
public class Subscription extends PanacheEntityBase {
    public enum Status { ACTIVE, PAUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String url;

    /** Never shown: it signs the deliveries. */
    @Column(nullable = false)
    public String secret;

    /** Event codes, comma-separated. */
    @Column(nullable = false)
    public String events;

    @Column(name = "filter_force")
    public String filterForce;

    @Column(name = "filter_country")
    public String filterCountry;

    @Column(name = "filter_kind")
    public String filterKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "paused_reason")
    public String pausedReason;

    @Column(name = "paused_at")
    public Instant pausedAt;

    /** The first failed attempt since the last success; null while the target answers. */
    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "last_success_at")
    public Instant lastSuccessAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Set<EventType> eventTypes() {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Arrays.stream(events.split(",")).map(EventType::of).forEach(t -> t.ifPresent(types::add));
        return types;
    }

    public void eventTypes(Collection<EventType> types) {
        events = types.stream().sorted().map(t -> t.code).collect(Collectors.joining(","));
    }

    public boolean wants(EventType type) {
        return status == Status.ACTIVE && eventTypes().contains(type);
    }

    /** Whether a record with these values passes the filter; a kind filter does not apply to what has no kind. */
    public boolean accepts(String force, String country, String kind, boolean hasKind) {
        return (filterForce == null || filterForce.equals(force))
                && (filterCountry == null || filterCountry.equals(country))
                && (filterKind == null || !hasKind || filterKind.equals(kind));
    }

    public void pause(String reason, Instant at) {
        status = Status.PAUSED;
        pausedReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        pausedAt = at;
        updatedAt = at;
    }

    public void resume(Instant at) {
        status = Status.ACTIVE;
        pausedReason = null;
        pausedAt = null;
        failingSince = null;
        updatedAt = at;
    }

    public static List<Subscription> active() {
        return list("status", Sort.by("id"), Status.ACTIVE);
    }

    /** The events some active subscription wants, as recorded with the writes. */
    public static Set<EventType> recordedEvents() {
        Set<EventType> wanted = EnumSet.noneOf(EventType.class);
        for (Subscription s : active()) {
            s.eventTypes().forEach(t -> wanted.add(t.recordedAs()));
        }
        return wanted;
    }
}
