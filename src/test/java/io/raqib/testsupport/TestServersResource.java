package io.raqib.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a Quarkus test at the shared {@link TestServers} (throwaway PostgreSQL and Elasticsearch,
 * started once per test JVM, stopped at the end of the JUnit session).
 *
 * <p>Use it on every {@code @QuarkusTest} / {@code @QuarkusIntegrationTest} class that needs the
 * database or the index:
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
 * class ArticleResourceTest { ... }
 * }</pre>
 *
 * ({@code io.quarkus.test.common.WithTestResource}, {@code io.quarkus.test.common.TestResourceScope}).
 * {@code scope = GLOBAL} is what the older {@code @QuarkusTestResource(value = TestServersResource.class,
 * restrictToAnnotatedClass = false)} means (and that annotation still works in Quarkus 3.34): the
 * resource applies to the whole test run, so Quarkus starts the application once and does not
 * restart it between classes. Do not use the default scope ({@code MATCHING_RESOURCES}) or
 * {@code RESTRICTED_TO_CLASS}: they make Quarkus restart the application around such classes (the
 * servers themselves would still be shared, but each restart costs seconds).
 *
 * <p>{@link #stop()} does nothing on purpose: Quarkus calls it whenever it restarts the application,
 * but the servers are shared by every test class of the JVM and are stopped by
 * {@link TestServersSessionListener} when the JUnit session closes.
 */
public class TestServersResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestServers servers = TestServers.get();
        return Map.of(
                "quarkus.datasource.jdbc.url", servers.jdbcUrl(),
                "quarkus.datasource.username", servers.username(),
                "quarkus.datasource.password", servers.password(),
                "quarkus.elasticsearch.hosts", servers.elasticsearchHosts());
    }

    @Override
    public void stop() {
        // shared across test classes: stopped at the end of the JUnit session
    }
}
