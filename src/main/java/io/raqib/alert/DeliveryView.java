package io.raqib.alert;

import io.raqib.common.Codes;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One event sent (or to be sent) to a subscription, with every attempt")
public record DeliveryView(
        @Schema(description = "Also the body's id and the X-Raqib-Delivery header",
                example = "5b0e8c1e-2f4a-4d8b-9a51-0c3e7f9d2a64") String id,
        @Schema(example = "claim.created") String event,
        @Schema(description = "The claim or deadline it is about", example = "42") long recordId,
        @Schema(enumeration = {"pending", "delivered", "failed"}, description = "failed: given up after the most "
                + "attempts allowed", example = "delivered") String status,
        @Schema(example = "1") int attempts,
        Instant createdAt,
        @Schema(nullable = true, description = "When a pending delivery is tried next") Instant nextAttemptAt,
        @Schema(nullable = true) Instant deliveredAt,
        List<Attempt> log) {

    @Schema(name = "WebhookAttempt", description = "One try: what the target answered, or why nothing came")
    public record Attempt(
            @Schema(example = "1") int attempt,
            Instant at,
            @Schema(nullable = true, description = "The HTTP status answered; null when none came", example = "200")
            Integer statusCode,
            @Schema(nullable = true, example = "HttpConnectTimeoutException: HTTP connect timed out") String error,
            @Schema(example = "38") long durationMs) {
        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.attempt, a.attemptedAt, a.statusCode, a.error, a.durationMs);
        }
    }

    static DeliveryView of(Delivery d, List<DeliveryAttempt> attempts) {
        return new DeliveryView(d.id, d.event, d.aggregateId, Codes.code(d.status), d.attempts, d.createdAt,
                d.status == Delivery.Status.PENDING ? d.nextAttemptAt : null, d.deliveredAt,
                attempts.stream().map(Attempt::of).toList());
    }
}
