package io.raqib.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.Concurrently;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What used to answer 500 or act on the wrong record: over-long fields, loose ids, control
 * characters, unknown charsets, bad import lines. Each is now a 4xx problem naming what is wrong.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class HardeningTest {

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Concurrently.Answer send(Concurrently.Call call) {
        try {
            return Concurrently.send(call);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static ValidatableResponse problem(ValidatableResponse response, int status, String field) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("detail", containsString(field));
    }

    static long claimOfOwnArticle() {
        long article = Api.createArticle(Map.of("title", "حدود الحقول " + unique(),
                "body", "قال مسؤول إن نحو 450 جندي أمريكي يتمركزون في سوريا."));
        return ((Number) given().get("/articles/" + article + "/claims").then().extract().path("items[0].id")).longValue();
    }

    @Test
    void overLongClaimFieldsAre400NamingTheField() {
        long claim = claimOfOwnArticle();
        Map<String, Integer> limits = Map.of("reviewNote", 2000, "place", 300, "attribution", 500);
        limits.forEach((field, limit) -> problem(given().contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of(field, "ن".repeat(limit + 1))).patch("/claims/" + claim).then(), 400, field));
        given().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("reviewNote", "ن".repeat(2000)))
                .patch("/claims/" + claim).then().statusCode(200);
    }

    @Test
    void overLongEvidenceIs400() {
        long article = Api.createArticle(Map.of("title", "دليل طويل " + unique(), "body", "كلمة ".repeat(600)));
        problem(given().contentType(ContentType.JSON).body(Map.of("articleId", article, "field", "body", "start", 0,
                "end", 2500, "value", 5)).post("/claims").then(), 400, "text");
        problem(given().contentType(ContentType.JSON).body(Map.of("articleId", article, "field", "body", "start", 0,
                "end", 2500, "subject", "withdrawal")).post("/deadlines").then(), 400, "text");
    }

    @Test
    void overLongDeadlineFieldsAre400NamingTheField() {
        long article = Api.createArticle(Map.of("title", "موعد " + unique(),
                "body", "أعلن وزير الدفاع التركي أن القوات التركية ستنسحب من الكويت بحلول آذار 2036.",
                "publishedAt", "2024-03-03"));
        long deadline = ((Number) given().queryParam("articleId", article).get("/deadlines").then()
                .extract().path("items[0].id")).longValue();
        for (String field : List.of("dueText", "announcedBy")) {
            problem(given().contentType(ContentType.JSON).body(Map.of(field, "م".repeat(301)))
                    .patch("/deadlines/" + deadline).then(), 400, field);
        }
    }

    @Test
    void aFigureInAnOverLongSentenceIsStored() {
        String sentence = "وقال مسؤول إن نحو 2500 جندي أمريكي ما زالوا في العراق " + "ضمن مهام التدريب والاستشارة ".repeat(400);
        assertThat(sentence.length()).isGreaterThan(8000);
        long article = Api.createArticle(Map.of("title", "جملة طويلة " + unique(), "body", sentence + "."));
        given().get("/articles/" + article + "/claims").then().statusCode(200).body("items.value", hasItem(2500));
    }

    @Test
    void idsAreAsciiDigitsAndPathsTakeNoMatrixParameters() {
        long id = Api.createArticle(Map.of("title", "معرفات " + unique(), "body", "نص " + unique()));
        for (String path : List.of("/articles/+" + id, "/articles/٣", "/articles/" + id + ";DROP", "/claims/%2B1",
                "/sources/-1", "/deadlines/1e3", "/articles/99999999999999999999")) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(404).contentType("application/problem+json");
        }
        given().urlEncodingEnabled(false).delete("/articles/" + id + ";DROP").then().statusCode(404);
        given().get("/articles/" + id).then().statusCode(200);
    }

    @Test
    void jsonIdsAreIntegers() {
        for (Object into : List.of(1.5, "1", true)) {
            problem(given().contentType(ContentType.JSON).body(Map.of("into", into)).post("/sources/1/merge").then(),
                    400, "into");
        }
        problem(given().contentType(ContentType.JSON).body("{\"articleId\": 1.0, \"field\": \"body\", \"start\": 0, "
                + "\"end\": 3, \"value\": 3}").post("/claims").then(), 400, "articleId");
    }

    @Test
    void controlCharactersAreRefusedInTitlesAndNames() {
        String run = unique();
        problem(given().contentType(ContentType.JSON).body(Map.of("title", "عنوان\u0000" + run, "body", "نص"))
                .post("/articles").then(), 400, "title");
        problem(given().contentType(ContentType.JSON).body(Map.of("title", "عنوان\u0007" + run, "body", "نص"))
                .post("/articles").then(), 400, "title");
        problem(given().contentType(ContentType.JSON).body(Map.of("title", "عنوان " + run, "body", "نص",
                "outlet", "منفذ\u001b" + run)).post("/articles").then(), 400, "name");
        problem(given().contentType(ContentType.JSON).body(Map.of("title", "عنوان " + run, "body", "نص\u0000"))
                .post("/articles").then(), 400, "body");
        // line breaks belong in a body
        given().contentType(ContentType.JSON).body(Map.of("title", "عنوان " + run, "body", "سطر أول\nسطر ثان\t" + run))
                .post("/articles").then().statusCode(201);
    }

    @Test
    void anUnknownCharsetIs415() {
        for (String[] call : new String[][] {{"/articles", "application/json; charset=x-no-such-charset", "{}"},
                {"/articles/import", "text/plain; charset=klingon", "عنوان"}}) {
            Concurrently.Answer answer = send(new Concurrently.Call("POST", call[0], Map.of("Content-Type", call[1]), call[2]));
            assertThat(answer.status()).isEqualTo(415);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).contains("charset");
        }
    }

    @Test
    void malformedJsonSaysWhere() {
        given().contentType(ContentType.JSON).body("{\n  \"title\": \"x\",\n  \"body\": }").post("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("line 3")).body("detail", containsString("column"));
        given().contentType(ContentType.JSON).body("{\"title\": 5, \"body\": [1]}").post("/articles")
                .then().statusCode(400).body("detail", containsString("body")).body("detail", containsString("line 1"));
    }

    @Test
    void oneBadNdjsonLineIsReportedAndTheOthersStand() {
        String run = unique();
        String ndjson = String.join("\n",
                "{\"title\": \"سطر جيد أول " + run + "\", \"body\": \"نص أول " + run + "\"}",
                "{\"title\": \"سطر سيئ " + run + "\", \"body\": \"نص فيه \\u0000 " + run + "\"}",
                "{\"title\": \"سطر طويل " + run + "\", \"body\": \"نص\", \"keywords\": [\"" + "ك".repeat(400) + "\"]}",
                "{\"title\": \"سطر جيد ثان " + run + "\", \"body\": \"نص ثان " + run + "\"}");
        Map<String, Object> report = Api.rawBody("application/x-ndjson", ndjson).post("/articles/import")
                .then().statusCode(200).extract().as(Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) report.get("items");
        assertThat(items).extracting(i -> i.get("line")).containsExactly(1, 2, 3, 4);
        assertThat(items).extracting(i -> i.get("status")).containsExactly("created", "failed", "failed", "created");
        assertThat((String) items.get(1).get("reason")).contains("body");
        assertThat((String) items.get(2).get("reason")).contains("keywords");
    }

    @Test
    void binaryJunkIsNotAnArticle() {
        Map<String, Object> report = new HashMap<>(Api.rawBody("text/plain; charset=UTF-8",
                        "\u0000\u0001\u0002junk\u0003\nmore\u0000junk\n").post("/articles/import")
                .then().statusCode(org.hamcrest.Matchers.lessThan(500)).extract().as(Map.class));
        given().queryParam("q", "junk").get("/sources").then().statusCode(200);
        if (report.containsKey("items")) {
            assertThat((List<?>) report.get("items")).allSatisfy(i -> assertThat(((Map<?, ?>) i).get("status")).isEqualTo("failed"));
        }
    }
}
