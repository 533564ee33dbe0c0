package io.raqib.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.raqib.bench.ImportCpu;
import io.raqib.bench.ProductionIndexing;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * NDJSON import with extraction, until the last article is searchable, against the rate of raw
 * {@code _bulk} of the very same documents (read back from Raqib's index) into an index with
 * Raqib's own settings and mappings, in the same process and on the same node. Measured at each
 * archive size of {@code -Dbench.import.levels} (default 10000 existing articles; add 100000 when
 * there is time), {@code -Dbench.import.articles} articles each time (default 3000). The first
 * import runs under a JFR recording whose hottest frames are printed. A benchmark, not a timed
 * test: it prints figures. Run with ./raqib bench -Dtest=ImportBenchmarkTest.
 */
@QuarkusTest
@TestProfile(ProductionIndexing.class)
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
@Tag("benchmark")
class ImportBenchmarkTest {

    static final int ARTICLES = Integer.getInteger("bench.import.articles", 3000);
    static final String LEVELS = System.getProperty("bench.import.levels", "10000");
    static final int TOP_FRAMES = 15;
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RestClient elasticsearch;

    @Inject
    org.hibernate.SessionFactory sessionFactory;

    @Test
    void importAgainstRawBulk() throws Exception {
        List<String> rows = new ArrayList<>();
        for (String level : LEVELS.split(",")) {
            int existing = Integer.parseInt(level.strip());
            topUp(existing);
            awaitOutboxDrained(Duration.ofMinutes(30));
            long archived = archived();

            String marker = "bench" + Long.toString(System.nanoTime(), 36);
            byte[] body = ndjson(new GeneratedArchive(existing, marker), ARTICLES);
            Path jfr = Path.of("target", "import-benchmark-" + existing + ".jfr");
            Recording recording = profile();
            ImportCpu.Snapshot cpuBefore = ImportCpu.Snapshot.take();
            org.hibernate.stat.Statistics statistics = sessionFactory.getStatistics();
            statistics.setStatisticsEnabled(true);
            statistics.clear();
            long start = System.nanoTime();
            Map<String, Object> report = ArchiveImportTest.patient().contentType("application/x-ndjson").body(body)
                    .when().post("/articles/import").then().statusCode(200).extract().as(Map.class);
            double stored = (System.nanoTime() - start) / 1e9;
            String statements = statements(statistics);
            statistics.setStatisticsEnabled(false);
            ArchiveImportTest.awaitSearchable(marker, ARTICLES, Duration.ofMinutes(30));
            double searchable = (System.nanoTime() - start) / 1e9;
            ImportCpu.Snapshot cpuAfter = ImportCpu.Snapshot.take();
            recording.stop();
            recording.dump(jfr);
            recording.close();
            assertThat(report.get("created")).isEqualTo(ARTICLES);
            long claims = given().queryParam("size", 1).get("/claims").then().statusCode(200)
                    .extract().<Number>path("total").longValue();

            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) report.get("items");
            List<Long> ids = items.stream().map(i -> ((Number) i.get("id")).longValue()).toList();
            long nodeBefore = ImportCpu.Snapshot.take().node();
            double bulk = rawBulk(ids);
            long nodeBulk = ImportCpu.Snapshot.take().node() - nodeBefore;

            double raqibRate = ARTICLES / searchable;
            double bulkRate = ARTICLES / bulk;
            String row = String.format(Locale.ROOT,
                    "| %,d archived | %,d articles (%.1f MB NDJSON) | stored in %.1f s, searchable in %.1f s: %.0f articles/s "
                            + "| raw _bulk %.2f s: %.0f docs/s | ratio %.2f |",
                    archived, ARTICLES, body.length / 1e6, stored, searchable, raqibRate, bulk, bulkRate, raqibRate / bulkRate);
            rows.add(row);
            System.out.printf(Locale.ROOT, "%nimport benchmark at %,d archived articles (%,d claims in all):%n%s%n%s%n%s%n",
                    archived, claims, row, statements, memory());
            System.out.print(ImportCpu.breakdown(cpuBefore, cpuAfter, ARTICLES, jfr));
            System.out.printf(Locale.ROOT, "raw _bulk of the same %,d article documents: Elasticsearch node %.2f ms of CPU per "
                    + "document%n", ids.size(), nodeBulk / (double) Math.max(1, ids.size()));
            printHotFrames(jfr);
        }
        System.out.printf(Locale.ROOT, "%nimport benchmark summary (%d cores seen by the JVM; a shared machine):%n%s%n%n",
                Runtime.getRuntime().availableProcessors(), String.join("\n", rows));
    }

    static byte[] ndjson(GeneratedArchive archive, int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            out.write(archive.line(i).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** Imports generated articles until the archive holds at least {@code target}. */
    static void topUp(int target) throws IOException {
        long have = archived();
        int batch = 0;
        while (have < target) {
            int count = (int) Math.min(5000, target - have);
            GeneratedArchive filler = new GeneratedArchive(7919L * batch + have, "fill" + Long.toString(System.nanoTime(), 36));
            long start = System.nanoTime();
            ArchiveImportTest.patient().contentType("application/x-ndjson").body(ndjson(filler, count)).when().post("/articles/import")
                    .then().statusCode(200);
            System.out.printf(Locale.ROOT, "archive top-up: %,d articles in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
            have = archived();
            batch++;
        }
    }

    /**
     * What the service sent to the database while the import was stored, per article: JDBC statements
     * prepared through Hibernate (a batch of inserts counts once, so this is about the round trips;
     * the indexer's and sequencer's own polls in the same time are included) and rows inserted.
     */
    static String statements(org.hibernate.stat.Statistics s) {
        return String.format(Locale.ROOT, "database while storing (Hibernate statistics, every session of the service): "
                        + "%.2f JDBC statements per article (%,d), %.2f entity rows inserted and %.2f updated per article, "
                        + "%,d transactions, %,d queries", s.getPrepareStatementCount() / (double) ARTICLES,
                s.getPrepareStatementCount(), s.getEntityInsertCount() / (double) ARTICLES,
                s.getEntityUpdateCount() / (double) ARTICLES, s.getTransactionCount(), s.getQueryExecutionCount())
                + "; rows updated per article by entity: " + byEntity(s, org.hibernate.stat.EntityStatistics::getUpdateCount)
                + "; rows loaded per article by entity: " + byEntity(s, org.hibernate.stat.EntityStatistics::getLoadCount);
    }

    /** The entities with a non-zero figure, per article, largest first. */
    static String byEntity(org.hibernate.stat.Statistics s,
                           java.util.function.ToLongFunction<org.hibernate.stat.EntityStatistics> figure) {
        Map<String, Long> counts = new HashMap<>();
        for (String name : s.getEntityNames()) {
            long n = figure.applyAsLong(s.getEntityStatistics(name));
            if (n > 0) {
                counts.put(name.substring(name.lastIndexOf('.') + 1), n);
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / (double) ARTICLES))
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }

    static long archived() {
        return given().queryParam("size", 1).get("/articles").then().statusCode(200)
                .extract().<Number>path("total").longValue();
    }

    static void awaitOutboxDrained(Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            int pending = given().get("/admin/outbox").then().statusCode(200).extract().path("pending");
            if (pending == 0) {
                return;
            }
            Api.sleep(500);
        }
        throw new AssertionError("the outbox was not drained within " + within);
    }

    /**
     * Reads the documents Raqib indexed for these articles, then times _bulk of them into a fresh
     * index with Raqib's settings and mappings, until a count sees them all. Seconds.
     */
    double rawBulk(List<Long> ids) throws IOException {
        List<String> documents = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            Request mget = new Request("POST", "/" + alias() + "/_mget");
            mget.setJsonEntity(JSON.writeValueAsString(Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 1000))
                    .stream().map(String::valueOf).toList())));
            for (JsonNode doc : read(elasticsearch.performRequest(mget).getEntity().getContent()).get("docs")) {
                documents.add(doc.get("_id").asText() + "\n" + JSON.writeValueAsString(doc.get("_source")));
            }
        }
        String index = "bench-raw-bulk-" + Long.toString(System.nanoTime(), 36);
        Request create = new Request("PUT", "/" + index);
        try (InputStream definition = getClass().getClassLoader().getResourceAsStream("search/articles-index.json")) {
            create.setJsonEntity(new String(definition.readAllBytes(), StandardCharsets.UTF_8));
        }
        elasticsearch.performRequest(create);
        try {
            long start = System.nanoTime();
            for (int from = 0; from < documents.size(); from += 500) {
                StringBuilder bulk = new StringBuilder();
                for (String doc : documents.subList(from, Math.min(documents.size(), from + 500))) {
                    int cut = doc.indexOf('\n');
                    bulk.append("{\"index\":{\"_id\":\"").append(doc, 0, cut).append("\"}}\n").append(doc.substring(cut + 1))
                            .append('\n');
                }
                Request request = new Request("POST", "/" + index + "/_bulk");
                request.setJsonEntity(bulk.toString());
                JsonNode answer = read(elasticsearch.performRequest(request).getEntity().getContent());
                assertThat(answer.get("errors").asBoolean()).as("raw bulk errors").isFalse();
            }
            elasticsearch.performRequest(new Request("POST", "/" + index + "/_refresh"));
            long count = read(elasticsearch.performRequest(new Request("GET", "/" + index + "/_count")).getEntity()
                    .getContent()).get("count").asLong();
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(count).isEqualTo(documents.size());
            return seconds;
        } finally {
            elasticsearch.performRequest(new Request("DELETE", "/" + index));
        }
    }

    static String alias() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("raqib.search.articles-alias", String.class);
    }

    static JsonNode read(InputStream in) throws IOException {
        try (in) {
            return JSON.readTree(in);
        }
    }

    /** Resident memory of this JVM, which runs the service and the test client together. */
    static String memory() throws IOException {
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .findFirst().map(l -> l.replaceAll("\\s+", " ")).orElse("VmRSS unknown");
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        System.gc();
        long live = rt.totalMemory() - rt.freeMemory();
        return String.format(Locale.ROOT, "memory of the test JVM (service and client in one process): %s; heap used %d MB "
                        + "(%d MB after a GC), committed %d MB, max %d MB", rss, used >> 20, live >> 20,
                rt.totalMemory() >> 20, rt.maxMemory() >> 20);
    }

    static Recording profile() {
        Recording recording = new Recording();
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.start();
        return recording;
    }

    /** The methods most often on top of the sampled stacks, and the first Raqib frame under them. */
    static void printHotFrames(Path jfr) throws IOException {
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> raqib = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            top.merge(name(frames.get(0)), 1, Integer::sum);
            frames.stream().filter(f -> f.getMethod().getType().getName().startsWith("io.raqib.")).findFirst()
                    .ifPresent(f -> raqib.merge(name(f), 1, Integer::sum));
        }
        System.out.printf(Locale.ROOT, "JFR (%s): %d execution samples during the import, every thread%n", jfr, samples);
        print("hottest frames (top of stack)", top, samples);
        print("hottest Raqib frames (first io.raqib frame of the stack)", raqib, samples);
    }

    static void print(String title, Map<String, Integer> counts, int samples) {
        System.out.println("  " + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP_FRAMES)
                .forEach(e -> System.out.printf(Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, samples),
                        e.getKey()));
    }

    static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
