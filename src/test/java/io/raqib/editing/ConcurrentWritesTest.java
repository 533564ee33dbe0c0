package io.raqib.editing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.Concurrently;
import io.raqib.testsupport.Concurrently.Answer;
import io.raqib.testsupport.Concurrently.Call;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Eight writers at once on each path where writers used to collide in the real PostgreSQL: never
 * a 5xx, and the data ends up as if they had come one after another.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ConcurrentWritesTest {
    static final int WRITERS = 8;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] MONTHS = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
            "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, Object> read(String body) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.readValue(body, Map.class);
            return map;
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    static void noServerErrors(List<Answer> answers) {
        for (Answer a : answers) {
            assertThat(a.status()).as("status of %s", a.body()).isLessThan(500);
            if (a.status() >= 400) {
                assertThat(a.contentType()).startsWith("application/problem+json");
            }
        }
    }

    /** An article of ours announcing a Turkish withdrawal from Kuwait in a given month: one chain. */
    static Map<String, Object> chainArticle(String marker, int month, int year) {
        Map<String, Object> a = new HashMap<>();
        a.put("title", "أنقرة تحدد موعد الانسحاب " + marker);
        a.put("body", "أعلن وزير الدفاع التركي أن القوات التركية ستنسحب من الكويت بحلول " + MONTHS[month] + " " + year + ".");
        a.put("publishedAt", "2024-0" + (1 + month % 9) + "-1" + (month % 9));
        a.put("outlet", "وكالة اختبار التزامن");
        return a;
    }

    @Test
    void concurrentPutsOfArticlesSharingADeadlineChainAllSucceed() {
        String run = unique();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            ids.add(Api.createArticle(chainArticle(run + "-" + i, i, 2031)));
        }
        List<Integer> before = given().queryParam("articleId", ids.get(0)).get("/deadlines").then().statusCode(200)
                .extract().path("items.id");
        assertThat(before).as("the extractor reads our sentence as a deadline").isNotEmpty();

        List<Answer> answers = Concurrently.run(WRITERS, i -> Call.json("PUT", "/articles/" + ids.get(i),
                json(chainArticle(run + "-" + i + "-moved", (i + 5) % 12, 2032))));

        noServerErrors(answers);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
        // consistent: the chain as the racing writers left it is the chain one more write recomputes
        long deadline = ((Number) given().queryParam("articleId", ids.get(0)).get("/deadlines").then()
                .extract().path("items[0].id")).longValue();
        List<Map<String, Object>> chain = given().get("/deadlines/" + deadline).then().statusCode(200)
                .extract().path("chain");
        assertThat(chain).hasSizeGreaterThanOrEqualTo(WRITERS);
        given().contentType(ContentType.JSON).body(chainArticle(run + "-0-again", 5, 2032))
                .put("/articles/" + ids.get(0)).then().statusCode(200);
        long again0 = ((Number) given().queryParam("articleId", ids.get(1)).get("/deadlines").then()
                .extract().path("items[0].id")).longValue();
        List<Map<String, Object>> again = given().get("/deadlines/" + again0).then().statusCode(200)
                .extract().path("chain");
        assertThat(statuses(again)).isEqualTo(statuses(chain));
    }

    private static Map<Object, Object> statuses(List<Map<String, Object>> chain) {
        Map<Object, Object> byId = new HashMap<>();
        // re-extraction gives an article's deadlines new ids: compare by article and date
        chain.forEach(d -> byId.put(d.get("articleId") + "/" + d.get("due"), d.get("status")));
        return byId;
    }

    @Test
    void theSameArticleSentEightTimesAtOnceIsStoredOnce() {
        String run = unique();
        String body = json(Map.of("title", "خبر واحد يصل ثماني مرات " + run,
                "body", "نص الخبر الذي أرسله ثمانية عملاء في اللحظة نفسها " + run, "outlet", "منفذ جديد " + run));
        List<Answer> answers = Concurrently.run(WRITERS, i -> Call.json("POST", "/articles", body));

        noServerErrors(answers);
        assertThat(answers).extracting(Answer::status).containsOnly(200, 201);
        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);
        Set<Object> ids = new HashSet<>();
        answers.forEach(a -> ids.add(read(a.body()).get("id")));
        assertThat(ids).hasSize(1);
        assertThat(answers).allSatisfy(a -> assertThat(a.etag()).isNotNull());
    }

    @Test
    void eightArticlesFromOneNewOutletAtOnceShareOneOutlet() {
        String run = unique();
        String outlet = "صحيفة التزامن " + run;
        List<Answer> answers = Concurrently.run(WRITERS, i -> Call.json("POST", "/articles", json(Map.of(
                "title", "خبر رقم " + i + " " + run, "body", "نص مختلف للخبر رقم " + i + " " + run, "outlet", outlet))));

        noServerErrors(answers);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
        Set<Object> outlets = new HashSet<>();
        answers.forEach(a -> outlets.add(((Map<?, ?>) read(a.body()).get("outlet")).get("id")));
        assertThat(outlets).hasSize(1);
        given().queryParam("q", outlet).get("/sources").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void theSamePageImportedEightTimesAtOnceIsReportedEverywhereAndStoredOnce() {
        String run = unique();
        String page = "عنوان صفحة مستوردة " + run + "\nتاريخ النشر: 3rd, March 2025 GMT\n"
                + "نص الصفحة المستوردة التي يرسلها ثمانية عملاء معا " + run + ".\nالمصدر: مصدر الاستيراد " + run + "\n";
        List<Answer> answers = Concurrently.run(WRITERS, i -> new Call("POST", "/articles/import",
                Map.of("Content-Type", "text/plain; charset=UTF-8"), page));

        noServerErrors(answers);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
        Set<Object> ids = new HashSet<>();
        for (Answer a : answers) {
            List<?> items = (List<?>) read(a.body()).get("items");
            assertThat(items).hasSize(1);
            Map<?, ?> item = (Map<?, ?>) items.get(0);
            assertThat(item.get("status")).isIn("created", "already_present");
            ids.add(item.get("id"));
        }
        assertThat(ids).hasSize(1);
    }

    /** A claim of ours to review: the figure in a sentence we wrote. */
    static long claimToReview() {
        long article = Api.createArticle(Map.of("title", "مراجعة متزامنة " + unique(),
                "body", "قال مسؤول إن نحو 1200 جندي أمريكي ما زالوا في سوريا."));
        List<Integer> claims = given().get("/articles/" + article + "/claims").then().statusCode(200)
                .extract().path("items.id");
        assertThat(claims).isNotEmpty();
        return claims.get(0);
    }

    @Test
    void eightReviewsOfOneClaimWithTheSameETagHaveOneWinner() {
        long claim = claimToReview();
        String etag = given().get("/claims/" + claim).then().statusCode(200).extract().header("ETag");
        assertThat(etag).matches("\"\\d+\"");
        int historyBefore = given().get("/claims/" + claim + "/history").then().extract().path("total");

        List<Answer> answers = Concurrently.run(WRITERS, i -> new Call("PATCH", "/claims/" + claim,
                Map.of("Content-Type", "application/merge-patch+json", "If-Match", etag),
                json(Map.of("review", i % 2 == 0 ? "confirmed" : "rejected", "reviewNote", "المراجع " + i))));

        noServerErrors(answers);
        assertThat(answers.stream().filter(a -> a.status() == 200)).hasSize(1);
        assertThat(answers.stream().filter(a -> a.status() == 412)).hasSize(WRITERS - 1);
        Answer winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
        given().get("/claims/" + claim).then().statusCode(200)
                .header("ETag", winner.etag())
                .body("reviewNote", org.hamcrest.Matchers.equalTo(read(winner.body()).get("reviewNote")));
        given().get("/claims/" + claim + "/history").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(historyBefore + 1));
    }

    @Test
    void eightUnconditionalReviewsOfOneClaimAreAppliedOneAfterAnother() {
        long claim = claimToReview();
        String etag = given().get("/claims/" + claim).then().statusCode(200).extract().header("ETag");
        long version = Long.parseLong(etag.replace("\"", ""));

        List<Answer> answers = Concurrently.run(WRITERS, i -> new Call("PATCH", "/claims/" + claim,
                Map.of("Content-Type", "application/merge-patch+json"),
                json(Map.of("review", "confirmed", "reviewNote", "ملاحظة المراجع " + i))));

        noServerErrors(answers);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(200, 409));
        long applied = answers.stream().filter(a -> a.status() == 200).count();
        assertThat(applied).isPositive();
        // every write that answered 200 moved the version on once: none was lost
        given().get("/claims/" + claim).then().statusCode(200).header("ETag", "\"" + (version + applied) + "\"");
    }
}
