package io.raqib.alert;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

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
}
