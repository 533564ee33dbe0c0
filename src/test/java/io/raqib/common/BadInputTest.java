package io.raqib.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of bad request answers a clear 4xx problem+json, never a 500. */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class BadInputTest {

    private static ValidatableResponse isProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("stackTrace")));
    }

    @Test
    void missingTitleNamesTheField() {
        isProblem(given().contentType(ContentType.JSON).body("{\"body\": \"نص بلا عنوان\"}")
                .when().post("/articles").then(), 400)
                .body("detail", containsString("title"))
                .body("violations.field", hasItem("title"));
    }

    @Test
    void blankBodyNamesTheField() {
        isProblem(given().contentType(ContentType.JSON).body("{\"title\": \"عنوان\", \"body\": \"   \"}")
                .when().post("/articles").then(), 400)
                .body("violations.field", hasItem("body"));
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("{\"title\": \"عنوان\", \"body\": ", "malformed"),
                Arguments.of("not json at all", "malformed"),
                Arguments.of("[1, 2, 3]", "expected JSON object"),
                Arguments.of("\"just a string\"", "expected JSON object"),
                Arguments.of("{\"title\": [\"list\"], \"body\": \"نص\"}", "title"),
                Arguments.of("{\"title\": \"عنوان\", \"body\": \"نص\", \"publishedAt\": \"9 January\"}", "publishedAt"),
                Arguments.of("{\"title\": \"عنوان\", \"body\": \"نص\", \"publishedAt\": \"2025-02-30\"}", "publishedAt"),
                Arguments.of("{\"title\": \"عنوان\", \"body\": \"نص\", \"related\": [\"x\"]}", "related"),
                Arguments.of("{\"title\": \"عنوان\", \"body\": \"نص\", \"titel\": \"typo\"}", "titel"),
                Arguments.of("{\"title\": \"عنوان\", \"body\": \"نص\", \"url\": \"javascript:alert(1)\"}", "url"),
                Arguments.of("{\"title\": \"عنوان\", \"body\": \"نص\", \"language\": \"Arabic!\"}", "language"));
    }

    @ParameterizedTest
    @MethodSource("malformedBodies")
    void malformedOrMistypedJsonIs400(String body, String mentioned) {
        ValidatableResponse response = isProblem(given().contentType(ContentType.JSON).body(body)
                .when().post("/articles").then(), 400);
        if (!"malformed".equals(mentioned) && !"expected JSON object".equals(mentioned)) {
            response.body("detail", containsString(mentioned));
        }
    }

    @Test
    void emptyJsonBodyIs400() {
        isProblem(given().contentType(ContentType.JSON).body("")
                .when().post("/articles").then(), 400);
    }

    @Test
    void wrongContentTypeIs415() {
        isProblem(given().contentType("application/xml").body("<article/>")
                .when().post("/articles").then(), 415);
        isProblem(given().contentType("image/png").body(new byte[] {1, 2, 3})
                .when().post("/articles/import").then(), 415);
    }

    @Test
    void oversizedBodyIs413() {
        String huge = "{\"title\": \"عنوان\", \"body\": \"" + "ن".repeat(1_200_000) + "\"}";
        isProblem(given().contentType(ContentType.JSON).body(huge)
                .when().post("/articles").then(), 413)
                .body("detail", containsString("limit"));
    }

    @Test
    void unknownIdsAre404() {
        isProblem(given().when().get("/articles/424242424").then(), 404);
        isProblem(given().contentType(ContentType.JSON).body("{\"title\": \"ع\", \"body\": \"ن\"}")
                .when().put("/articles/424242424").then(), 404);
        isProblem(given().when().delete("/articles/424242424").then(), 404);
        isProblem(given().when().get("/articles/not-a-number").then(), 404);
        isProblem(given().when().get("/no-such-endpoint").then(), 404);
    }

    @Test
    void wrongMethodIs405() {
        isProblem(given().when().patch("/articles").then(), 405);
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "size=0", "size=1000", "page=abc", "size=ten", "from=2025-13-01",
            "to=yesterday", "from=2025-06-01&to=2025-01-01"})
    void badListParametersAre400(String query) {
        isProblem(given().when().get("/articles?" + query).then(), 400);
        isProblem(given().when().get("/articles/search?q=العراق&" + query).then(), 400);
    }

    @Test
    void deepSearchPagingIs400() {
        isProblem(given().queryParam("q", "العراق").queryParam("page", 600).queryParam("size", 100)
                .when().get("/articles/search").then(), 400);
    }

    static Stream<String> hostileQueries() {
        return Stream.of(
                "\"", "\"\"", "\"العراق", "العراق\"", "((", ")", "[", "]", "{", "}", "~", "*", "?", "\\", "/",
                "AND", "OR NOT", "title:العراق", "body:(x OR y)", "a:b:c", "+-&&||!(){}[]^\"~*?:\\/",
                "العراق AND", "<script>alert(1)</script>", "'; DROP TABLE article; --", "%", "%%",
                "القوات~2", "قوا*", "/.*/", "\u0000", "\u200f\u200e", "😀", "١٬٥٠٠", "٫", "ـــ",
                "#$%@!", " ", "\t\n");
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void hostileQueryStringsNeverFail(String q) {
        given().queryParam("q", q).when().get("/articles/search")
                .then().statusCode(anyOf(is(200), is(400)))
                .contentType(anyOf(is("application/json;charset=UTF-8"), is("application/json"),
                        is("application/problem+json"), is("application/problem+json;charset=UTF-8")));
    }

    @Test
    void queryOverTheLimitIs400() {
        isProblem(given().queryParam("q", "ع".repeat(10_000)).when().get("/articles/search").then(), 400)
                .body("detail", containsString("limit"));
    }

    @Test
    void tooManyWordsIs400() {
        isProblem(given().queryParam("q", "قوات ".repeat(100)).when().get("/articles/search").then(), 400)
                .body("detail", containsString("words"));
    }

    @Test
    void queryWithoutWordsIs400() {
        isProblem(given().queryParam("q", "!!! ***").when().get("/articles/search").then(), 400);
    }

    @Test
    void emptyImportIs400() {
        isProblem(given().contentType("text/plain; charset=UTF-8").body("   \n  ")
                .when().post("/articles/import").then(), 400);
        isProblem(io.raqib.testsupport.Api.rawBody("application/x-ndjson", "\n\n")
                .when().post("/articles/import").then(), 400);
    }

    @Test
    void ndjsonReportsBadLinesAndKeepsGoodOnes() {
        String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
        String ndjson = "{\"title\": \"سطر صالح " + marker + "\", \"body\": \"نص صالح.\"}\n"
                + "{broken json\n"
                + "{\"body\": \"بلا عنوان\"}\n"
                + "\n"
                + "{\"title\": \"سطر صالح آخر " + marker + "\", \"body\": \"نص آخر.\", \"publishedAt\": \"2024-02-02\"}\n";
        io.raqib.testsupport.Api.rawBody("application/x-ndjson", ndjson)
                .when().post("/articles/import")
                .then().statusCode(200)
                .body("created", equalTo(2))
                .body("failed", equalTo(2))
                .body("items.find { it.line == 2 }.status", equalTo("failed"))
                .body("items.find { it.line == 3 }.reason", containsString("title"))
                .body("items.find { it.line == 5 }.status", equalTo("created"));
    }
}
