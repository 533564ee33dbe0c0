package io.raqib.alert;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Webhook delivery settings (prefix {@code raqib.webhooks}; README "Webhooks"). */
@ConfigMapping(prefix = "raqib.webhooks")
public interface WebhookConfig {
    /** How often the worker turns recorded events into deliveries and sends what is due (read by @Scheduled). */
    @WithDefault("2s")
    String interval();

    /** Delay before the worker's first run after start. */
    @WithDefault("5s")
    String delay();

    /** Most deliveries sent in one run (at once, each on its own connection). */
    @WithDefault("50")
    int batchSize();

    /** Time allowed to open a connection to a target. */
    @WithDefault("3s")
    Duration connectTimeout();

    /** Time allowed for a target to answer a delivery. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** Wait before the first retry of a failed delivery; doubles with each further attempt up to maxBackoff. */
    @WithDefault("30s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /** A delivery is given up (failed) after this many attempts. */
    @WithDefault("25")
    int maxAttempts();

    /** A subscription whose target has failed every attempt for this long is paused. */
    @WithDefault("24h")
    Duration pauseAfter();

    /**
     * Networks (CIDR, e.g. 10.20.0.0/16) webhooks may reach although they are loopback, private,
     * link-local or otherwise internal; none by default. Only for a receiver one runs oneself.
     */
    Optional<List<String>> allowedNetworks();

    /** Delivered and failed deliveries (with their attempt log) older than this are deleted. */
    @WithDefault("30d")
    Duration retention();

    /** How often old deliveries are purged (read by @Scheduled). */
    @WithDefault("1h")
    String purgeInterval();

    /** Deliveries deleted per transaction by the purge. */
    @WithDefault("1000")
    int purgeBatchSize();
}
