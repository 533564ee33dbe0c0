package io.raqib.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * NDJSON imports at archive scale against the real PostgreSQL and Elasticsearch: a body far over
 * the normal body limit, streamed and written in chunks; bad lines (broken JSON, invalid articles,
 * a line over the per-line limit, bytes that are not UTF-8) fail alone with their line numbers; the
 * good ones are created with their claims and deadlines and become searchable; the same through a
 * background job followed at /imports/{id}.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ArchiveImportTest {
    static final String NDJSON = "application/x-ndjson";
    /** raqib.import.max-line-bytes in the test profile. */
    static final int LINE_LIMIT = 262_144;

    record Body(byte[] bytes, Set<Integer> badLines, int goodLines) {
    }

    /** {@code lines} lines: generated articles, blank lines here and there, and the bad lines listed. */
    static Body body(GeneratedArchive archive, int lines, Map<Integer, byte[]> bad) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int good = 0;
        Set<Integer> badLines = new TreeSet<>();
        for (int n = 1; n <= lines; n++) {
            if (bad.containsKey(n)) {
                out.write(bad.get(n));
                badLines.add(n);
            } else if (n % 997 == 0) {
                out.write(' '); // a blank line is skipped, yet counted
            } else {
                out.write(archive.line(n).getBytes(StandardCharsets.UTF_8));
                good++;
            }
            out.write(n % 3 == 0 ? "\r\n".getBytes(StandardCharsets.US_ASCII) : "\n".getBytes(StandardCharsets.US_ASCII));
        }
        return new Body(out.toByteArray(), badLines, good);
    }

    static Map<Integer, byte[]> badLines(String marker) {
        byte[] notUtf8 = ("{\"title\": \"" + marker + "\", \"body\": \"").getBytes(StandardCharsets.UTF_8);
        byte[] withJunk = new byte[notUtf8.length + 4];
        System.arraycopy(notUtf8, 0, withJunk, 0, notUtf8.length);
        withJunk[notUtf8.length] = (byte) 0xC3;
        withJunk[notUtf8.length + 1] = (byte) 0x28;
        withJunk[notUtf8.length + 2] = '"';
        withJunk[notUtf8.length + 3] = '}';
        String tooLong = "{\"title\": \"سطر طويل جدا " + marker + "\", \"body\": \"" + "قوات ".repeat(LINE_LIMIT / 8) + "\"}";
        return Map.of(
                7, "{\"title\": \"مقطوع".getBytes(StandardCharsets.UTF_8),
                77, ("{\"body\": \"نص بلا عنوان " + marker + "\"}").getBytes(StandardCharsets.UTF_8),
                1500, tooLong.getBytes(StandardCharsets.UTF_8),
                2222, withJunk,
                2999, ("{\"title\": \"تاريخ غير صالح " + marker + "\", \"body\": \"نص\", \"publishedAt\": \"2025-02-30\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void threeThousandLinesStreamInWithBadLinesReportedAlone() throws Exception {
        String marker = "imp" + Long.toString(System.nanoTime(), 36);
        GeneratedArchive archive = new GeneratedArchive(11, marker);
        Body body = body(archive, 3000, badLines(marker));
        assertThat(body.bytes().length).as("larger than the test profile's 1 MiB body limit").isGreaterThan(4 * 1024 * 1024);

        Response response = patient().contentType(NDJSON).body(body.bytes()).when().post("/articles/import");
        assertThat(response.statusCode()).as(response.asString().substring(0, Math.min(500, response.asString().length())))
                .isEqualTo(200);
        Map<String, Object> report = response.as(Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) report.get("items");

        assertThat(report.get("created")).isEqualTo(body.goodLines());
        assertThat(report.get("failed")).isEqualTo(body.badLines().size());
        List<Integer> lines = items.stream().map(i -> (Integer) i.get("line")).toList();
        assertThat(lines).as("one item a non-blank line, in line order").isSorted().doesNotHaveDuplicates()
                .hasSize(body.goodLines() + body.badLines().size());
        Map<Integer, String> failed = items.stream().filter(i -> "failed".equals(i.get("status")))
                .collect(Collectors.toMap(i -> (Integer) i.get("line"), i -> (String) i.get("reason")));
        assertThat(failed.keySet()).isEqualTo(body.badLines());
        assertThat(failed.get(7)).startsWith("not a JSON article");
        assertThat(failed.get(77)).contains("title");
        assertThat(failed.get(1500)).contains("limit is " + LINE_LIMIT);
        assertThat(failed.get(2222)).contains("UTF-8");
        assertThat(failed.get(2999)).contains("publishedAt");

        // claims and deadlines were extracted, at offsets that point at their text
        List<Map<String, Object>> created = items.stream().filter(i -> "created".equals(i.get("status"))).toList();
        int claims = 0;
        int deadlines = 0;
        for (Map<String, Object> item : created.subList(0, 40)) {
            Number id = (Number) item.get("id");
            String articleBody = given().get("/articles/" + id).then().statusCode(200).extract().path("body");
            List<Map<String, Object>> found = given().queryParam("size", 100).get("/articles/" + id + "/claims")
                    .then().statusCode(200).extract().path("items");
            for (Map<String, Object> claim : found) {
                if ("body".equals(claim.get("field"))) {
                    assertThat(articleBody.substring((Integer) claim.get("start"), (Integer) claim.get("end")))
                            .isEqualTo(claim.get("text"));
                }
            }
            claims += found.size();
            deadlines += given().get("/articles/" + id + "/deadlines").then().statusCode(200)
                    .extract().<List<?>>path("items").size();
        }
        assertThat(claims).as("figures extracted from 40 imported articles").isGreaterThan(40);
        assertThat(deadlines).as("deadlines extracted from 40 imported articles").isGreaterThan(0);

        // the chains extended chunk by chunk are those a walk of each whole chain gives
        assertThat(chainsAsWalkedWhole()).as("deadlines whose chain links differ from a whole walk").isEmpty();

        // every created article becomes searchable once the outbox drains
        awaitSearchable(marker, body.goodLines(), Duration.ofMinutes(3));

        // the same body again: every good line is a duplicate, found in one query a chunk
        Map<String, Object> again = patient().contentType(NDJSON).body(body.bytes()).when().post("/articles/import")
                .then().statusCode(200).extract().as(Map.class);
        assertThat(again.get("created")).isEqualTo(0);
        assertThat(again.get("alreadyPresent")).isEqualTo(body.goodLines());
    }

    @Test
    void aBackgroundImportAnswersAtOnceAndItsJobReachesDone() throws Exception {
        String marker = "job" + Long.toString(System.nanoTime(), 36);
        GeneratedArchive archive = new GeneratedArchive(23, marker);
        Body body = body(archive, 600, Map.of(
                5, "not json at all".getBytes(StandardCharsets.UTF_8),
                450, ("{\"title\": \"\", \"body\": \"نص " + marker + "\"}").getBytes(StandardCharsets.UTF_8),
                451, archive.line(10).getBytes(StandardCharsets.UTF_8)));   // line 10 again: a duplicate
        int created = body.goodLines();

        Response accepted = given().contentType(NDJSON).header("Prefer", "respond-async").body(body.bytes())
                .when().post("/articles/import");
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(accepted.header("Preference-Applied")).isEqualTo("respond-async");
        String location = accepted.header("Location");
        String id = accepted.path("id");
        assertThat(location).endsWith("/imports/" + id);
        assertThat((String) accepted.path("state")).isIn("queued", "running", "done");

        Map<String, Object> job = null;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            job = given().get("/imports/" + id).then().statusCode(200).extract().as(Map.class);
            if (Set.of("done", "failed").contains(job.get("state"))) {
                break;
            }
            Api.sleep(200);
        }
        assertThat(job).isNotNull();
        assertThat(job.get("state")).as(String.valueOf(job)).isEqualTo("done");
        assertThat(job.get("linesDone")).isEqualTo(600);
        assertThat(job.get("created")).isEqualTo(created);
        assertThat(job.get("duplicates")).isEqualTo(1);
        assertThat(job.get("failed")).isEqualTo(2);
        assertThat(job.get("errorsTruncated")).isEqualTo(false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) job.get("errors");
        assertThat(errors).extracting(e -> e.get("line")).containsExactly(5, 450);
        assertThat((String) errors.get(1).get("reason")).contains("title");
        assertThat(job.get("finishedAt")).isNotNull();
        awaitSearchable(marker, created, Duration.ofMinutes(3));
    }

    @Test
    void anEmptyBackgroundImportIsRefusedAtOnceAndAnUnknownJobIs404() {
        given().contentType(NDJSON).header("Prefer", "respond-async").body("\n  \n".getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/import").then().statusCode(400).contentType("application/problem+json");
        given().get("/imports/no-such-import").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNewsDocumentStaysHeldToTheBodyLimit() {
        String big = "عنوان\n" + "فقرة طويلة عن القوات. ".repeat(60_000);
        Api.rawBody("text/plain; charset=UTF-8", big).when().post("/articles/import")
                .then().statusCode(413).contentType("application/problem+json");
    }

    /** Deadlines whose revision or links a walk of their whole chain would change (rolled back). */
    static List<String> chainsAsWalkedWhole() {
        List<String> differences = new java.util.ArrayList<>();
        try {
            compareChains(differences);
        } catch (RuntimeException e) {
            if (!(e instanceof RolledBack) && !(e.getCause() instanceof RolledBack)) {
                throw e;
            }
        }
        return differences;
    }

    /** Thrown to roll back the walk of the chains, which only looks. */
    static final class RolledBack extends RuntimeException {
    }

    static void compareChains(List<String> differences) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            List<String> keys = io.raqib.deadline.Deadline.getEntityManager()
                    .createQuery("select distinct d.chainKey from Deadline d where d.chainKey is not null", String.class)
                    .getResultList();
            for (String key : keys) {
                Map<Long, String> before = new java.util.HashMap<>();
                io.raqib.deadline.Deadline.chain(key).forEach(d -> before.put(d.id, links(d)));
                io.raqib.deadline.DeadlineChains.recompute(key);
                io.raqib.deadline.Deadline.chain(key).stream().filter(d -> !links(d).equals(before.get(d.id)))
                        .forEach(d -> differences.add(key + " #" + d.id + ": " + before.get(d.id) + " -> " + links(d)));
            }
            throw new RolledBack();
        });
    }

    static String links(io.raqib.deadline.Deadline d) {
        return d.revision + "/" + d.previousId + "/" + d.confirmsId;
    }

    /** A request that waits as long as a big import may take on a loaded machine. */
    static io.restassured.specification.RequestSpecification patient() {
        return given().config(io.restassured.RestAssured.config().httpClient(
                io.restassured.config.HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 1_800_000).setParam("http.connection.timeout", 60_000)));
    }

    static void awaitSearchable(String marker, int expected, Duration within) {
        Instant deadline = Instant.now().plus(within);
        int total = -1;
        while (Instant.now().isBefore(deadline)) {
            total = given().queryParam("q", marker).queryParam("size", 1).get("/articles/search")
                    .then().statusCode(200).extract().path("total");
            if (total == expected) {
                return;
            }
            Api.sleep(500);
        }
        throw new AssertionError("searchable: " + total + " of " + expected + " after " + within);
    }
}
