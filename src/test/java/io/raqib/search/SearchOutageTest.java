package io.raqib.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.TestServersResource;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TcpProxy;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch goes away (the test cuts the loopback link the service talks through): writes
 * and reads of the archive go on, search answers 503 with Retry-After, and once the link is
 * back the outbox catches the index up without losing a write, within 10 s of the node's return
 * even when the indexer's back-off has grown longer than that (it probes the node meanwhile).
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class SearchOutageTest {

    @AfterEach
    void restoreLink() {
        TcpProxy.restore();
    }

    @Test
    void anOutageLosesNothing() {
        String marker = "انقطاع" + System.nanoTime();
        TcpProxy.cut();

        long id = Api.createArticle(Map.of("title", "خبر كتب أثناء انقطاع البحث " + marker,
                "body", "يجب أن يحفظ هذا الخبر وأن يظهر في البحث بعد عودة الخدمة.",
                "keywords", List.of(marker)));
        given().when().get("/articles/" + id).then().statusCode(200);
        given().queryParam("keyword", marker).when().get("/articles").then().statusCode(200).body("total", equalTo(1));

        given().queryParam("q", "انقطاع البحث").when().get("/articles/search")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("search index"));
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'Elasticsearch' }.status", equalTo("DOWN"));
        given().when().get("/q/health/group/archive").then().statusCode(200);
        int pending = given().when().get("/admin/outbox").then().statusCode(200).extract().path("pending");
        assertThat(pending).isPositive();

        // hold the outage until the indexer's doubled back-off alone would leave the index stale for
        // more than 10 s after the node returns: only probing the node can then catch up in time
        Instant until = Instant.now().plusSeconds(90);
        while (secondsUntilRetry() <= 12) {
            assertThat(Instant.now()).as("the indexer backs off while the node is away").isBefore(until);
            Api.sleep(500);
        }

        TcpProxy.restore();
        Instant back = Instant.now();
        while (pending() > 0) {
            assertThat(Duration.between(back, Instant.now())).as("catch-up after the node returns")
                    .isLessThanOrEqualTo(Duration.ofSeconds(10));
            Api.sleep(200);
        }
        Duration catchUp = Duration.between(back, Instant.now());
        System.out.printf("search outage: the index caught up %d ms after the node returned%n", catchUp.toMillis());
        assertThat(catchUp).isLessThanOrEqualTo(Duration.ofSeconds(10));
        Api.awaitIndexed();
        given().queryParam("q", "انقطاع البحث").queryParam("keyword", marker).when().get("/articles/search")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
    }

    /** Changes not yet in the search index. */
    private static int pending() {
        return given().when().get("/admin/outbox").then().statusCode(200).extract().path("pending");
    }

    /** How long the indexer would still wait before trying again by itself (0 when it is not waiting). */
    private static long secondsUntilRetry() {
        String retryAt = given().when().get("/admin/outbox").then().statusCode(200).extract().path("retryAt");
        return retryAt == null ? 0 : Duration.between(Instant.now(), Instant.parse(retryAt)).toSeconds();
    }
}
