package io.raqib;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestKeys;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged application (target/quarkus-app, production profile) against the real servers:
 * migrations run, an article is archived, the indexer makes it searchable, errors are problems.
 */
@QuarkusIntegrationTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class PackagedAppIT {

    @BeforeEach
    void authenticate() {
        TestKeys.install();
    }

    @Test
    void archivesIndexesAndSearches() {
        String marker = "حزمة" + System.nanoTime();
        long id = Api.createArticle(Map.of(
                "title", "اختبار التطبيق المحزوم: وصول تعزيزات إلى قاعدة الحرير",
                "body", "وصلت تعزيزات إلى قاعدة الحرير في أربيل بحسب مصادر كردية.",
                "publishedAt", "2025-05-05", "outlet", "رووداو", "keywords", List.of(marker)));
        given().when().get("/articles/" + id).then().statusCode(200).body("outlet.name", equalTo("رووداو"));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<Number> found = List.of();
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
            found = given().queryParam("q", "اربيل").queryParam("keyword", marker).when().get("/articles/search")
                    .then().statusCode(200).extract().path("items.id");
            Api.sleep(250);
        }
        assertThat(found).extracting(Number::longValue).containsExactly(id);
    }

    @Test
    void healthAndProblems() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().contentType(ContentType.JSON).body("{\"title\": \"\"}").when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void productionProfileNeedsAKeyToRead() {
        given().header(TestKeys.ANONYMOUS, "1").when().get("/articles")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        String[] reader = TestKeys.fresh("reader");
        given().header("X-API-Key", reader[1]).when().get("/articles").then().statusCode(200);
        given().header("X-API-Key", reader[1]).contentType(ContentType.JSON).body("{\"title\": \"\"}")
                .when().post("/articles").then().statusCode(403).contentType("application/problem+json");
    }
}
