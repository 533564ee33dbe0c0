package io.raqib.editing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ETags on single records; If-Match on PUT, PATCH and DELETE: a stale one is 412, and nothing changes. */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ConditionalRequestsTest {

    static Map<String, Object> article(String title, String run) {
        return Map.of("title", title + " " + run, "body", "نص خبر للتحقق من الإصدارات " + run, "outlet", "منفذ " + run);
    }

    @Test
    void twoEditorsCannotOverwriteEachOther() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String created = given().contentType(ContentType.JSON).body(article("الأصل", run)).post("/articles")
                .then().statusCode(201).header("ETag", matchesPattern("\"\\d+\"")).extract().header("ETag");
        long id = ((Number) given().get("/articles?outlet=منفذ " + run).then().extract().path("items[0].id")).longValue();
        String read = given().get("/articles/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(read).isEqualTo(created);

        // editor A writes first, with the version both read
        String afterA = given().contentType(ContentType.JSON).header("If-Match", read).body(article("تعديل المحرر أ", run))
                .put("/articles/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(afterA).isNotEqualTo(read);
        // editor B still holds the old version: refused, and A's change stands
        given().contentType(ContentType.JSON).header("If-Match", read).body(article("تعديل المحرر ب", run))
                .put("/articles/" + id).then().statusCode(412).contentType("application/problem+json")
                .body("status", equalTo(412)).body("detail", containsString("changed since you read it"));
        given().header("If-Match", read).delete("/articles/" + id).then().statusCode(412);
        given().get("/articles/" + id).then().statusCode(200).header("ETag", afterA)
                .body("title", equalTo("تعديل المحرر أ " + run));

        given().header("If-Match", "\"0\", " + afterA).delete("/articles/" + id).then().statusCode(204);
    }

    @Test
    void ifMatchStarAndMalformedTags() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long id = Api.createArticle(article("نجمة", run));
        given().contentType(ContentType.JSON).header("If-Match", "*").body(article("نجمة ثانية", run))
                .put("/articles/" + id).then().statusCode(200).header("ETag", notNullValue());
        given().contentType(ContentType.JSON).header("If-Match", "not-a-tag").body(article("نجمة ثالثة", run))
                .put("/articles/" + id).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("If-Match"));
        String etag = given().get("/articles/" + id).then().extract().header("ETag");
        // a weak tag never matches (If-Match compares strongly)
        given().contentType(ContentType.JSON).header("If-Match", "W/" + etag).body(article("نجمة رابعة", run))
                .put("/articles/" + id).then().statusCode(412);
    }

    @Test
    void everySingleRecordCarriesAnETag() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long article = Api.createArticle(Map.of("title", "وسوم " + run,
                "body", "أعلن وزير الدفاع التركي أن القوات التركية ستنسحب من الكويت بحلول آب 2035. وقال مسؤول إن نحو 300 جندي تركي ما زالوا هناك.",
                "outlet", "منفذ الوسوم " + run, "publishedAt", "2024-02-02"));
        long outlet = ((Number) given().get("/articles/" + article).then().statusCode(200).header("ETag", notNullValue())
                .extract().path("outlet.id")).longValue();
        given().get("/sources/" + outlet).then().statusCode(200).header("ETag", matchesPattern("\"\\d+\""));
        long claim = ((Number) given().get("/articles/" + article + "/claims").then().extract().path("items[0].id")).longValue();
        String claimTag = given().get("/claims/" + claim).then().statusCode(200).extract().header("ETag");
        long deadline = ((Number) given().queryParam("articleId", article).get("/deadlines").then()
                .extract().path("items[0].id")).longValue();
        String deadlineTag = given().get("/deadlines/" + deadline).then().statusCode(200).extract().header("ETag");

        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"999\"").body(Map.of("review", "confirmed"))
                .patch("/claims/" + claim).then().statusCode(412);
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", claimTag).body(Map.of("review", "confirmed"))
                .patch("/claims/" + claim).then().statusCode(200).header("ETag", notNullValue());
        given().contentType(ContentType.JSON).header("If-Match", "\"999\"").body(Map.of("review", "confirmed"))
                .patch("/deadlines/" + deadline).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", deadlineTag).body(Map.of("review", "confirmed"))
                .patch("/deadlines/" + deadline).then().statusCode(200).header("ETag", notNullValue());
    }
}
