package io.raqib.search;

import io.raqib.config.RaqibConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.RestClient;

/**
 * While the indexer backs off after an outage, a cheap cluster-health request (short timeouts,
 * at most one per probe interval) tells it the node is back, so the index catches up within
 * seconds of the node's return instead of after the whole, doubled, back-off.
 */
@ApplicationScoped
public class NodeProbe {
    @Inject
    RestClient client;

    @Inject
    RaqibConfig config;

    private volatile Instant nextProbe = Instant.EPOCH;

    /** True when the node answered; false when it did not, or when it is not yet time to ask again. */
    public boolean nodeIsBack() {
        Instant now = Instant.now();
        if (now.isBefore(nextProbe)) {
            return false;
        }
        nextProbe = now.plus(config.indexer().probeInterval());
        int timeout = (int) Math.min(2000, config.indexer().probeInterval().toMillis());
        Request health = new Request("GET", "/_cluster/health");
        health.setOptions(RequestOptions.DEFAULT.toBuilder().setRequestConfig(RequestConfig.custom()
                .setConnectTimeout(timeout).setSocketTimeout(timeout).build()));
        try {
            return client.performRequest(health).getStatusLine().getStatusCode() == 200;
        } catch (Exception unreachable) {
            return false;
        }
    }
}
