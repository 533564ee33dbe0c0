package io.raqib.claim;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.raqib.bench.BenchCorpus;
import io.raqib.bench.Load;
import io.raqib.bench.NodeStats;
import io.raqib.bench.PackagedService;
import io.raqib.bench.ProcessCpu;
import io.raqib.bench.ProductionIndexing;
import io.raqib.bench.RecordingProxy;
import io.raqib.config.RaqibConfig;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServers;
import io.raqib.testsupport.TestServersResource;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What one {@code GET /claims?q=} page costs besides the search, in counts rather than time: the
 * exact HTTP request the packaged service sends the node (recorded by a forwarder in front of the
 * node) against the one the search benchmark sends directly; the node's own counters, its CPU and
 * the database's transactions per page for both; and, from a JFR recording, every stack of the
 * service that touched the database while the pages were served. Prints figures; run with
 * {@code ./raqib bench -Dtest=ClaimPageCostBenchmarkTest}.
 */
@QuarkusTest
@TestProfile(ProductionIndexing.class)
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
@Tag("benchmark")
class ClaimPageCostBenchmarkTest {
    static final int ARTICLES = Integer.getInteger("bench.articles", 1_000);
    static final int CLIENTS = 8;
    static final int PER_CLIENT = Integer.getInteger("bench.requests", 60);
    static final int PAGE = 20;
    static final List<String> QUERIES = List.of("القوات الأمريكية في سوريا", "انسحاب القوات من العراق",
            "\"قاعدة حرير\"", "البنتاجون", "داعش البادية", "١٥٠٠ جندي", "التنف", "سنتكوم", "مستشارين عسكريين",
            "الطائرات المسيرة", "عين الاسد", "نفى متحدث", "قافلة عربات مدرعة", "التحالف الدولي");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Headers java.net.http will not let a caller set. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "date", "expect", "from",
            "host", "upgrade", "via", "warning");

    @Inject
    ElasticsearchClient client;

    @Inject
    ClaimSearch claimSearch;

    @Inject
    RaqibConfig config;

    @Test
    void whatAClaimsPageCosts() throws Exception {
        loadCorpus();
        TestServers servers = TestServers.get();
        String nodeHost = servers.elasticsearchHosts().split(",")[0].strip();
        String node = "http://" + nodeHost;
        try (RecordingProxy proxy = RecordingProxy.to(nodeHost)) {
            Map<String, String> serviceConfig = PackagedService.searchLoadConfig(servers, proxy.hostAndPort(), config);
            PackagedService service = PackagedService.start(serviceConfig, Path.of("target/bench-claims"))
                    .orElseThrow(() -> new IllegalStateException("no " + PackagedService.JAR + ": run ./raqib bench"));
            try {
                measure(service, proxy, node);
            } finally {
                service.close();
            }
        }
    }

    private void measure(PackagedService service, RecordingProxy proxy, String node) throws Exception {
        String base = service.baseUrl();
        Map<String, String> bodies = new HashMap<>();
        for (String q : QUERIES) {
            bodies.put(q, json(claimSearch.request(claimSearch.parse(q), List.of(), null, 0, PAGE, null)));
        }
        Function<String, HttpRequest> api = q -> HttpRequest.newBuilder(URI.create(base + "/claims?size=" + PAGE
                + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).GET().build();
        Function<String, HttpRequest> direct = q -> HttpRequest.newBuilder(URI.create(node + "/"
                        + config.search().claimsAlias() + "/_search?typed_keys=true"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(bodies.get(q))).build();
        Load.run("warm-up", CLIENTS, 10, QUERIES, api);
        Load.run("warm-up", CLIENTS, 10, QUERIES, direct);

        // 1. the exact requests the service sends for one page of each query, against the benchmark's
        Map<String, RecordedRequest> sent = new LinkedHashMap<>();
        for (String q : QUERIES) {
            proxy.record();
            Load.send(api.apply(q));
            Api.sleep(50);
            List<RecordingProxy.Exchange> exchanges = proxy.requests();
            System.out.printf(Locale.ROOT, "%s: %d request(s) to the node for one page:%s%n", q, exchanges.size(),
                    exchanges.stream().map(e -> " " + e.requestLine()).reduce("", String::concat));
            RecordingProxy.Exchange search = exchanges.stream().filter(e -> e.requestLine().contains("/_search"))
                    .findFirst().orElseThrow();
            boolean same = JSON.readTree(search.body()).equals(JSON.readTree(bodies.get(q)));
            System.out.printf(Locale.ROOT, "  body the same JSON as the benchmark's: %s (%d / %d bytes)%n", same,
                    search.body().getBytes(StandardCharsets.UTF_8).length,
                    bodies.get(q).getBytes(StandardCharsets.UTF_8).length);
            if (!same) {
                System.out.println("  service:   " + search.body());
                System.out.println("  benchmark: " + bodies.get(q));
            }
            sent.put(q, new RecordedRequest(search.requestLine(), search.headers(), search.body()));
        }
        RecordedRequest first = sent.values().iterator().next();
        System.out.println("request line and headers the service sends:");
        System.out.println("  " + first.line());
        first.headers().forEach(h -> System.out.println("  " + h));
        proxy.record();
        Load.send(HttpRequest.newBuilder(URI.create("http://" + proxy.hostAndPort() + "/" + config.search().claimsAlias()
                        + "/_search?typed_keys=true")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(QUERIES.get(0)))).build());
        Api.sleep(50);
        System.out.println("(the benchmark's direct request, sent through the same forwarder:)");
        proxy.requests().forEach(e -> {
            System.out.println("  " + e.requestLine());
            e.headers().forEach(h -> System.out.println("  " + h));
        });

        // the service's very bytes (line, headers, body) sent straight to the node
        Function<String, HttpRequest> replay = q -> {
            RecordedRequest r = sent.get(q);
            String target = r.line().split(" ")[1];
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node + target))
                    .POST(HttpRequest.BodyPublishers.ofString(r.body()));
            for (String h : r.headers()) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon);
                if (!RESTRICTED.contains(name)) {
                    b.header(name, h.substring(colon + 1).strip());
                }
            }
            return b.build();
        };
        Load.run("warm-up", CLIENTS, 10, QUERIES, replay);

        // 2. counts and CPU per page, the sides in turns
        List<String> lines = new ArrayList<>();
        String url = TestServers.get().jdbcUrl();
        try (Connection db = DriverManager.getConnection(url, TestServers.get().username(), TestServers.get().password())) {
            for (int round = 0; round < 2; round++) {
                lines.add(counted(db, "idle (no requests), 5 s", node, service.pid(), () -> {
                    Api.sleep(5000);
                    return null;
                }, 5000));
                lines.add(counted(db, "Raqib GET /claims?q=", node, service.pid(),
                        () -> Load.run("api", CLIENTS, PER_CLIENT, QUERIES, api), 0));
                lines.add(counted(db, "benchmark's direct request", node, service.pid(),
                        () -> Load.run("direct", CLIENTS, PER_CLIENT, QUERIES, direct), 0));
                lines.add(counted(db, "the service's own bytes, sent directly", node, service.pid(),
                        () -> Load.run("replay", CLIENTS, PER_CLIENT, QUERIES, replay), 0));
                // the same direct requests, each client pausing between them as long as the service adds to a page
                lines.add(counted(db, "direct, paced like the service's pages", node, service.pid(),
                        () -> Load.run("paced", CLIENTS, PER_CLIENT, QUERIES, q -> {
                            Api.sleep(PACE_MILLIS);
                            return direct.apply(q);
                        }), 0));
                // the same direct requests while another process takes the CPU the service would
                lines.add(counted(db, "direct, beside a CPU burner (~40% of a core)", node, service.pid(),
                        () -> burning(() -> Load.run("burner", CLIENTS, PER_CLIENT, QUERIES, direct)), 0));
            }
        }
        System.out.printf(Locale.ROOT, "%n%d articles, %d clients x %d requests, %d queries, page %d%n", ARTICLES,
                CLIENTS, PER_CLIENT, QUERIES.size(), PAGE);
        lines.forEach(System.out::println);

        // 3. which of the service's stacks touched the database while pages were served
        service.startProfiling();
        Load.Result profiled = Load.run("profiled", CLIENTS, PER_CLIENT, QUERIES, api);
        Path recording = service.stop();
        databaseStacks(recording, profiled);
        assertThat(sent).hasSize(QUERIES.size());
    }

    static final int PACE_MILLIS = Integer.getInteger("bench.pace", 15);

    /** Runs {@code run} while a thread of this process keeps ~40 % of a core busy (4 ms on, 6 ms off). */
    private static Load.Result burning(Callable<Load.Result> run) throws Exception {
        java.util.concurrent.atomic.AtomicBoolean on = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread burner = new Thread(() -> {
            long sink = 0;
            while (on.get()) {
                long until = System.nanoTime() + 4_000_000;
                while (System.nanoTime() < until) {
                    sink += until % 7;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(6_000_000);
            }
            if (sink == 42) {
                System.out.print("");
            }
        }, "cpu-burner");
        burner.setDaemon(true);
        burner.start();
        try {
            return run.call();
        } finally {
            on.set(false);
            burner.join();
        }
    }

    private record RecordedRequest(String line, List<String> headers, String body) {
    }

    /** One run: per request, the service's and the node's CPU, the node's counters and the database's transactions. */
    private static String counted(Connection db, String label, String node, long service, Callable<Object> run,
                                  int idleMillis) throws Exception {
        long settle = 1500;
        Map<String, Long> pg0 = database(db);
        Map<String, Long> n0 = NodeStats.of(node);
        long nodePid = ProcessCpu.nodePid().orElse(-1);
        Map<String, Long> t0 = nodePid < 0 ? Map.of() : ProcessCpu.byThread(nodePid);
        long s0 = ProcessCpu.millis(service).orElse(-1);
        long c0 = ProcessCpu.nodePid().isPresent() ? ProcessCpu.millis(ProcessCpu.nodePid().getAsLong()).orElse(-1) : -1;
        long started = System.nanoTime();
        Object r = run.call();
        long wall = (System.nanoTime() - started) / 1_000_000;
        long s1 = ProcessCpu.millis(service).orElse(-1);
        long c1 = ProcessCpu.nodePid().isPresent() ? ProcessCpu.millis(ProcessCpu.nodePid().getAsLong()).orElse(-1) : -1;
        Map<String, Long> n1 = NodeStats.of(node);
        Map<String, Long> t1 = nodePid < 0 ? Map.of() : ProcessCpu.byThread(nodePid);
        // PostgreSQL's backends report their counts on commit and when idle within about a second
        Api.sleep(settle);
        Map<String, Long> pg1 = database(db);
        int n = r instanceof Load.Result result ? result.nanos().length : 1;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-40s %6d ms; per request: service %.2f ms, "
                + "node %.2f ms CPU;", label, wall, (s1 - s0) / (double) n, (c1 - c0) / (double) n));
        pg1.forEach((k, v) -> line.append(String.format(Locale.ROOT, " %s %.3f;", k, (v - pg0.getOrDefault(k, 0L)) / (double) n)));
        line.append(String.format(Locale.ROOT, " (over %d ms incl. %d ms settling)%n      node:", wall + settle, settle));
        line.append(NodeStats.perRequest(n0, n1, n));
        line.append("\n      node threads per request:");
        t1.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - t0.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                .forEach(e -> line.append(String.format(Locale.ROOT, " %s %.2f ms;", e.getKey().strip(),
                        e.getValue() / (double) n)));
        return line.toString();
    }

    private static Map<String, Long> database(Connection db) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = db.createStatement()) {
            s.execute("select pg_stat_clear_snapshot()");
            try (ResultSet r = s.executeQuery("select xact_commit, xact_rollback, tup_returned, tup_fetched "
                    + "from pg_stat_database where datname = current_database()")) {
                r.next();
                out.put("pg xact_commit", r.getLong(1));
                out.put("pg xact_rollback", r.getLong(2));
                out.put("pg tup_returned", r.getLong(3));
                out.put("pg tup_fetched", r.getLong(4));
            }
        }
        return out;
    }

    /** Prints every distinct stack (thread kind and the frames up to the first io.raqib one) that was in the database. */
    private static void databaseStacks(Path recording, Load.Result window) throws Exception {
        Map<String, Integer> stacks = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int all = 0;
        int db = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            long ms = e.getStartTime().toEpochMilli();
            if (ms < window.startedMillis() || ms > window.endedMillis()) {
                continue;
            }
            all++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            boolean database = frames.stream().anyMatch(f -> {
                String t = f.getMethod() == null || f.getMethod().getType() == null ? "" : f.getMethod().getType().getName();
                return t.startsWith("org.hibernate") || t.startsWith("io.agroal") || t.startsWith("org.postgresql")
                        || t.startsWith("com.arjuna") || t.startsWith("io.quarkus.narayana");
            });
            if (!database) {
                continue;
            }
            db++;
            String thread = e.getThread("sampledThread") == null ? "?"
                    : String.valueOf(e.getThread("sampledThread").getJavaName()).replaceAll("[0-9#-]+$", "");
            threads.merge(thread, 1, Integer::sum);
            StringBuilder key = new StringBuilder(thread);
            Set<String> seen = new TreeSet<>();
            for (RecordedFrame f : frames) {
                String t = f.getMethod() == null || f.getMethod().getType() == null ? "?" : f.getMethod().getType().getName();
                if (t.startsWith("io.raqib")) {
                    String m = t + "." + f.getMethod().getName();
                    if (seen.add(m)) {
                        key.append(" < ").append(m);
                    }
                }
            }
            stacks.merge(key.toString(), 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "%nJFR of the service during %d claims pages: %d samples, %d of them in the "
                + "database (Hibernate, Agroal, the driver, transactions), by thread: %s%n", window.nanos().length, all, db,
                threads);
        stacks.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(s -> System.out.printf(Locale.ROOT, "  %4d  %s%n", s.getValue(), s.getKey()));
    }

    private String json(co.elastic.clients.json.JsonpSerializable request) {
        JsonpMapper mapper = client._jsonpMapper();
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = mapper.jsonProvider().createGenerator(out)) {
            request.serialize(generator, mapper);
        }
        return out.toString();
    }

    private static void loadCorpus() {
        int chunk = 100;
        for (int from = 0; from < ARTICLES; from += chunk) {
            Api.rawBody("application/x-ndjson", BenchCorpus.ndjson(from, Math.min(ARTICLES, from + chunk)))
                    .when().post("/articles/import").then().statusCode(200);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (RestAssured.given().when().get("/admin/outbox").then().statusCode(200).extract().<Integer>path("pending") > 0) {
            assertThat(System.nanoTime()).as("the outbox drains").isLessThan(deadline);
            Api.sleep(200);
        }
    }
}
