package io.raqib.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.raqib.claim.Claim;
import io.raqib.claim.ClaimService;
import io.raqib.claim.ClaimView;
import io.raqib.claim.Conflict;
import io.raqib.claim.ConflictOpenings;
import io.raqib.deadline.Deadline;
import io.raqib.deadline.DeadlineService;
import io.raqib.deadline.DeadlineView;
import io.raqib.deadline.DeadlineStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns recorded events into deliveries, one per subscription that wants the event and whose filter
 * the record passes, each with its body fixed now: {event, id, at, data}. The record is read as it
 * stands at fan-out (a claim deleted meanwhile is nobody's news), and conflict.opened is worked out
 * here, after the write, from each new claim. Runs in the worker's transaction.
 */
@ApplicationScoped
public class FanOut {
    @Inject
    ClaimService claims;

    @Inject
    DeadlineService deadlines;

    @Inject
    ConflictOpenings conflicts;

    @Inject
    ObjectMapper json;

    /** Fans out up to {@code limit} events; answers how many were handled. */
    public int run(int limit) {
        WorkerLock.take();
        List<AlertEvent> events = AlertEvent.oldest(limit);
        if (events.isEmpty()) {
            return 0;
        }
        List<Subscription> subscriptions = Subscription.active();
        for (AlertEvent event : events) {
            EventType.of(event.event).ifPresent(type -> fanOut(type, event, subscriptions));
            event.delete();
        }
        return events.size();
    }

    private void fanOut(EventType type, AlertEvent event, List<Subscription> subscriptions) {
        if (subscriptions.stream().noneMatch(s -> s.wants(type)
                || (type == EventType.CLAIM_CREATED && s.wants(EventType.CONFLICT_OPENED)))) {
            return;
        }
        switch (type) {
            case CLAIM_CREATED, CLAIM_REVIEWED -> claim(event.aggregateId).ifPresent(c -> {
                deliver(type, event, c, c.force(), c.country(), c.kind(), true, subscriptions);
                if (type == EventType.CLAIM_CREATED
                        && subscriptions.stream().anyMatch(s -> s.wants(EventType.CONFLICT_OPENED))) {
                    conflicts.openedBy(c.id()).ifPresent(conflict -> deliver(EventType.CONFLICT_OPENED, event,
                            conflict, conflict.force(), conflict.country(), conflict.kind(), true, subscriptions));
                }
            });
            case DEADLINE_CREATED -> deadline(event.aggregateId).ifPresent(d ->
                    deliver(type, event, d, d.force(), d.country(), null, false, subscriptions));
            case DEADLINE_POSTPONED -> deadline(event.aggregateId)
                    .filter(d -> d.status() == DeadlineStatus.POSTPONED)
                    .ifPresent(d -> deliver(type, event, d, d.force(), d.country(), null, false, subscriptions));
            default -> {
            }
        }
    }

    private void deliver(EventType type, AlertEvent event, Object data, String force, String country, String kind,
                         boolean hasKind, List<Subscription> subscriptions) {
        for (Subscription s : subscriptions) {
            if (!s.wants(type) || !s.accepts(force, country, kind, hasKind)) {
                continue;
            }
            Delivery d = new Delivery();
            d.id = UUID.randomUUID().toString();
            d.subscription = s;
            d.event = type.code;
            d.aggregateId = event.aggregateId;
            d.payload = body(type, d.id, event.occurredAt, data);
            d.status = Delivery.Status.PENDING;
            d.createdAt = Instant.now();
            d.nextAttemptAt = d.createdAt;
            d.persist();
        }
    }

    private String body(EventType type, String id, Instant at, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", type.code);
        body.put("id", id);
        body.put("at", at);
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the " + type.code + " delivery", e);
        }
    }

    /** Read only when it still exists: a missing record's 404 would mark the worker's transaction for rollback. */
    private Optional<ClaimView> claim(long id) {
        return Claim.findByIdOptional(id).isPresent() ? Optional.of(claims.get(id)) : Optional.empty();
    }

    private Optional<DeadlineView> deadline(long id) {
        return Deadline.findByIdOptional(id).isPresent() ? Optional.of(deadlines.get(id)) : Optional.empty();
    }
}
