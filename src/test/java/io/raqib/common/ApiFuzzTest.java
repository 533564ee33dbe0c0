package io.raqib.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever a hostile client sends to any operation of the contract, the answer is below
 * 500, and every error is application/problem+json with a real detail.
 *
 * <p>The operations are read from the OpenAPI document the service serves, so a new endpoint is
 * fuzzed without touching this test. Requests are drawn from a seeded {@link Random} (paths with
 * loose ids, hostile query values, malformed and mistyped bodies, wrong media types and charsets,
 * odd If-Match and Accept headers), so a run is replayed with {@code -Draqib.fuzz.seed=N}; the seed
 * is printed, and a failure prints each offending request.
 * Records the fuzz may delete or merge are its own: real ids come from articles it creates.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ApiFuzzTest {
    static final int REQUESTS = Integer.getInteger("raqib.fuzz.requests", 1200);
    static final long SEED = Long.getLong("raqib.fuzz.seed", 20261201L);
    static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1 as curl and browsers send it to this service (no h2c upgrade)
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** One operation of the contract. */
    record Operation(String method, String path, List<String> queryParams, List<String> mediaTypes,
            List<String> bodyFields) {
    }

    /** One generated request. */
    record Fuzz(String method, String path, String query, String contentType, String body, Map<String, String> headers) {
        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
            return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " [" + contentType + "] " + headers
                    + " " + shown.replace("\u0000", "\\0");
        }
    }

    @Test
    void noHostileRequestGetsA5xxAndEveryErrorIsAProblem() throws Exception {
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(20);
        List<String> ownIds = ownRecords();

        List<String> failures = new ArrayList<>();
        int sent = 0;
        System.out.println("fuzz seed " + SEED + " (replay with -Draqib.fuzz.seed=" + SEED + ")");
        Random random = new Random(SEED);
        for (int i = 0; i < REQUESTS; i++) {
            Fuzz fuzz = request(pick(random, operations), ownIds, random);
            String failure = check(fuzz);
            sent++;
            if (failure != null) {
                failures.add(failure);
            }
        }
        assertThat(sent).isGreaterThanOrEqualTo(1000);
        failures.stream().limit(40).forEach(f -> System.out.println("fuzz failure: " + f));
        assertThat(failures).as("seed %d: %d of %d requests broke the contract", SEED, failures.size(), sent)
                .isEmpty();
    }

    /** Every operation in the served contract, with its parameters and body media types. */
    static List<Operation> operations() throws Exception {
        JsonNode doc = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
        List<Operation> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (path.getKey().startsWith("/admin/reindex")) {
                    continue; // rebuilds the whole index: exercised by ReindexTest, too slow to repeat here
                }
                List<String> query = new ArrayList<>();
                op.getValue().path("parameters").forEach(p -> {
                    if ("query".equals(p.path("in").asText())) {
                        query.add(p.path("name").asText());
                    }
                });
                List<String> media = new ArrayList<>();
                List<String> fields = new ArrayList<>();
                op.getValue().path("requestBody").path("content").fields().forEachRemaining(m -> {
                    media.add(m.getKey());
                    JsonNode schema = m.getValue().path("schema");
                    String ref = schema.path("$ref").asText("");
                    if (!ref.isEmpty()) {
                        JsonNode target = doc.at(ref.substring(1));
                        target.path("properties").fieldNames().forEachRemaining(fields::add);
                    }
                });
                found.add(new Operation(method, path.getKey(), query, media, fields));
            }
        }
        return found;
    }

    /** Articles of the fuzz's own (with a claim and a deadline each), so deletes and merges hit only them. */
    static List<String> ownRecords() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            long id = Api.createArticle(Map.of("title", "مادة العبث " + run,
                    "body", "قال مسؤول إن نحو 300 جندي تركي سينسحبون من الكويت بحلول أيار 2037.", "publishedAt",
                    "2024-01-0" + (i + 1), "outlet", "منفذ العبث " + run));
            ids.add(Long.toString(id));
        }
        return ids;
    }

    static final List<String> LOOSE_IDS = List.of("0", "-1", "+1", "%2B1", "٣", "۴", "1;DROP", "1;x=y", "1%3BDROP",
            "99999999999999999999", "9223372036854775807", "1.5", "1e3", "0x10", "abc", "%00", "%20", "1%20",
            "%E2%80%8F1", "..%2F..%2Fetc", "null", "true", "[1]", "%7B%7D");

    static final List<String> HOSTILE_TEXT = List.of("", " ", "\u0000", "\u0007\u001b[31m", "'; DROP TABLE article; --",
            "\" OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "%s%n%x", "../../etc/passwd",
            "\uFEFF\u200F\u202E", "\uD800", "عبثعبث", "ﻋﺒﺚ", "٣٤٥٦٧", "2025-13-45", "2025-02-30", "-1",
            "1e309", "NaN", "9223372036854775808", "true", "null", "[]", "{}", "*", "\"", "\\", "ـــــ",
            "US", "iq", "presence", "confirmed", "-asOf");

    // ------------------------------------------------------------ drawing from the seeded source

    static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** One of the generators, each as likely as the others. */
    @SafeVarargs
    static <T> T oneOf(Random r, Function<Random, T>... generators) {
        return generators[r.nextInt(generators.length)].apply(r);
    }

    /** A generator chosen with its weight: {@code frequency(r, 5, a, 3, b)}. */
    @SuppressWarnings("unchecked")
    static <T> T frequency(Random r, Object... weighted) {
        int total = 0;
        for (int i = 0; i < weighted.length; i += 2) {
            total += (Integer) weighted[i];
        }
        int draw = r.nextInt(total);
        for (int i = 0; i < weighted.length; i += 2) {
            draw -= (Integer) weighted[i];
            if (draw < 0) {
                return ((Function<Random, T>) weighted[i + 1]).apply(r);
            }
        }
        throw new IllegalStateException();
    }

    /** A string of {@code min..max} chars, each from {@code chars}. */
    static String string(Random r, int min, int max, Supplier<Character> chars) {
        int length = min + r.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(chars.get());
        }
        return s.toString();
    }

    /** Any char of the Basic Multilingual Plane but a lone surrogate half (HOSTILE_TEXT has one). */
    static char anyChar(Random r) {
        char c;
        do {
            c = (char) r.nextInt(0x10000);
        } while (Character.isSurrogate(c));
        return c;
    }

    static <K, V> Map<K, V> map(Random r, int maxSize, Function<Random, K> keys, Function<Random, V> values) {
        Map<K, V> map = new LinkedHashMap<>();
        int size = r.nextInt(maxSize + 1);
        for (int i = 0; i < size; i++) {
            map.put(keys.apply(r), values.apply(r));
        }
        return map;
    }

    static long between(Random r, long low, long high) {
        return low + (long) (r.nextDouble() * (high - low));
    }

    static String text(Random r) {
        return oneOf(r,
                g -> pick(g, HOSTILE_TEXT),
                g -> string(g, 0, 40, () -> anyChar(g)),
                g -> string(g, 1, 30, () -> (char) ('\u0600' + g.nextInt(0x100))),
                g -> string(g, 1, 5, () -> (char) g.nextInt(0x20)),
                // longer than every length limit, yet within the HTTP server's request-line limit
                g -> "ع".repeat(1500),
                g -> Long.toString(g.nextLong()));
    }

    static Object jsonValue(Random r) {
        return oneOf(r,
                g -> text(g),
                g -> pick(g, List.<Object>of(0, -1, 1, 42, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE)),
                g -> pick(g, List.<Object>of(1.5, -0.0, 1e300, 0.1)),
                g -> g.nextBoolean(),
                g -> null,
                g -> List.of(1, "x", List.of()),
                g -> Map.of("nested", Map.of("deeper", List.of("x"))));
    }

    static final List<String> BROKEN = List.of("{", "}", "{\"title\": }", "[1,2", "{\"a\":1}{\"b\":2}", "nul",
            "\"just a string\"", "12", "[]", "{\"title\": \"\\ud800\"}", "\u0000\u0001\u0002binary",
            "{\n\n  \"body\": \"x\",\n  oops\n}", "{\"title\":\"x\",\"title\":\"y\"}", "   ", "");

    static String jsonObject(Random r, Operation op) {
        List<String> fields = op.bodyFields().isEmpty() ? List.of("x") : op.bodyFields();
        return write(map(r, 8, g -> g.nextBoolean() ? pick(g, fields) : pick(g, List.of("unknownField", "__proto__",
                "id", "")), ApiFuzzTest::jsonValue));
    }

    static String body(Random r, Operation op) {
        Function<Random, String> object = g -> jsonObject(g, op);
        Function<Random, String> broken = g -> pick(g, BROKEN);
        return frequency(r,
                5, object,
                3, broken,
                2, (Function<Random, String>) g -> {
                    List<String> lines = new ArrayList<>();
                    for (int n = 1 + g.nextInt(4); n > 0; n--) {
                        lines.add(g.nextBoolean() ? object.apply(g) : broken.apply(g));
                    }
                    return String.join("\n", lines);
                },
                2, (Function<Random, String>) g -> g.nextBoolean() ? text(g)
                        : "عنوان\nتاريخ النشر: 99th, Smarch 2025 GMT\nنص\nالمصدر: \u0000\nكلمات دلالية: ا ب ت\nإقرأ أيضاً:\n");
    }

    static final List<String> MEDIA = List.of("application/json", "application/json; charset=utf-16",
            "application/json; charset=x-klingon", "text/plain; charset=UTF-8", "application/xml",
            "multipart/form-data; boundary=x", "*/*", ";;;", "application/merge-patch+json", "application/x-ndjson");

    static Fuzz request(Operation op, List<String> ownIds, Random r) {
        Function<Random, String> loose = g -> pick(g, LOOSE_IDS);
        // writes reach real records only for the fuzz's own articles, never other tests' claims or sources
        boolean writesOthers = !op.method().equals("GET") && !op.path().startsWith("/articles/{");
        String id = writesOthers
                ? frequency(r, 5, loose, 5, (Function<Random, String>) g ->
                        Long.toString(between(g, 100_000_000_000L, 999_999_999_999L)))
                : frequency(r, 4, (Function<Random, String>) g -> pick(g, ownIds), 4, loose,
                        2, (Function<Random, String>) g -> Long.toString(between(g, 0, 1_000_000_000_000L)));
        String path = op.path().replaceAll("\\{[^}]+}", id);
        String query;
        if ("/admin/reextract".equals(op.path())) {
            query = "articleId=" + (r.nextBoolean() ? pick(r, ownIds) : pick(r, LOOSE_IDS));
        } else if (op.queryParams().isEmpty()) {
            query = pick(r, List.of("", "page=-1", "size=100000", "%ZZ=1", "q=%"));
        } else {
            query = encode(map(r, 4, g -> pick(g, op.queryParams()), ApiFuzzTest::text));
        }
        List<String> media = new ArrayList<>(op.mediaTypes());
        media.addAll(MEDIA);
        String contentType = pick(r, media);
        String body = op.mediaTypes().isEmpty() && r.nextBoolean() ? null : body(r, op);
        Map<String, String> headers = map(r, 2, g -> pick(g, List.of("If-Match", "Accept", "If-None-Match",
                "Accept-Charset")), g -> pick(g, List.of("*", "\"1\"", "W/\"1\"", "garbage", "\"\"", "text/csv",
                "application/xml", "*/*", "application/problem+json", "text/calendar", "utf-7")));
        return new Fuzz(op.method(), path, query, contentType, body, headers);
    }

    static String write(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            return "{}";
        }
    }

    static String encode(Map<String, String> params) {
        List<String> parts = new ArrayList<>();
        new LinkedHashMap<>(params).forEach((k, v) -> parts.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    /** Sends one request; answers why it broke the contract, or null. */
    static String check(Fuzz fuzz) {
        HttpResponse<String> response;
        try {
            URI uri = URI.create("http://localhost:" + io.restassured.RestAssured.port + fuzz.path()
                    + (fuzz.query().isEmpty() ? "" : "?" + fuzz.query()));
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .method(fuzz.method(), fuzz.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(fuzz.body(), StandardCharsets.UTF_8));
            if (fuzz.body() != null) {
                request.header("Content-Type", fuzz.contentType());
            }
            fuzz.headers().forEach(request::header);
            response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IllegalArgumentException unsendable) {
            return null; // a URI or header the HTTP client itself refuses to send
        } catch (Exception e) {
            return fuzz + " → no answer: " + e;
        }
        int status = response.statusCode();
        if (status >= 500) {
            return fuzz + " → " + status + " " + response.body();
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return fuzz + " → " + status + " as " + type + ": " + response.body();
            }
            try {
                JsonNode problem = JSON.readTree(response.body());
                String detail = problem.path("detail").asText("");
                if (problem.path("status").asInt() != status || detail.isBlank() || detail.startsWith("HTTP ")) {
                    return fuzz + " → " + status + " with a poor problem: " + response.body();
                }
            } catch (Exception e) {
                return fuzz + " → " + status + " with an unreadable problem: " + response.body();
            }
        }
        return null;
    }
}
