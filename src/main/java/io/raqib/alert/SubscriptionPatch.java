package io.raqib.alert;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription's changeable fields: the values a merge patch is merged into, and the shape of a PATCH body. */
@Schema(name = "SubscriptionPatch", description = "JSON merge patch (RFC 7396): fields left out stay; inside filter, "
        + "null removes a condition. Pausing and resuming are POST /subscriptions/{id}/pause and /resume.")
public record SubscriptionPatch(
        @Schema(nullable = true, example = "https://desk.example.org/hooks/raqib-v2") String url,
        @Schema(nullable = true, writeOnly = true, example = "a-new-secret-for-the-desk-2026") String secret,
        @Schema(nullable = true, example = "[\"deadline.created\", \"deadline.postponed\"]") List<String> events,
        @Schema(nullable = true) SubscriptionFilter filter) {
    static final List<String> FIELDS = List.of("url", "secret", "events", "filter");

    static SubscriptionPatch of(Subscription s) {
        return new SubscriptionPatch(s.url, s.secret, s.eventTypes().stream().map(t -> t.code).toList(),
                new SubscriptionFilter(s.filterForce, s.filterCountry, s.filterKind));
    }
}
