package io.raqib.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the archive (the database) answers. In the "archive" group, which is what should gate
 * traffic: with Elasticsearch down Raqib still stores articles and answers everything but search.
 */
@HealthGroup("archive")
@Blocking // the checks query the database and Elasticsearch
@ApplicationScoped
public class ArchiveHealthCheck implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        try {
            long articles = QuarkusTransaction.requiringNew().call(() -> Article.count());
            return HealthCheckResponse.named("Archive").up().withData("articles", articles).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("Archive").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
