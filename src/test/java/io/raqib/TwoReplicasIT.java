package io.raqib;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestKeys;
import io.raqib.testsupport.TestServers;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas, one truth: the packaged application (started by the suite) and a second copy of the
 * same jar, started here against the same PostgreSQL and Elasticsearch. Writers on both create,
 * change, review and delete articles and claims at once; once the shared outbox is drained the index
 * holds exactly the database's articles and claims, each as last written (title and updatedAt), and
 * a reindex on one replica while the other is asked for one answers 409 there.
 */
@QuarkusIntegrationTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class TwoReplicasIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLES = "raqib-articles";
    private static final String CLAIMS = "raqib-claims";
    private static Process second;
    /** Stands for the replica the suite started, wherever RestAssured was told it listens. */
    private static final int FIRST = -1;

    @BeforeEach
    void authenticate() {
        TestKeys.install();
    }

    @AfterAll
    static void stopSecond() throws InterruptedException {
        if (second != null) {
            second.destroy();
            if (!second.waitFor(20, TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
    }

    @Test
    void concurrentWritersOnTwoReplicasLeaveTheIndexEqualToTheDatabase() throws Exception {
        int[] ports = {FIRST, startSecondReplica()};
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            work.add(pool.submit(() -> write(writer, ports[writer % 2], ports[(writer + 1) % 2], 5)));
        }
        for (Future<?> f : work) {
            f.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();

        awaitDrained(ports[0]);
        elasticsearch("POST", "/" + ARTICLES + "," + CLAIMS + "/_refresh");
        assertThat(indexed(ARTICLES, "title")).as("articles: index = database")
                .isEqualTo(database("select id, title, updated_at from article"));
        assertThat(indexed(CLAIMS, "articleId")).as("claims: index = database")
                .isEqualTo(database("select id, article_id, updated_at from claim"));
    }

    @Test
    void oneReindexAtATimeAcrossReplicas() throws Exception {
        int other = startSecondReplica();
        List<Future<Integer>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int port : new int[] {FIRST, other}) {
            answers.add(pool.submit(() -> at(port).when().post("/admin/reindex").then().extract().statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        // both may succeed one after the other when the first is done before the second asks
        assertThat(statuses).contains(200).allMatch(s -> s == 200 || s == 409);
        at(other).when().post("/admin/reindex").then().statusCode(200);
    }

    /** Creates articles on one replica, reviews their claims on the other, changes and deletes some. */
    private static void write(int writer, int port, int otherPort, int count) {
        for (int i = 0; i < count; i++) {
            String marker = "نسختان" + writer + "x" + i + "x" + System.nanoTime();
            long id = at(port).contentType(ContentType.JSON).body(Map.of(
                            "title", "خبر من نسختين " + marker,
                            "body", "قال مسؤول إن نحو 900 جندي أمريكي ما زالوا في سوريا. " + marker))
                    .when().post("/articles").then().statusCode(201).extract().<Number>path("id").longValue();
            List<Number> claims = at(otherPort).when().get("/articles/" + id + "/claims")
                    .then().statusCode(200).extract().path("items.id");
            for (Number claim : claims) {
                at(otherPort).contentType("application/merge-patch+json").body("{\"review\":\"confirmed\"}")
                        .when().patch("/claims/" + claim).then().statusCode(200);
            }
            at(otherPort).contentType(ContentType.JSON).body(Map.of(
                            "title", "خبر من نسختين معدل " + marker,
                            "body", "قال مسؤول إن نحو 1200 جندي أمريكي ما زالوا في سوريا. " + marker))
                    .when().put("/articles/" + id).then().statusCode(200);
            if (i % 3 == 2) {
                at(port).when().delete("/articles/" + id).then().statusCode(204);
            }
        }
    }

    /** A request to one replica: {@link #FIRST} is the one the suite started (RestAssured's own settings). */
    private static io.restassured.specification.RequestSpecification at(int port) {
        return port == FIRST ? given() : given().baseUri("http://127.0.0.1").port(port);
    }

    private static void awaitDrained(int port) {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            int pending = at(port).when().get("/admin/outbox").then().statusCode(200).extract().path("pending");
            if (pending == 0) {
                return;
            }
            Api.sleep(200);
        }
        throw new AssertionError("the outbox was not drained within 60 s");
    }

    /** id → [field, updatedAt] of every document in an index. */
    private static Map<Long, List<String>> indexed(String alias, String field) throws Exception {
        JsonNode hits = JSON.readTree(elasticsearch("GET", "/" + alias + "/_search?size=10000&_source=" + field
                + ",updatedAt")).path("hits").path("hits");
        Map<Long, List<String>> docs = new TreeMap<>();
        for (JsonNode hit : hits) {
            JsonNode source = hit.path("_source");
            docs.put(hit.path("_id").asLong(), List.of(source.path(field).asText(),
                    Instant.parse(source.path("updatedAt").asText()).toString()));
        }
        return docs;
    }

    /** id → [column 2, updated_at] of every row a query selects. */
    private static Map<Long, List<String>> database(String query) throws Exception {
        TestServers servers = TestServers.get();
        Map<Long, List<String>> rows = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(servers.jdbcUrl(), servers.username(), servers.password());
             Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                rows.put(rs.getLong(1), List.of(rs.getString(2),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant().toString()));
            }
        }
        return rows;
    }

    private static String elasticsearch(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + TestServers.get().elasticsearchHosts() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** The same jar, production profile, same database and node, another port; started once for the class. */
    private static synchronized int startSecondReplica() throws Exception {
        if (second != null && second.isAlive()) {
            return Integer.parseInt(System.getProperty("raqibtest.second-replica-port"));
        }
        TestServers servers = TestServers.get();
        Path base = Path.of(System.getProperty("raqibtest.basedir", "."));
        Path jar = base.resolve("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).exists();
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        File log = base.resolve("target/second-replica.log").toFile();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        second = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + servers.jdbcUrl(),
                "-Dquarkus.datasource.username=" + servers.username(),
                "-Dquarkus.datasource.password=" + servers.password(),
                "-Dquarkus.elasticsearch.hosts=" + servers.elasticsearchHosts(),
                "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log).start();
        System.setProperty("raqibtest.second-replica-port", Integer.toString(port));
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)) {
            assertThat(second.isAlive()).as("the second replica runs (see " + log + ")").isTrue();
            try {
                if (at(port).header(TestKeys.ANONYMOUS, "1").when().get("/q/health/ready").statusCode() == 200) {
                    return port;
                }
            } catch (Exception notYet) {
                // not listening yet (RestAssured throws the connection's IOException unchecked)
            }
            Api.sleep(500);
        }
        throw new AssertionError("the second replica was not ready within 120 s: " + Files.readString(log.toPath()));
    }
}
