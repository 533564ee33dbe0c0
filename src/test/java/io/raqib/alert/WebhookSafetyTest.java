package io.raqib.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What keeps webhooks from being turned against the network they run in, and their log bounded:
 * internal targets refused on subscribing and again at every delivery, redirects not followed,
 * old deliveries purged. The test profile allows only 127.0.0.1 (this test's receiver); everything
 * else internal is refused as by default (TargetAddressesTest covers the default on loopback).
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class WebhookSafetyTest {
    static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L);
    static final String SECRET = "سر-مكتب-التحقق-" + RUN + "-2026";

    @Inject
    EntityManager em;

    @Inject
    DeliveryRetention retention;

    WebhookReceiver receiver;
    final List<Long> subscriptions = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        subscriptions.forEach(id -> given().when().delete("/subscriptions/" + id));
        receiver.close();
    }

    long subscribe(String url) {
        long id = ((Number) given().contentType(ContentType.JSON)
                .body(Map.of("url", url, "secret", SECRET, "events", List.of("claim.created"), "filter", Map.of("force", "US")))
                .when().post("/subscriptions").then().statusCode(201).extract().path("id")).longValue();
        subscriptions.add(id);
        return id;
    }

    @Test
    void internalTargetsAreRefusedOnSubscribingAndOnChanging() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/hook",
                "http://192.168.1.20:8080/", "http://172.20.0.3/", "http://[::1]:8080/", "http://[fd00:ec2::254]/",
                "http://[::ffff:10.1.1.1]/", "http://[fe80::1]/", "http://0.0.0.0/", "http://224.0.0.1/",
                "http://127.0.0.2/", "http://100.100.100.200/")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("url", url, "secret", SECRET, "events", List.of("claim.created")))
                    .when().post("/subscriptions").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("detail", startsWith("url must point to a public address"));
        }
        for (String url : List.of("http://2130706433/", "http://0177.0.0.1/", "http://017700000001/")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("url", url, "secret", SECRET, "events", List.of("claim.created")))
                    .when().post("/subscriptions").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("detail", startsWith("url ")).body("detail", containsString(url.substring(7, url.length() - 1)));
        }
        long id = subscribe(receiver.url("/fine"));
        given().contentType("application/merge-patch+json").body(Map.of("url", "http://169.254.169.254/computeMetadata/v1/"))
                .when().patch("/subscriptions/" + id).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("169.254.169.254")).body("detail", containsString("link-local"));
        given().when().get("/subscriptions/" + id).then().statusCode(200)
                .body("url", org.hamcrest.Matchers.equalTo(receiver.url("/fine")));
    }

    @Test
    void aTargetThatNowLeadsInsideIsRefusedAtDeliveryAndRedirectsAreNotFollowed() {
        long moved = subscribe(receiver.url("/moved"));
        receiver.redirect("/moved", "/elsewhere");
        long inside = subscribe(receiver.url("/rebound"));
        // As if its name now resolved to an address webhooks may not reach: the row is changed underneath.
        String rebound = receiver.url("/rebound").replace("127.0.0.1", "[::1]");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update webhook_subscription set url = ?1 where id = ?2")
                .setParameter(1, rebound).setParameter(2, inside).executeUpdate());

        Api.createArticle(Map.of("title", "حصيلة القوات الأمريكية في الحسكة",
                "body", "قال متحدث عسكري إن قرابة ٩٠٠ جندي أمريكي يتمركزون قرب الحسكة في سوريا.",
                "publishedAt", "2010-08-14", "outlet", "نشرة السلامة " + RUN));

        WebhookTest.await("the redirect is answered and logged", () -> attempted(moved));
        assertThat(deliveries(moved).getList("items[0].log.statusCode")).first().isEqualTo(302);
        assertThat(receiver.at("/moved")).isNotEmpty();
        assertThat(receiver.at("/elsewhere")).as("the Location is not followed").isEmpty();

        WebhookTest.await("the refusal is logged", () -> attempted(inside));
        JsonPath log = deliveries(inside);
        assertThat(log.getString("items[0].log[0].error")).startsWith("refused: ").contains("[::1]").contains("loopback");
        assertThat(log.getList("items[0].log.statusCode")).containsOnlyNulls();
        assertThat(receiver.at("/rebound")).as("nothing was sent").isEmpty();
    }

    @Test
    void settledDeliveriesOlderThanTheRetentionArePurgedInBatchesWithTheirAttempts() {
        long subscription = subscribe(receiver.url("/kept"));
        Instant now = Instant.now();
        List<String> old = List.of("old-delivered-1", "old-delivered-2", "old-failed-3", "old-delivered-4", "old-failed-5");
        QuarkusTransaction.requiringNew().run(() -> {
            for (String id : old) {
                delivery(RUN + id, subscription, id.contains("failed") ? "FAILED" : "DELIVERED", now.minus(Duration.ofDays(40)));
            }
            delivery(RUN + "old-pending", subscription, "PENDING", now.minus(Duration.ofDays(40)));
            delivery(RUN + "recent-delivered", subscription, "DELIVERED", now.minus(Duration.ofDays(2)));
        });

        assertThat(retention.purge(Duration.ofDays(30), 2)).isGreaterThanOrEqualTo(old.size());

        List<Object> left = QuarkusTransaction.requiringNew().call(() -> List.copyOf(em.createNativeQuery(
                "select id from webhook_delivery where subscription_id = ?1 order by id").setParameter(1, subscription)
                .getResultList()));
        assertThat(left).containsExactly((Object) (RUN + "old-pending"), RUN + "recent-delivered");
        Number attempts = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from webhook_attempt where delivery_id like ?1").setParameter(1, RUN + "%").getSingleResult());
        assertThat(attempts.longValue()).as("only the attempts of the deliveries kept").isEqualTo(2);
        assertThat(retention.purge(Duration.ofDays(30), 2)).isZero();
    }

    private void delivery(String id, long subscription, String status, Instant created) {
        OffsetDateTime at = OffsetDateTime.ofInstant(created, ZoneOffset.UTC);
        em.createNativeQuery("insert into webhook_delivery (id, subscription_id, event, aggregate_id, payload, status,"
                        + " attempts, created_at, next_attempt_at) values (?1, ?2, 'claim.created', 1, '{}', ?3, 1, ?4, ?5)")
                .setParameter(1, id).setParameter(2, subscription).setParameter(3, status).setParameter(4, at)
                .setParameter(5, status.equals("PENDING") ? OffsetDateTime.now(ZoneOffset.UTC).plusDays(365) : at)
                .executeUpdate();
        em.createNativeQuery("insert into webhook_attempt (delivery_id, attempt, attempted_at, status_code, duration_ms)"
                + " values (?1, 1, ?2, 200, 5)").setParameter(1, id).setParameter(2, at).executeUpdate();
    }

    static boolean attempted(long subscription) {
        List<Object> log = deliveries(subscription).getList("items[0].log");
        return log != null && !log.isEmpty();
    }

    static JsonPath deliveries(long subscription) {
        return given().when().get("/subscriptions/" + subscription + "/deliveries").then().statusCode(200).extract()
                .jsonPath();
    }
}
