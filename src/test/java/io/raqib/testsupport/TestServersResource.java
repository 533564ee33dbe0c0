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

    /** System property holding the port of the cuttable link to Elasticsearch (one per JVM). */
    static final String PROXY_PORT = "raqibtest.elasticsearch.proxy-port";

    @Override
    public Map<String, String> start() {
        TestServers servers = TestServers.get();
        return Map.of(
                "quarkus.datasource.jdbc.url", servers.jdbcUrl(),
                "quarkus.datasource.username", servers.username(),
                "quarkus.datasource.password", servers.password(),
                "quarkus.elasticsearch.hosts", "127.0.0.1:" + proxyPort(servers.elasticsearchHosts()),
                // where the service writes the secret TestKeys creates the suite's API keys with
                "raqib.auth.bootstrap-secret-file", TestKeys.bootstrapSecretFile().toString());
    }

    /**
     * The service talks to Elasticsearch through a {@link TcpProxy} so that a test can cut the
     * link (an outage) and restore it. Started once per JVM; its port is kept in a system
     * property because this class may be loaded by more than one class loader.
     */
    private static synchronized int proxyPort(String elasticsearchHosts) {
        String known = System.getProperty(PROXY_PORT);
        if (known != null) {
            return Integer.parseInt(known);
        }
        String hostPort = elasticsearchHosts.split(",")[0].strip();
        int colon = hostPort.lastIndexOf(':');
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            int port = probe.getLocalPort();
            probe.close();
            new TcpProxy(port, hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1))).start();
            System.setProperty(PROXY_PORT, Integer.toString(port));
            return port;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot start the Elasticsearch test proxy", e);
        }
    }

    @Override
    public void stop() {
        // shared across test classes: stopped at the end of the JUnit session
    }
}
