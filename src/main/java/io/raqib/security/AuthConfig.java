package io.raqib.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Authentication and abuse limits (prefix {@code raqib.auth}). */
@ConfigMapping(prefix = "raqib.auth")
public interface AuthConfig {
    /** Let callers without a key read (GET/HEAD); writes always need a key. False in prod. */
    @WithDefault("true")
    boolean anonymousRead();

    /** How long a verified key is trusted without checking bcrypt again (revocation on this node is immediate). */
    @WithDefault("60s")
    Duration keyCacheTtl();

    /** A key's last use is written at most this often. */
    @WithDefault("60s")
    Duration lastUseInterval();

    /**
     * Where the service writes, at start, a random secret that lets a local operator manage keys
     * over loopback (./raqib key). Unset: no such secret exists.
     */
    Optional<Path> bootstrapSecretFile();

    RateLimit rateLimit();

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Writes and admin actions one key may make per minute (a bucket of this size, refilled evenly). */
        @WithDefault("600")
        int perKeyPerMinute();

        /** Writes and admin actions one client address may make per minute, whatever the key. */
        @WithDefault("1200")
        int perAddressPerMinute();
    }
}
