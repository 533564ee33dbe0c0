package io.raqib.security;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key as listed: everything but the key, which is shown once, at creation. */
@Schema(name = "ApiKey")
public record KeyView(
        @Schema(example = "newsroom-desk") String name,
        @Schema(enumeration = {"reader", "editor", "admin"}, example = "editor") String role,
        Instant createdAt,
        @Schema(description = "Last request made with the key (written at most once a minute); null if never used")
        Instant lastUsedAt,
        @Schema(description = "When the key was revoked; null while it is active") Instant revokedAt,
        boolean active) {

    static KeyView of(ApiKey key) {
        return new KeyView(key.name, key.role.code(), key.createdAt, key.lastUsedAt, key.revokedAt, !key.revoked());
    }

    /** One tab-separated line, for the text/plain listing ./raqib key list prints. */
    String line() {
        return name + "\t" + role + "\t" + createdAt + "\t" + (lastUsedAt == null ? "-" : lastUsedAt) + "\t"
                + (revokedAt == null ? "active" : "revoked " + revokedAt);
    }
}
