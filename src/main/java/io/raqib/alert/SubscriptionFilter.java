package io.raqib.alert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubscriptionFilter", description = "Only records matching every field given are delivered. kind applies "
        + "to claims and conflicts; deadlines have none, so they pass a kind filter on force and country alone.")
public record SubscriptionFilter(
        @Schema(nullable = true, description = "A force code", example = "US") String force,
        @Schema(nullable = true, description = "ISO 3166-1 alpha-2", example = "SY") String country,
        @Schema(nullable = true, enumeration = {"presence", "deployment", "withdrawal", "target", "casualties", "detained",
                "transfer", "other"}, example = "presence") String kind) {
    static final SubscriptionFilter NONE = new SubscriptionFilter(null, null, null);
}
