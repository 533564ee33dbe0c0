package io.raqib.search;

import io.raqib.outbox.OutboxEvent;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Elasticsearch, reported on its own in readiness (cluster health, since this distribution has
 * no {@code GET /}), with the outbox backlog. It is also in the "search" group: an operator can
 * gate traffic on {@code /q/health/group/archive} (database only) to keep writes flowing while
 * search is down, as the design intends.
 */
@Readiness
@HealthGroup("search")
@Blocking // the checks query the database and Elasticsearch
@ApplicationScoped
public class ElasticsearchHealthCheck implements HealthCheck {
    @Inject
    ElasticsearchClient client;

    @Inject
    OutboxIndexer indexer;

    @Inject
    SearchIndex index;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("Elasticsearch");
        try {
            long pending = QuarkusTransaction.requiringNew().call(OutboxEvent::pending);
            builder.withData("outboxPending", pending);
        } catch (Exception e) {
            builder.withData("outboxPending", "unknown");
        }
        try {
            HealthResponse health = client.cluster().health(h -> h.timeout(t -> t.time("2s")));
            builder.withData("cluster", health.clusterName()).withData("status", health.status().jsonValue());
            if (health.status() == HealthStatus.Red) {
                return builder.down().build();
            }
        } catch (Exception e) {
            builder.withData("error", e.getClass().getSimpleName());
            if (indexer.lastFailure() != null) {
                builder.withData("indexer", indexer.lastFailure());
            }
            return builder.down().build();
        }
        // Ready for search only once the aliases are there: the first probe after start makes sure of
        // them (creating a missing index) instead of waiting for the indexer's first run.
        try {
            index.ensureExists();
            return builder.withData("index", "ready").up().build();
        } catch (Exception e) {
            builder.withData("index", "not usable: " + e.getClass().getSimpleName());
            if (indexer.lastFailure() != null) {
                builder.withData("indexer", indexer.lastFailure());
            }
            return builder.down().build();
        }
    }
}
