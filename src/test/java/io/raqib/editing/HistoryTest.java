package io.raqib.editing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.common.Actors;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestKeys;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every change to an article, claim, deadline or source is in its history: who, when, before and after. */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class HistoryTest {

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonPath history(String path) {
        return given().get(path + "/history").then().statusCode(200).contentType(ContentType.JSON)
                .body("items.actor", everyItem(equalTo(TestKeys.suiteKeyName())))
                .extract().jsonPath();
    }

    @Test
    void workNoRequestAskedForIsTheSystems() {
        // a request context without an HTTP request, as start-up observers and scheduled jobs have
        ManagedContext context = Arc.container().requestContext();
        boolean activated = !context.isActive();
        if (activated) {
            context.activate();
        }
        try {
            assertThat(Actors.current()).isEqualTo(Actors.SYSTEM);
        } finally {
            if (activated) {
                context.terminate();
            }
        }
        // the source seeds, applied at start-up, are the system's changes
        long seeded = given().queryParam("q", "سنتكوم").get("/sources").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        List<String> actors = given().get("/sources/" + seeded + "/history").then().statusCode(200).extract()
                .jsonPath().getList("items.actor", String.class);
        assertThat(actors).isNotEmpty();
        assertThat(actors.get(0)).isEqualTo(Actors.SYSTEM);
    }

    @Test
    void anArticlesCreationChangeAndDeletionAreKept() {
        String run = unique();
        long id = Api.createArticle(Map.of("title", "عنوان أول " + run, "body", "نص أول للخبر " + run,
                "outlet", "منفذ التاريخ " + run));
        given().contentType(ContentType.JSON).body(Map.of("title", "عنوان ثان " + run, "body", "نص أول للخبر " + run,
                "outlet", "منفذ التاريخ " + run)).put("/articles/" + id).then().statusCode(200);

        JsonPath h = history("/articles/" + id);
        assertThat(h.getList("items.action")).containsExactly("created", "updated");
        assertThat(h.getString("items[0].changes.title.after")).isEqualTo("عنوان أول " + run);
        assertThat(h.getString("items[0].changes.title.before")).isNull();
        assertThat(h.getString("items[1].changes.title.before")).isEqualTo("عنوان أول " + run);
        assertThat(h.getString("items[1].changes.title.after")).isEqualTo("عنوان ثان " + run);
        assertThat(h.getMap("items[1].changes")).doesNotContainKey("body");
        assertThat(h.getString("items[1].at")).isNotBlank();
        assertThat(h.getInt("total")).isEqualTo(2);
        assertThat(h.getInt("size")).isEqualTo(20);

        given().delete("/articles/" + id).then().statusCode(204);
        JsonPath after = history("/articles/" + id);
        assertThat(after.getList("items.action")).containsExactly("created", "updated", "deleted");
        assertThat(after.getString("items[2].changes.title.before")).isEqualTo("عنوان ثان " + run);
    }

    @Test
    void aReviewAndACorrectionOfAClaimAreKept() {
        long article = Api.createArticle(Map.of("title", "تاريخ مراجعة " + unique(),
                "body", "أكد مسؤول أن نحو 700 جندي أمريكي ينتشرون في سوريا."));
        long claim = ((Number) given().get("/articles/" + article + "/claims").then().statusCode(200)
                .extract().path("items[0].id")).longValue();
        given().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("review", "confirmed", "reviewNote", "تحققنا"))
                .patch("/claims/" + claim).then().statusCode(200);
        given().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("value", 750))
                .patch("/claims/" + claim).then().statusCode(200);

        JsonPath h = history("/claims/" + claim);
        assertThat(h.getList("items.action")).containsExactly("created", "updated", "updated");
        assertThat(h.getString("items[1].changes.review.before")).isEqualTo("unreviewed");
        assertThat(h.getString("items[1].changes.review.after")).isEqualTo("confirmed");
        assertThat(h.getString("items[1].changes.reviewNote.after")).isEqualTo("تحققنا");
        assertThat(h.getInt("items[2].changes.value.before")).isEqualTo(700);
        assertThat(h.getInt("items[2].changes.value.after")).isEqualTo(750);
        assertThat(h.getString("items[2].changes.review.after")).isEqualTo("corrected");
    }

    @Test
    void aCorrectedDeadlineIsKept() {
        long article = Api.createArticle(Map.of("title", "تاريخ موعد " + unique(),
                "body", "أعلن وزير الدفاع التركي أن القوات التركية ستنسحب من الكويت بحلول أيار 2033.",
                "publishedAt", "2024-05-01"));
        long deadline = ((Number) given().queryParam("articleId", article).get("/deadlines").then().statusCode(200)
                .extract().path("items[0].id")).longValue();
        given().contentType("application/json; charset=UTF-8").body(Map.of("due", "2034-05", "announcedBy", "أنقرة"))
                .patch("/deadlines/" + deadline).then().statusCode(200);

        JsonPath h = history("/deadlines/" + deadline);
        assertThat(h.getList("items.action")).startsWith("created").contains("updated");
        // the correction itself (chain revisions of the deadline are entries of their own)
        String correction = "items.find { it.action == 'updated' && it.changes.announcedBy != null }.changes";
        assertThat(h.getMap(correction)).containsKeys("due", "announcedBy", "review");
        assertThat(h.getString(correction + ".due.after")).isEqualTo("2034-05");
        assertThat(h.getString(correction + ".announcedBy.after")).isEqualTo("أنقرة");
        assertThat(h.getString(correction + ".review.after")).isEqualTo("corrected");
    }

    @Test
    void aMergeIsInBothSourcesHistories() {
        String run = unique();
        long kept = ((Number) given().get("/articles/" + Api.createArticle(Map.of("title", "أ " + run, "body", "ب " + run,
                "outlet", "المنفذ الباقي " + run))).then().extract().path("outlet.id")).longValue();
        long duplicate = ((Number) given().get("/articles/" + Api.createArticle(Map.of("title", "ج " + run,
                "body", "د " + run, "outlet", "المنفذ المكرر " + run))).then().extract().path("outlet.id")).longValue();
        String etag = given().get("/sources/" + kept).then().statusCode(200).extract().header("ETag");

        String after = given().contentType(ContentType.JSON).body(Map.of("into", kept))
                .post("/sources/" + duplicate + "/merge").then().statusCode(200).extract().header("ETag");
        assertThat(after).isNotNull().isNotEqualTo(etag);

        JsonPath keptHistory = history("/sources/" + kept);
        assertThat(keptHistory.getList("items.action")).containsExactly("created", "alias_added", "merged");
        assertThat(keptHistory.getList("items[2].changes.aliases.after", String.class))
                .contains("المنفذ الباقي " + run, "المنفذ المكرر " + run);
        assertThat(keptHistory.getLong("items[2].changes.mergedFrom.after.id")).isEqualTo(duplicate);
        JsonPath gone = history("/sources/" + duplicate);
        assertThat(gone.getList("items.action")).endsWith("merged_into");
        assertThat(gone.getLong("items[-1].changes.into.after.id")).isEqualTo(kept);
    }

    @Test
    void noRecordNoHistory() {
        for (String path : List.of("/articles/", "/claims/", "/deadlines/", "/sources/")) {
            given().get(path + "987654321/history").then().statusCode(404).contentType("application/problem+json");
        }
    }
}
