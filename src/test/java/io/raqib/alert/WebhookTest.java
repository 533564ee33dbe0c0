package io.raqib.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestKeys;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end: subscriptions made through the API, events caused by real writes (an article
 * whose figure the extractor reads, manual claims and deadlines, a review), delivered by the worker
 * to a real HTTP server in this test, signed, filtered, retried and paused. The test profile runs the
 * worker every second, retries after 1 s (doubling) and pauses after 10 s of failures.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class WebhookTest {
    static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L);
    static final String SECRET = "مفتاح-سري-لغرفة-الأخبار-" + RUN;
    static final ObjectMapper JSON = new ObjectMapper();

    WebhookReceiver receiver;
    final List<Long> subscriptions = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        for (long id : subscriptions) {
            given().when().delete("/subscriptions/" + id);
        }
        receiver.close();
    }

    long subscribe(String path, List<String> events, Map<String, String> filter) {
        long id = ((Number) given().contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(path), "secret", SECRET, "events", events, "filter", filter))
                .when().post("/subscriptions")
                .then().statusCode(201).header("Location", containsString("/subscriptions/"))
                .body(not(containsString(SECRET))).body("status", org.hamcrest.Matchers.equalTo("active"))
                .extract().path("id")).longValue();
        subscriptions.add(id);
        return id;
    }

    static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 60 s: " + what);
            }
            Api.sleep(100);
        }
    }

    static JsonPath deliveries(long subscription) {
        return given().when().get("/subscriptions/" + subscription + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
    }

    static long article(String title, String body, String publishedAt) {
        return Api.createArticle(Map.of("title", title, "body", body, "publishedAt", publishedAt,
                "outlet", "نشرة الإنذارات " + RUN));
    }

    @Test
    void anArticlesFigureReachesTheMatchingSubscriptionSignedAndNoOtherOne() throws Exception {
        long us = subscribe("/us-syria", List.of("claim.created"), Map.of("force", "US", "country", "SY"));
        long russian = subscribe("/russian", List.of("claim.created"), Map.of("force", "RUSSIAN"));

        long articleId = article("مسؤولون: القوات الأمريكية باقية في الشرق السوري",
                "أفاد مسؤولون عسكريون بأن نحو ١٢٠٠ جندي أمريكي ينتشرون في قواعد شرق سوريا حتى الآن.", "2010-05-04");
        List<Map<String, Object>> claims = given().when().get("/articles/" + articleId + "/claims").then().statusCode(200)
                .extract().jsonPath().getList("items");
        Map<String, Object> claim = claims.stream()
                .filter(c -> "US".equals(c.get("force")) && "SY".equals(c.get("country"))).findFirst().orElseThrow();
        assertThat(claim.get("value")).isEqualTo(1200);

        await("the US/Syria subscription hears of the claim", () -> receiver.at("/us-syria").stream()
                .anyMatch(r -> r.text().contains("\"articleId\":" + articleId)));
        WebhookReceiver.Received sent = receiver.at("/us-syria").stream()
                .filter(r -> r.text().contains("\"id\":" + claim.get("id") + ",")).findFirst().orElseThrow();
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(sent.header("X-Raqib-Event")).isEqualTo("claim.created");
        assertThat(sent.header("X-Raqib-Signature")).isEqualTo(hmac(SECRET, sent.body()))
                .isNotEqualTo(hmac(SECRET + "x", sent.body()))
                .isNotEqualTo(hmac(SECRET, (sent.text() + " ").getBytes(StandardCharsets.UTF_8)));
        JsonNode body = JSON.readTree(sent.body());
        assertThat(body.path("event").asText()).isEqualTo("claim.created");
        assertThat(body.path("id").asText()).isEqualTo(sent.header("X-Raqib-Delivery"));
        assertThat(body.path("at").asText()).isNotBlank();
        assertThat(body.path("data").path("sentence").asText()).contains("جندي أمريكي");
        assertThat(body.path("data").path("value").asLong()).isEqualTo(1200);

        // the log says what happened; the subscription never shows its secret
        await("the delivery is logged", () -> deliveries(us).getList("items.status").contains("delivered"));
        JsonPath log = deliveries(us);
        int i = log.getList("items.id").indexOf(sent.header("X-Raqib-Delivery"));
        assertThat(log.getString("items[" + i + "].event")).isEqualTo("claim.created");
        assertThat(log.getInt("items[" + i + "].log[0].statusCode")).isEqualTo(200);
        assertThat(log.getLong("items[" + i + "].log[0].durationMs")).isGreaterThanOrEqualTo(0);
        given().when().get("/subscriptions/" + us).then().statusCode(200)
                .body(not(containsString(SECRET))).body("lastSuccessAt", org.hamcrest.Matchers.notNullValue());
        given().when().get("/subscriptions").then().statusCode(200).body(not(containsString(SECRET)));

        // deliveries of one event are made in one transaction: the filtered-out subscription has none
        assertThat(deliveries(russian).getLong("total")).isZero();
        assertThat(receiver.at("/russian")).isEmpty();
    }

    @Test
    void reviewsDeadlinesPostponementsAndNewConflictsAreDelivered() throws Exception {
        // Canadian forces in Kuwait in 2011: a chain and a conflict group no other test touches
        subscribe("/all", List.of("claim.created", "claim.reviewed", "deadline.created", "deadline.postponed",
                "conflict.opened"), Map.of("force", "CANADIAN", "country", "KW"));
        long first = article("تقرير أول عن الوجود العسكري في الكويت", "تحدث التقرير عن الوجود العسكري الأجنبي في الكويت.",
                "2011-01-10");
        long second = article("تقرير ثان عن الوجود العسكري في الكويت", "عاد التقرير إلى الوجود العسكري الأجنبي في الكويت.",
                "2011-02-10");
        long low = manualClaim(first, 300, "2011-01");
        long high = manualClaim(second, 1500, "2011-02");
        given().contentType("application/merge-patch+json").body(Map.of("review", "confirmed"))
                .when().patch("/claims/" + low).then().statusCode(200);
        long early = manualDeadline(first, "2011-09");
        long late = manualDeadline(second, "2012-06");
        given().when().get("/deadlines/" + early).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("postponed"));

        await("seven events", () -> receiver.at("/all").size() >= 7);
        Api.sleep(1000);
        List<String> seen = new ArrayList<>();
        for (WebhookReceiver.Received r : receiver.at("/all")) {
            JsonNode body = JSON.readTree(r.body());
            assertThat(r.header("X-Raqib-Signature")).isEqualTo(hmac(SECRET, r.body()));
            assertThat(body.path("event").asText()).isEqualTo(r.header("X-Raqib-Event"));
            JsonNode data = body.path("data");
            seen.add(body.path("event").asText() + " " + (data.has("id") ? data.path("id").asLong() : data.path("type").asText()));
            if (body.path("event").asText().equals("conflict.opened")) {
                assertThat(data.path("force").asText()).isEqualTo("CANADIAN");
                assertThat(data.path("sides").size()).isEqualTo(2);
                assertThat(data.toString()).contains("\"id\":" + low).contains("\"id\":" + high);
            }
        }
        assertThat(seen).containsExactlyInAnyOrder("claim.created " + low, "claim.created " + high, "conflict.opened figures",
                "claim.reviewed " + low, "deadline.created " + early, "deadline.created " + late,
                "deadline.postponed " + early);
    }

    long manualClaim(long articleId, int value, String asOf) {
        return ((Number) given().contentType(ContentType.JSON).body(Map.of("articleId", articleId, "field", "body",
                        "start", 0, "end", 5, "value", value, "force", "CANADIAN", "country", "KW", "kind", "presence",
                        "asOf", asOf))
                .when().post("/claims").then().statusCode(201).extract().path("id")).longValue();
    }

    long manualDeadline(long articleId, String due) {
        return ((Number) given().contentType(ContentType.JSON).body(Map.of("articleId", articleId, "field", "body",
                        "start", 0, "end", 5, "due", due, "subject", "withdrawal", "force", "CANADIAN", "country", "KW"))
                .when().post("/deadlines").then().statusCode(201).extract().path("id")).longValue();
    }

    @Test
    void aFailingTargetIsRetriedWithGrowingWaitsThenPausedAndResumed() {
        receiver.answer("/down", 500);
        long id = subscribe("/down", List.of("claim.created"), Map.of("force", "CANADIAN", "country", "QA"));
        long articleId = article("تقرير عن الوجود العسكري في قطر", "تناول التقرير الوجود العسكري الأجنبي في قطر.",
                "2011-03-01");
        long claim = ((Number) given().contentType(ContentType.JSON).body(Map.of("articleId", articleId, "field", "body",
                        "start", 0, "end", 5, "value", 80, "force", "CANADIAN", "country", "QA"))
                .when().post("/claims").then().statusCode(201).extract().path("id")).longValue();

        await("the subscription is paused", () -> "paused".equals(
                given().when().get("/subscriptions/" + id).then().statusCode(200).extract().path("status")));
        JsonPath subscription = given().when().get("/subscriptions/" + id).then().extract().jsonPath();
        assertThat(subscription.getString("pausedReason")).contains("failed every delivery since").contains("HTTP 500");
        assertThat(subscription.getString("failingSince")).isNotNull();
        assertThat(subscription.getLong("pending")).isEqualTo(1);

        JsonPath log = deliveries(id);
        String shown = log.prettify();
        assertThat(log.getLong("total")).as(shown).isEqualTo(1);
        assertThat(log.getString("items[0].status")).as(shown).isEqualTo("pending");
        assertThat(log.getLong("items[0].recordId")).isEqualTo(claim);
        List<Integer> codes = log.getList("items[0].log.statusCode");
        assertThat(codes).as(shown).hasSizeGreaterThanOrEqualTo(3).contains(500).doesNotContain(200, 204);
        assertThat(log.<String>getList("items[0].log.error")).as(shown).contains("HTTP 500");
        // waits of at least 1, 2, 4 s (test profile): a delivery is never tried before its wait is over
        List<Instant> at = log.<String>getList("items[0].log.at").stream().map(Instant::parse).toList();
        for (int k = 1; k < at.size(); k++) {
            Duration wait = Duration.ofSeconds(1L << (k - 1));
            assertThat(Duration.between(at.get(k - 1), at.get(k))).as("wait before attempt " + (k + 1) + ": " + shown)
                    .isGreaterThanOrEqualTo(wait.minusMillis(50));
        }
        List<WebhookReceiver.Received> tries = receiver.at("/down");
        assertThat(tries).hasSizeBetween((int) codes.stream().filter(c -> c != null).count(), codes.size());
        assertThat(tries.stream().map(r -> r.header("X-Raqib-Delivery")).distinct()).hasSize(1);
        assertThat(tries.stream().map(r -> r.header("X-Raqib-Signature")).distinct()).hasSize(1);

        // paused: nothing more is tried
        Api.sleep(2000);
        assertThat(receiver.at("/down")).hasSize(tries.size());

        // the target is back: resuming sends what waited
        receiver.answer("/down", 204);
        given().when().post("/subscriptions/" + id + "/resume").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("active"))
                .body("pausedReason", org.hamcrest.Matchers.nullValue());
        await("the waiting delivery goes through", () -> "delivered".equals(deliveries(id).getString("items[0].status")));
        assertThat(deliveries(id).getList("items[0].log.statusCode")).last().isEqualTo(204);
        given().when().get("/subscriptions/" + id).then().body("failingSince", org.hamcrest.Matchers.nullValue())
                .body("pending", org.hamcrest.Matchers.equalTo(0));

        // and an editor can pause it by hand
        given().when().post("/subscriptions/" + id + "/pause").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("paused"))
                .body("pausedReason", startsWith("paused by "));
    }

    @Test
    void badSubscriptionsAre400ProblemsAndReadersMayNotSubscribe() {
        Map<String, Object> ok = Map.of("url", "https://desk.example.org/hooks/raqib", "secret", SECRET,
                "events", List.of("claim.created"));
        problem(post(with(ok, "url", "ftp://desk.example.org/raqib")), "absolute http or https");
        problem(post(with(ok, "url", "/hooks/raqib")), "absolute http or https");
        problem(post(with(ok, "url", "https://user:pw@desk.example.org/")), "user name");
        problem(post(with(ok, "url", "http://مكتب الأخبار/")), "url");
        problem(post(with(ok, "secret", "قصير")), "secret");
        problem(post(with(ok, "secret", "x".repeat(257))), "secret");
        problem(post(with(ok, "events", List.of("claim.updated"))), "claim.updated");
        problem(post(with(ok, "events", List.of())), "events");
        problem(post(with(ok, "filter", Map.of("force", "MARTIANS"))), "filter.force");
        problem(post(with(ok, "filter", Map.of("kind", "troops"))), "filter.kind");
        problem(post(with(ok, "filter", Map.of("country", "العراق"))), "filter.country");
        problem(post(with(ok, "extra", 1)), "");
        Map<String, Object> noSecret = new java.util.HashMap<>(ok);
        noSecret.remove("secret");
        problem(post(noSecret), "secret");

        long id = ((Number) post(ok).statusCode(201).extract().path("id")).longValue();
        subscriptions.add(id);
        problem(given().contentType("application/merge-patch+json").body(Map.of("url", "ftp://desk.example.org/raqib"))
                .when().patch("/subscriptions/" + id).then(), "absolute http or https");
        problem(given().contentType("application/merge-patch+json").body(Map.of("status", "paused"))
                .when().patch("/subscriptions/" + id).then(), "status");
        given().contentType("application/merge-patch+json")
                .body(Map.of("events", List.of("deadline.created", "deadline.postponed"), "filter", Map.of("country", "iq")))
                .when().patch("/subscriptions/" + id).then().statusCode(200)
                .body("events", org.hamcrest.Matchers.contains("deadline.created", "deadline.postponed"))
                .body("filter.country", org.hamcrest.Matchers.equalTo("IQ"))
                .body("url", org.hamcrest.Matchers.equalTo("https://desk.example.org/hooks/raqib"))
                .body(not(containsString(SECRET)));
        given().when().get("/subscriptions/987654321").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));

        String reader = TestKeys.fresh("reader")[1];
        given().header("X-API-Key", reader).contentType(ContentType.JSON).body(ok).when().post("/subscriptions")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().header("X-API-Key", reader).when().get("/subscriptions").then().statusCode(403);
        given().header(TestKeys.ANONYMOUS, "1").when().get("/subscriptions/" + id).then().statusCode(401);
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/subscriptions").then();
    }

    static void problem(ValidatableResponse response, String detail) {
        response.statusCode(400).contentType(startsWith("application/problem+json")).body("detail", containsString(detail));
    }
}
