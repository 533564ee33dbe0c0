package io.raqib.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestClock;
import io.raqib.testsupport.TestServersResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "As known at" against the real servers: what the archive answered at an instant T, rebuilt from
 * the change history, while reviews, corrections, postponements and new articles arrive after T.
 * Articles of our own writing, dated 2011 and 2012, about forces no other test counts there.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class AsKnownAtTest {
    static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L);
    static final String OUTLET = "نشرة الأرشيف " + RUN;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> article(String title, String body, String published) {
        return article(title, body, published, OUTLET);
    }

    static Map<String, Object> article(String title, String body, String published, String outlet) {
        Map<String, Object> a = new HashMap<>();
        a.put("title", title);
        a.put("body", body);
        a.put("publishedAt", published);
        a.put("outlet", outlet);
        return a;
    }

    static Map<String, Object> bodyClaim(long articleId) {
        List<Map<String, Object>> items = given().when().get("/articles/" + articleId + "/claims").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(c -> "body".equals(c.get("field"))).findFirst().orElseThrow();
    }

    static JsonPath claims(Map<String, ?> params) {
        return given().queryParams(params).queryParam("outlet", OUTLET).queryParam("size", 100).when().get("/claims")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath deadlines(Map<String, ?> params) {
        return given().queryParams(params).queryParam("outlet", OUTLET).queryParam("size", 100).when().get("/deadlines")
                .then().statusCode(200).extract().jsonPath();
    }

    /** An instant strictly between what came before and what comes after. */
    static Instant between() {
        Api.sleep(30);
        Instant t = Instant.now();
        Api.sleep(30);
        return t;
    }

    @Test
    void claimsShowTheirValuesAndReviewAsTheyStoodThen() {
        long before = Api.createArticle(article("تقديرات لعدد الجنود الإيطاليين",
                "قال مصدر عسكري إن نحو 800 جندي إيطالي ينتشرون في العراق.", "2011-04-03"));
        Api.awaitIndexed();
        long claim = ((Number) bodyClaim(before).get("id")).longValue();
        Instant t = between();

        given().contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("value", 850, "review", "confirmed", "reviewNote", "بعد التحقق"))
                .when().patch("/claims/" + claim).then().statusCode(200);
        long later = Api.createArticle(article("رقم جديد للقوات الإيطالية",
                "أكد مسؤول أن 2000 جندي إيطالي موجودون في العراق.", "2011-04-20"));
        Api.awaitIndexed();
        long laterClaim = ((Number) bodyClaim(later).get("id")).longValue();

        Map<String, Object> then = Map.of("asKnownAt", t.toString());
        JsonPath past = claims(then);
        assertThat(past.<Integer>getList("items.id")).containsExactly((int) claim);
        assertThat(past.getInt("items[0].value")).isEqualTo(800);
        assertThat(past.getString("items[0].review")).isEqualTo("unreviewed");
        assertThat(past.getInt("total")).isEqualTo(1);
        JsonPath now = claims(Map.of());
        assertThat(now.<Integer>getList("items.id")).contains((int) claim, (int) laterClaim);
        Map<String, Object> corrected = now.<Map<String, Object>>getList("items").stream()
                .filter(c -> ((Number) c.get("id")).longValue() == claim).findFirst().orElseThrow();
        assertThat(corrected).containsEntry("value", 850).containsEntry("review", "corrected");

        assertThat(claims(Map.of("review", "unreviewed", "asKnownAt", t.toString())).<Integer>getList("items.id"))
                .containsExactly((int) claim);
        assertThat(claims(Map.of("review", "unreviewed")).<Integer>getList("items.id")).doesNotContain((int) claim);

        Map<String, Object> series = Map.of("force", "ITALIAN", "country", "IQ", "from", "2011-04", "to", "2011-04");
        JsonPath timelineThen = given().queryParams(series).queryParam("asKnownAt", t.toString())
                .when().get("/claims/timeline").then().statusCode(200).extract().jsonPath();
        assertThat(timelineThen.<Integer>getList("points.value")).containsExactly(800);
        JsonPath timelineNow = given().queryParams(series).when().get("/claims/timeline").then().statusCode(200)
                .extract().jsonPath();
        assertThat(timelineNow.<Integer>getList("points.value")).containsExactly(850, 2000);

        Map<String, Object> conflicts = Map.of("force", "ITALIAN", "country", "IQ");
        assertThat(given().queryParams(conflicts).queryParam("asKnownAt", t.toString()).when().get("/claims/conflicts")
                .then().statusCode(200).extract().jsonPath().getInt("total")).as("one figure then: no conflict")
                .isZero();
        assertThat(given().queryParams(conflicts).when().get("/claims/conflicts").then().statusCode(200).extract()
                .jsonPath().getInt("total")).isEqualTo(1);
    }

    static final String FRENCH_OUTLET = "نشرة المراجعات " + RUN;

    static JsonPath french(Map<String, ?> params) {
        return given().queryParams(params).queryParam("outlet", FRENCH_OUTLET).queryParam("size", 100).when()
                .get("/claims").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aLaterReviewDeletionAndClaimAreUndoneAndAskingWritesNothing() {
        long reviewedArticle = Api.createArticle(article("انتشار فرنسي في العراق",
                "ذكرت وزارة الدفاع أن نحو 600 جندي فرنسي ينتشرون في العراق.", "2011-06-05", FRENCH_OUTLET));
        Map<String, Object> replaced = article("قوات فرنسية في سوريا",
                "قال ضابط إن نحو 450 جندي فرنسي ينتشرون في سوريا.", "2011-06-07", FRENCH_OUTLET);
        long replacedArticle = Api.createArticle(replaced);
        Api.awaitIndexed();
        long reviewed = ((Number) bodyClaim(reviewedArticle).get("id")).longValue();
        long deleted = ((Number) bodyClaim(replacedArticle).get("id")).longValue();
        Instant t = between();

        given().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("review", "confirmed"))
                .when().patch("/claims/" + reviewed).then().statusCode(200).body("review", org.hamcrest.Matchers.equalTo("confirmed"));
        // re-extraction of the rewritten article drops its unreviewed figure: the claim is deleted
        Map<String, Object> rewritten = new HashMap<>(replaced);
        rewritten.put("body", "قال ضابط إن القوات الفرنسية ما زالت تنتشر في سوريا دون ذكر أعداد.");
        given().contentType("application/json; charset=UTF-8").body(rewritten).when().put("/articles/" + replacedArticle)
                .then().statusCode(200);
        given().when().get("/claims/" + deleted).then().statusCode(404);
        long laterArticle = Api.createArticle(article("تعزيزات فرنسية", "أكد مسؤول أن 700 جندي فرنسي موجودون في العراق.",
                "2011-06-20", FRENCH_OUTLET));
        Api.awaitIndexed();
        long later = ((Number) bodyClaim(laterArticle).get("id")).longValue();

        var row = given().when().get("/claims/" + reviewed).then().statusCode(200).extract();
        int historyBefore = given().when().get("/claims/" + reviewed + "/history").then().statusCode(200).extract()
                .path("total");

        Map<String, Object> french = Map.of("force", "FRENCH");
        JsonPath then = french(Map.of("force", "FRENCH", "asKnownAt", t.toString()));
        assertThat(then.<Integer>getList("items.id")).as("the deleted claim was there, the later one not yet")
                .containsExactlyInAnyOrder((int) reviewed, (int) deleted);
        assertThat(then.getInt("total")).isEqualTo(2);
        Map<Integer, Map<String, Object>> byId = new HashMap<>();
        then.<Map<String, Object>>getList("items").forEach(c -> byId.put((Integer) c.get("id"), c));
        assertThat(byId.get((int) reviewed)).containsEntry("review", "unreviewed").containsEntry("value", 600);
        assertThat(byId.get((int) deleted)).containsEntry("value", 450).containsEntry("articleId", (int) replacedArticle)
                .containsEntry("review", "unreviewed").containsEntry("country", "SY");
        assertThat(french(Map.of("force", "FRENCH", "review", "confirmed", "asKnownAt", t.toString()))
                .<Integer>getList("items.id")).isEmpty();
        assertThat(french(Map.of("force", "FRENCH", "country", "SY", "asKnownAt", t.toString()))
                .<Integer>getList("items.id")).containsExactly((int) deleted);
        JsonPath second = given().queryParams(Map.of("force", "FRENCH", "outlet", FRENCH_OUTLET, "asKnownAt", t.toString(),
                "size", 1, "page", 1)).when().get("/claims").then().statusCode(200).extract().jsonPath();
        assertThat(second.getInt("total")).isEqualTo(2);
        assertThat(second.<Integer>getList("items.id")).hasSize(1).isSubsetOf((int) reviewed, (int) deleted)
                .doesNotContain(then.<Integer>getList("items.id").get(0));

        JsonPath now = french(french);
        assertThat(now.<Integer>getList("items.id")).containsExactlyInAnyOrder((int) reviewed, (int) later);
        assertThat(french(Map.of("force", "FRENCH", "review", "confirmed")).<Integer>getList("items.id"))
                .containsExactly((int) reviewed);

        // asking about the past changed nothing: same row, same version, no new history
        var after = given().when().get("/claims/" + reviewed).then().statusCode(200).extract();
        assertThat(after.header("ETag")).isEqualTo(row.header("ETag"));
        assertThat(after.jsonPath().getString("review")).isEqualTo("confirmed");
        assertThat(after.jsonPath().getString("updatedAt")).isEqualTo(row.jsonPath().getString("updatedAt"));
        assertThat((int) given().when().get("/claims/" + reviewed + "/history").then().statusCode(200).extract()
                .path("total")).isEqualTo(historyBefore);
    }

    @Test
    void deadlinesAreAsAnnouncedThenWithTheirStatusOnThatDay() {
        long first = Api.createArticle(article("موعد انسحاب القوات الإسبانية",
                "أعلن وزير الدفاع الإسباني أن القوات الإسبانية ستنسحب من العراق بحلول أيلول/سبتمبر 2028.",
                "2026-01-10"));
        Api.awaitIndexed();
        long firstDeadline = ((Number) given().get("/articles/" + first + "/deadlines").then().statusCode(200)
                .extract().path("items[0].id")).longValue();
        Instant t = between();
        long second = Api.createArticle(article("تأجيل انسحاب القوات الإسبانية",
                "ذكرت وزارة الدفاع الإسبانية تأجيل انسحاب القوات الإسبانية من العراق حتى أيلول/سبتمبر 2029.",
                "2026-02-10"));
        Api.awaitIndexed();
        long secondDeadline = ((Number) given().get("/articles/" + second + "/deadlines").then().statusCode(200)
                .extract().path("items[0].id")).longValue();

        JsonPath now = deadlines(Map.of("force", "SPANISH"));
        assertThat(now.<Integer>getList("items.id")).containsExactly((int) firstDeadline, (int) secondDeadline);
        assertThat(now.<String>getList("items.status")).containsExactly("postponed", "upcoming");
        JsonPath then = deadlines(Map.of("force", "SPANISH", "asKnownAt", t.toString()));
        assertThat(then.<Integer>getList("items.id")).as("the postponement came after T").containsExactly((int) firstDeadline);
        assertThat(then.<String>getList("items.status")).containsExactly("upcoming");
        assertThat(deadlines(Map.of("status", "upcoming", "asKnownAt", t.toString())).<Integer>getList("items.id"))
                .containsExactly((int) firstDeadline);

        // Today moves past September 2029: both dates are behind; as known on 1 June 2029 the standing one was ahead.
        clock.setToday(LocalDate.of(2029, 12, 15));
        assertThat(deadlines(Map.of("force", "SPANISH")).<String>getList("items.status"))
                .containsExactly("postponed", "passed");
        assertThat(deadlines(Map.of("force", "SPANISH", "asKnownAt", "2029-06-01T00:00:00Z")).<String>getList("items.status"))
                .containsExactly("postponed", "upcoming");
        assertThat(deadlines(Map.of("force", "SPANISH", "asKnownAt", t.toString())).<String>getList("items.status"))
                .containsExactly("upcoming");
        clock.reset();

        String calendarThen = given().queryParams(Map.of("outlet", OUTLET, "asKnownAt", t.toString()))
                .when().get("/deadlines.ics").then().statusCode(200).extract().asString();
        assertThat(calendarThen).contains("deadline-" + firstDeadline + "@raqib")
                .doesNotContain("deadline-" + secondDeadline + "@raqib");
        assertThat(given().queryParam("outlet", OUTLET).when().get("/deadlines.ics").then().statusCode(200).extract()
                .asString()).contains("deadline-" + secondDeadline + "@raqib");
    }

    @Test
    void searchLeavesOutArticlesArchivedAfterTheInstant() {
        String word = "زمردة" + RUN.substring(0, 3);
        long old = Api.createArticle(article("خبر قديم " + word, "نص الخبر القديم عن " + word + " في بغداد.", "2011-01-02"));
        Api.awaitIndexed();
        Instant t = between();
        long fresh = Api.createArticle(article("خبر جديد " + word, "نص الخبر الجديد عن " + word + " في أربيل.", "2010-01-02"));
        Api.awaitIndexed();

        List<Integer> then = Api.search(Map.of("q", word, "asKnownAt", t.toString())).statusCode(200).extract()
                .jsonPath().getList("items.id");
        assertThat(then).contains((int) old).doesNotContain((int) fresh);
        List<Integer> now = Api.search(Map.of("q", word)).statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(now).contains((int) old, (int) fresh);
    }

    @Test
    void anInstantThatIsNotOneOrLiesAheadIsRefused() {
        for (String path : List.of("/claims", "/claims/timeline", "/claims/conflicts", "/deadlines", "/deadlines.ics",
                "/articles/search")) {
            for (String bad : List.of("أمس", "2026-13-01", "2099-01-01T00:00:00Z", "1/3/2026")) {
                given().queryParam("asKnownAt", bad).when().get(path).then().statusCode(400)
                        .contentType(startsWith("application/problem+json"))
                        .body("detail", containsString("asKnownAt"));
            }
        }
        given().queryParam("asKnownAt", "٢٠٢٠-٠١-٠١").when().get("/claims").then().statusCode(200);
        given().queryParam("asKnownAt", "2020-01-01T03:00:00+03:00").when().get("/deadlines").then().statusCode(200);
    }
}
