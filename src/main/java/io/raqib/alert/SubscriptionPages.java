package io.raqib.alert;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list envelopes of this package, named for the contract. */
final class SubscriptionPages {
    private SubscriptionPages() {
    }

    @Schema(name = "SubscriptionPage", description = "A page of subscriptions: {items, total, page, size}")
    record Subscriptions(List<SubscriptionView> items, @Schema(example = "2") long total,
                         @Schema(example = "0") int page, @Schema(example = "20") int size) {
    }

    @Schema(name = "WebhookDeliveryPage", description = "A page of a subscription's deliveries, newest first")
    record Deliveries(List<DeliveryView> items, @Schema(example = "12") long total,
                      @Schema(example = "0") int page, @Schema(example = "20") int size) {
    }
}
