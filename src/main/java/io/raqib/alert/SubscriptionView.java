package io.raqib.alert;

import io.raqib.common.Codes;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Subscription", description = "A webhook as stored; the secret is never shown")
public record SubscriptionView(
        @Schema(example = "3") Long id,
        @Schema(example = "https://desk.example.org/hooks/raqib") String url,
        @Schema(example = "[\"claim.created\", \"conflict.opened\"]") List<String> events,
        SubscriptionFilter filter,
        @Schema(enumeration = {"active", "paused"}, example = "active") String status,
        @Schema(nullable = true, description = "Why it is paused: by whom, or since when its target has failed",
                example = "the target has failed every delivery since 2026-03-01T08:00:00Z; the last attempt: HTTP 503")
        String pausedReason,
        @Schema(nullable = true) Instant pausedAt,
        @Schema(nullable = true, description = "The first failed attempt since the target last answered 2xx")
        Instant failingSince,
        @Schema(nullable = true) Instant lastSuccessAt,
        @Schema(description = "Deliveries waiting to be sent or retried", example = "0") long pending,
        @Schema(description = "The key (or token subject) that made it", example = "newsroom-desk") String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.id, s.url, s.eventTypes().stream().map(t -> t.code).toList(),
                new SubscriptionFilter(s.filterForce, s.filterCountry, s.filterKind), Codes.code(s.status),
                s.pausedReason, s.pausedAt, s.failingSince, s.lastSuccessAt,
                Delivery.count("subscription.id = ?1 and status = ?2", s.id, Delivery.Status.PENDING),
                s.createdBy, s.createdAt, s.updatedAt);
    }
}
