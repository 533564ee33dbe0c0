package io.raqib.alert;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubscriptionInput", description = "A webhook: Raqib POSTs each event it asks for to url, signed with "
        + "secret (X-Raqib-Signature: sha256=<hex HMAC-SHA256 of the body>).")
public record SubscriptionInput(
        @NotNull(message = "url is required") @Size(max = 2000, message = "url must be at most 2000 characters")
        @Schema(required = true, description = "An absolute http or https URL without credentials, on a public address "
                + "(not loopback, private, link-local or cloud metadata, multicast or unspecified, however written)", example = "https://desk.example.org/hooks/raqib")
        String url,
        @NotNull(message = "secret is required")
        @Size(min = Subscriptions.SECRET_MIN, max = Subscriptions.SECRET_MAX, message = "secret must be 16 to 256 characters")
        @Schema(required = true, writeOnly = true, minLength = 16, maxLength = 256,
                description = "Signs every delivery; stored, never shown again", example = "s3cr3t-of-the-news-desk-2026")
        String secret,
        @NotEmpty(message = "events must name at least one event")
        @Schema(required = true, description = "What to be told about: claim.created, claim.reviewed, deadline.created, "
                + "deadline.postponed, conflict.opened", example = "[\"claim.created\", \"conflict.opened\"]")
        List<String> events,
        @Schema(nullable = true) SubscriptionFilter filter) {
}
