package io.raqib.article;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpSerializable;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.raqib.bench.BenchCorpus;
import io.raqib.bench.HotFrames;
import io.raqib.bench.Load;
import io.raqib.bench.NodeStats;
import io.raqib.bench.PackagedService;
import io.raqib.bench.ProcessCpu;
import io.raqib.bench.ProductionIndexing;
import io.raqib.claim.ClaimSearch;
import io.raqib.common.Paging;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Search through Raqib's HTTP API against its own Elasticsearch requests sent straight to the
 * node, with 8 concurrent clients, over a generated corpus (10,000 articles; -Dbench.articles
 * =100000 for more). The service measured is the packaged one (target/quarkus-app, which
 * ./raqib bench builds first) started as its own process with the launcher's heap, so its start-up
 * time, memory and JFR profile are its own; without it, the application under test. Prints
 * figures; run with ./raqib bench.
 */
@QuarkusTest
@TestProfile(ProductionIndexing.class)
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
@Tag("benchmark")
class SearchBenchmarkTest {
    static final int ARTICLES = Integer.getInteger("bench.articles", 10_000);
    static final int CLIENTS = 8;
    static final int PER_CLIENT = Integer.getInteger("bench.requests", 100);
    /** Blocks per side when the service and the node take turns. */
    static final int ROUNDS = 4;
    static final int PAGE = 20;
    static final List<String> QUERIES = List.of("القوات الأمريكية في سوريا", "انسحاب القوات من العراق",
            "\"قاعدة حرير\"", "أيلول 2025", "البنتاجون", "داعش البادية", "١٥٠٠ جندي", "التنف", "سنتكوم",
            "مستشارين عسكريين", "الجدول الزمني للانسحاب", "الطائرات المسيرة", "عين الاسد", "نفى متحدث",
            "قافلة عربات مدرعة", "القوات التركية الحسكة", "جويلية", "خفض الوجود العسكري", "وزارة الدفاع الأمريكية",
            "التحالف الدولي");

    @Inject
    ElasticsearchClient client;

    @Inject
    ArticleSearch search;

    @Inject
    ClaimSearch claimSearch;

    @Inject
    RaqibConfig config;

    @Test
    void searchAgainstTheNodeItself() throws Exception {
        System.out.printf(Locale.ROOT, "%nsearch benchmark (machine shared with other work: load average %s)%n",
                Files.readString(Path.of("/proc/loadavg")).strip());
        loadCorpus();
        TestServers servers = TestServers.get();
        String node = "http://" + servers.elasticsearchHosts().split(",")[0].strip();
        Map<String, String> serviceConfig = PackagedService.searchLoadConfig(servers, servers.elasticsearchHosts(), config);
        Path dir = Path.of("target/bench");
        Optional<PackagedService> packaged = PackagedService.start(serviceConfig, dir);
        Recording inProcess = null;
        String base;
        if (packaged.isPresent()) {
            base = packaged.get().baseUrl();
            System.out.printf(Locale.ROOT, "start-up of the packaged service (database and index reachable, %s): "
                            + "ready after %d ms, %d ms of CPU (Quarkus: %s); %s%n",
                    "-Xmx192m, SerialGC, C1 only, " + PackagedService.JAVA
                            + (Files.isRegularFile(PackagedService.CDS) ? ", " + PackagedService.CDS.getFileName() : ""),
                    packaged.get().readyMillis(), packaged.get().readyCpuMillis(), packaged.get().startedLine(),
                    packaged.get().memory());
        } else {
            base = "http://localhost:" + RestAssured.port;
            System.out.println("no " + PackagedService.JAR + " (./raqib bench packages it first): measuring the "
                    + "application under test, which reaches Elasticsearch through the suite's TCP proxy");
            inProcess = new Recording();
            inProcess.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            inProcess.start();
        }
        try {
            Map<String, String> articleBodies = new HashMap<>();
            Map<String, String> claimBodies = new HashMap<>();
            for (String q : QUERIES) {
                // the very requests the service builds, through its own builders
                articleBodies.put(q, json(search.request(search.query(q, List.of()), true, new Paging(0, PAGE))));
                claimBodies.put(q, json(claimSearch.request(claimSearch.parse(q), List.of(), null, 0, PAGE, null)));
            }
            Function<String, HttpRequest> apiArticles = q -> get(base + "/articles/search?size=" + PAGE + "&q=" + enc(q));
            Function<String, HttpRequest> apiClaims = q -> get(base + "/claims?size=" + PAGE + "&q=" + enc(q));
            Function<String, HttpRequest> nodeArticles = q -> post(node + "/" + config.search().articlesAlias()
                    + "/_search?typed_keys=true", articleBodies.get(q));
            Function<String, HttpRequest> nodeClaims = q -> post(node + "/" + config.search().claimsAlias()
                    + "/_search?typed_keys=true", claimBodies.get(q));
            for (Function<String, HttpRequest> warm : List.of(apiArticles, nodeArticles, apiClaims, nodeClaims)) {
                Load.run("warm-up", CLIENTS, 2 * QUERIES.size() / CLIENTS + 5, QUERIES, warm);
            }
            assertThat(Load.send(apiArticles.apply(QUERIES.get(0)))).as("the queries find articles").contains("\"id\"");

            long service = packaged.map(PackagedService::pid).orElse(-1L);
            List<String> cpu = new java.util.ArrayList<>();
            cpu.add(idle(service, 5));
            // the direct requests once before the service's too: the node's CPU per request for the same
            // request before and after shows how much of a difference is the node's own warm-up, not the service
            cpuOf(cpu, service, node, () -> Load.run("Elasticsearch, the same request, first", CLIENTS, PER_CLIENT,
                    QUERIES, nodeArticles));
            Load.Result api = cpuOf(cpu, service, node, () -> Load.run("Raqib GET /articles/search", CLIENTS, PER_CLIENT,
                    QUERIES, apiArticles));
            Load.Result direct = cpuOf(cpu, service, node, () -> Load.run("Elasticsearch, the same request", CLIENTS,
                    PER_CLIENT, QUERIES, nodeArticles));
            cpuOf(cpu, service, node, () -> Load.run("Elasticsearch, the same request, first", CLIENTS, PER_CLIENT,
                    QUERIES, nodeClaims));
            Load.Result apiClaimsRun = cpuOf(cpu, service, node, () -> Load.run("Raqib GET /claims?q=", CLIENTS, PER_CLIENT,
                    QUERIES, apiClaims));
            Load.Result directClaims = cpuOf(cpu, service, node, () -> Load.run("Elasticsearch, the same request", CLIENTS,
                    PER_CLIENT, QUERIES, nodeClaims));

            System.out.printf(Locale.ROOT, "%n%d articles, %d clients, %d requests each, %d queries, page size %d%n",
                    ARTICLES, CLIENTS, PER_CLIENT, QUERIES.size(), PAGE);
            for (Load.Result[] pair : List.of(new Load.Result[] {api, direct}, new Load.Result[] {apiClaimsRun, directClaims})) {
                System.out.println(pair[0].line());
                System.out.println(pair[1].line());
                System.out.printf(Locale.ROOT, "  Raqib / direct: p50 %.2f× (target ≤ 1.3), p95 %.2f×, throughput %.2f "
                                + "(target ≥ 0.75)%n", pair[0].p50() / pair[1].p50(), pair[0].p95() / pair[1].p95(),
                        pair[0].perSecond() / pair[1].perSecond());
            }
            // the node kept getting faster over the runs above (its own JIT and caches), which favours whichever side
            // runs last; here the two sides take turns in short blocks, so both meet the node in the same state
            System.out.println("the two sides in turns, " + ROUNDS + " blocks each, service first in every pair:");
            for (InTurns side : List.of(new InTurns("Raqib GET /articles/search, in turns", apiArticles, nodeArticles),
                    new InTurns("Raqib GET /claims?q=, in turns", apiClaims, nodeClaims))) {
                List<Load.Result> raqib = new java.util.ArrayList<>();
                List<Load.Result> straight = new java.util.ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    raqib.add(Load.run(side.label(), CLIENTS, Math.max(1, PER_CLIENT / ROUNDS), QUERIES, side.raqib()));
                    straight.add(Load.run("direct", CLIENTS, Math.max(1, PER_CLIENT / ROUNDS), QUERIES, side.direct()));
                }
                Load.Result r = Load.Result.together(side.label(), raqib);
                Load.Result d = Load.Result.together("Elasticsearch, the same request, in turns", straight);
                System.out.println(r.line());
                System.out.println(d.line());
                System.out.printf(Locale.ROOT, "  Raqib / direct: p50 %.2f× (target ≤ 1.3), p95 %.2f×, throughput %.2f "
                        + "(target ≥ 0.75)%n", r.p50() / d.p50(), r.p95() / d.p95(), r.perSecond() / d.perSecond());
            }
            System.out.println("CPU time per request (user + system, all threads; not distorted much by other load):");
            cpu.forEach(System.out::println);
            List<long[]> windows = List.of(new long[] {api.startedMillis(), api.endedMillis()},
                    new long[] {apiClaimsRun.startedMillis(), apiClaimsRun.endedMillis()});
            if (packaged.isPresent()) {
                System.out.println("service memory after the load (no profiler): " + packaged.get().memory());
                // the profile comes from a second pass of the same requests, under a JFR recording
                packaged.get().startProfiling();
                Load.Result profiledArticles = Load.run("profiled GET /articles/search", CLIENTS, PER_CLIENT, QUERIES,
                        apiArticles);
                Load.Result profiledClaims = Load.run("profiled GET /claims?q=", CLIENTS, PER_CLIENT, QUERIES, apiClaims);
                System.out.println("service memory after the profiled pass (JFR recording on): " + packaged.get().memory());
                Path recording = packaged.get().stop();
                System.out.println("profile of GET /articles/search:");
                HotFrames.print(recording, List.<long[]>of(
                        new long[] {profiledArticles.startedMillis(), profiledArticles.endedMillis()}), 12);
                System.out.println("profile of GET /claims?q=:");
                HotFrames.print(recording, List.<long[]>of(
                        new long[] {profiledClaims.startedMillis(), profiledClaims.endedMillis()}), 12);
            } else {
                inProcess.stop();
                Path recording = dir.resolve("in-process.jfr");
                Files.createDirectories(dir);
                inProcess.dump(recording);
                HotFrames.print(recording, windows, 12);
            }
        } finally {
            if (packaged.isPresent()) {
                packaged.get().close();
            }
            if (inProcess != null) {
                inProcess.close();
            }
        }
    }

    /** One endpoint measured with the two sides taking turns. */
    private record InTurns(String label, Function<String, HttpRequest> raqib, Function<String, HttpRequest> direct) {
    }

    /** Runs the load and notes the CPU the service and the node spent on it, per request. */
    private static Load.Result cpuOf(List<String> lines, long service, String nodeUrl,
                                     java.util.concurrent.Callable<Load.Result> run) throws Exception {
        java.util.OptionalLong node = ProcessCpu.nodePid();
        Map<String, Long> stats0 = NodeStats.of(nodeUrl);
        long s0 = service < 0 ? -1 : ProcessCpu.millis(service).orElse(-1);
        long n0 = node.isPresent() ? ProcessCpu.millis(node.getAsLong()).orElse(-1) : -1;
        Map<String, Long> t0 = service < 0 ? Map.of() : ProcessCpu.byThread(service);
        Map<String, Long> nt0 = node.isPresent() ? ProcessCpu.byThread(node.getAsLong()) : Map.of();
        Load.Result r = run.call();
        long s1 = service < 0 ? -1 : ProcessCpu.millis(service).orElse(-1);
        long n1 = node.isPresent() ? ProcessCpu.millis(node.getAsLong()).orElse(-1) : -1;
        Map<String, Long> t1 = service < 0 ? Map.of() : ProcessCpu.byThread(service);
        Map<String, Long> nt1 = node.isPresent() ? ProcessCpu.byThread(node.getAsLong()) : Map.of();
        Map<String, Long> stats1 = NodeStats.of(nodeUrl);
        int n = r.nanos().length;
        lines.add(String.format(Locale.ROOT, "  %-44s service %s, node %s", r.label(),
                s0 < 0 || s1 < 0 ? "?" : String.format(Locale.ROOT, "%.2f ms", (s1 - s0) / (double) n),
                n0 < 0 || n1 < 0 ? "?" : String.format(Locale.ROOT, "%.2f ms", (n1 - n0) / (double) n)));
        StringBuilder threads = new StringBuilder("      service threads per request:");
        t1.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - t0.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> threads.append(String.format(Locale.ROOT, " %s %.2f ms;", e.getKey().strip(),
                        e.getValue() / (double) n)));
        lines.add(threads.toString());
        // the node's JIT compilers and GC work by the second as much as by the request: a longer run of the
        // same requests (through the service) spreads more of them over each request
        StringBuilder nodeThreads = new StringBuilder("      node threads per request (\"elasticsearch[n\": its own "
                + "threads, search and HTTP):");
        nt1.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - nt0.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .forEach(e -> nodeThreads.append(String.format(Locale.ROOT, " %s %.2f ms;", e.getKey().strip(),
                        e.getValue() / (double) n)));
        lines.add(nodeThreads.toString());
        lines.add(String.format(Locale.ROOT, "      run %.1f s;", r.wallNanos() / 1e9)
                + " node per request:" + NodeStats.perRequest(stats0, stats1, n));
        return r;
    }

    /**
     * What the service and the node spend with no request at all (scheduled polls, JIT, GC), per second:
     * CPU a run spends by the second, not by the request, which a slower run spreads over each request.
     */
    private static String idle(long service, int seconds) throws InterruptedException {
        java.util.OptionalLong node = ProcessCpu.nodePid();
        long s0 = service < 0 ? -1 : ProcessCpu.millis(service).orElse(-1);
        long n0 = node.isPresent() ? ProcessCpu.millis(node.getAsLong()).orElse(-1) : -1;
        Thread.sleep(seconds * 1000L);
        long s1 = service < 0 ? -1 : ProcessCpu.millis(service).orElse(-1);
        long n1 = node.isPresent() ? ProcessCpu.millis(node.getAsLong()).orElse(-1) : -1;
        return String.format(Locale.ROOT, "  %-44s service %s, node %s", "idle, no requests (" + seconds + " s), per second",
                s0 < 0 || s1 < 0 ? "?" : String.format(Locale.ROOT, "%.1f ms", (s1 - s0) / (double) seconds),
                n0 < 0 || n1 < 0 ? "?" : String.format(Locale.ROOT, "%.1f ms", (n1 - n0) / (double) seconds));
    }

    private String json(JsonpSerializable request) {
        JsonpMapper mapper = client._jsonpMapper();
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = mapper.jsonProvider().createGenerator(out)) {
            request.serialize(generator, mapper);
        }
        return out.toString();
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).GET().build();
    }

    private static HttpRequest post(String uri, String body) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String enc(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    /** Imports the generated corpus as NDJSON in chunks (unless a previous run of this JVM did). */
    private static void loadCorpus() {
        long started = System.nanoTime();
        int chunk = 100; // small requests: a loaded machine reads a big body slower than the body timeout
        for (int from = 0; from < ARTICLES; from += chunk) {
            Api.rawBody("application/x-ndjson", BenchCorpus.ndjson(from, Math.min(ARTICLES, from + chunk)))
                    .when().post("/articles/import").then().statusCode(200);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (RestAssured.given().when().get("/admin/outbox").then().statusCode(200).extract().<Integer>path("pending") > 0) {
            assertThat(System.nanoTime()).as("the outbox drains").isLessThan(deadline);
            Api.sleep(200);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "corpus: %d generated articles imported and indexed in %.0f s (%.0f articles/s)%n",
                ARTICLES, seconds, ARTICLES / seconds);
    }
}
