package io.raqib.claim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Echo or independent confirmation against the real servers: three outlets repeating one figure
 * "according to CNN", a fourth outlet stating it on its own, and a fifth with another figure, all
 * about US forces in Syria in July 2013 (our own writing; no other test archives that month).
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ConfirmationsTest {
    static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L);

    static Map<String, Object> article(String title, String body, String published, String outlet) {
        return Map.of("title", title, "body", body, "publishedAt", published, "outlet", outlet + " " + RUN);
    }

    static Map<String, Object> bodyClaim(long articleId) {
        List<Map<String, Object>> items = given().when().get("/articles/" + articleId + "/claims").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(c -> "body".equals(c.get("field"))).findFirst().orElseThrow();
    }

    static Map<String, Object> counts(int independent, int echoes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("independent", independent);
        m.put("echoes", echoes);
        return m;
    }

    @Test
    void outletsEchoingOneOriginatorCountOnceAndTheOthersStandApart() {
        long cnn1 = Api.createArticle(article("تقرير عن الوجود الأمريكي شرق الفرات",
                "أفاد التقرير بأن 1750 جندي أمريكي ينتشرون في سوريا، وفقا لشبكة سي إن إن.", "2013-07-02", "نشرة الفرات"));
        long cnn2 = Api.createArticle(article("مصادر إعلامية عن عدد القوات الأمريكية",
                "ذكرت الصحيفة أن عدد الجنود الأمريكيين في سوريا يبلغ 1750 جندي، وفقا لشبكة سي إن إن.", "2013-07-05",
                "صحيفة البادية"));
        long cnn3 = Api.createArticle(article("القوات الأمريكية في الشمال السوري",
                "يتمركز 1750 جندي أمريكي في سوريا حاليا، وفقا لشبكة سي إن إن.", "2013-07-09", "موقع الجزيرة الفراتية"));
        long own = Api.createArticle(article("مراسلنا: انتشار أمريكي واسع",
                "علم مراسلنا أن 1750 جندي أمريكي ينتشرون في سوريا.", "2013-07-11", "إذاعة الحسكة"));
        long other = Api.createArticle(article("رقم مختلف عن القوات الأمريكية",
                "قالت مصادر محلية إن 600 جندي أمريكي فقط ما زالوا في سوريا.", "2013-07-12", "وكالة القامشلي"));
        Api.awaitIndexed();

        Map<String, Object> first = bodyClaim(cnn1);
        assertThat(first).containsEntry("value", 1750).containsEntry("force", "US").containsEntry("country", "SY");
        assertThat(first.get("confirmations")).as("CNN (three outlets) and the fourth outlet's own reporting")
                .isEqualTo(counts(2, 2));
        for (long article : List.of(cnn2, cnn3, own)) {
            assertThat(bodyClaim(article).get("confirmations")).as("article " + article).isEqualTo(counts(2, 2));
        }
        Map<String, Object> lone = bodyClaim(other);
        assertThat(lone).containsEntry("value", 600);
        assertThat(lone.get("confirmations")).isEqualTo(counts(1, 0));

        long firstId = ((Number) first.get("id")).longValue();
        given().when().get("/claims/" + firstId).then().statusCode(200)
                .body("confirmations.independent", org.hamcrest.Matchers.is(2))
                .body("confirmations.echoes", org.hamcrest.Matchers.is(2));
        JsonPath listed = given().queryParam("outlet", "إذاعة الحسكة " + RUN).when().get("/claims").then()
                .statusCode(200).extract().jsonPath();
        assertThat(listed.<Integer>getList("items.confirmations.independent")).containsOnly(2);

        JsonPath timeline = given().queryParams(Map.of("force", "US", "country", "SY", "from", "2013-07", "to", "2013-07"))
                .when().get("/claims/timeline").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> points = timeline.getList("points");
        assertThat(points.stream().filter(p -> Integer.valueOf(1750).equals(p.get("value")))
                .map(p -> p.get("confirmations")).toList()).hasSize(4).containsOnly(counts(2, 2));
        assertThat(points.stream().filter(p -> Integer.valueOf(600).equals(p.get("value")))
                .map(p -> p.get("confirmations")).toList()).containsExactly(counts(1, 0));

        Map<String, Object> conflict = conflictHolding(firstId);
        List<Map<String, Object>> sides = castList(conflict.get("sides"));
        assertThat(sides).hasSize(2);
        assertThat(sides.get(0).get("label")).isEqualTo("600");
        assertThat(sides.get(0).get("confirmations")).isEqualTo(counts(1, 0));
        assertThat(sides.get(1).get("label")).isEqualTo("1750");
        assertThat(sides.get(1).get("confirmations")).isEqualTo(counts(2, 2));

        long third = ((Number) bodyClaim(cnn3).get("id")).longValue();
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"review\":\"rejected\"}")
                .when().patch("/claims/" + third).then().statusCode(200);
        assertThat(bodyClaim(cnn1).get("confirmations")).as("a rejected echo no longer counts").isEqualTo(counts(2, 1));
        assertThat(bodyClaim(cnn3).get("confirmations")).as("the rejected claim still sees who holds its figure")
                .isEqualTo(counts(2, 2));
    }

    /**
     * The same through full-text search (GET /claims?q=, the page served from the index): an outlet
     * reporting the figure on its own, added after the page was first asked for, counts at once.
     * April 2009, Iraq: our own writing, a month no other test archives.
     */
    @Test
    void aSearchPageCountsAConfirmationAddedAfterItWasFirstAsked() {
        Api.createArticle(article("نشرة عن الوجود العسكري الأمريكي",
                "أفادت النشرة بأن 2300 جندي أمريكي ينتشرون في العراق، وفقا لشبكة سي إن إن.", "2009-04-03", "نشرة دجلة"));
        Api.createArticle(article("الصحيفة تنقل عدد الجنود الأمريكيين",
                "ذكرت الصحيفة أن 2300 جندي أمريكي ينتشرون في العراق، وفقا لشبكة سي إن إن.", "2009-04-08", "صحيفة الرافدين"));
        Api.awaitIndexed();
        Map<String, Object> filter = Map.of("q", "2300 جندي", "force", "US", "country", "IQ", "from", "2009-04",
                "to", "2009-04");
        List<Map<String, Object>> found = given().queryParams(filter).when().get("/claims").then().statusCode(200)
                .extract().jsonPath().getList("items");
        List<Object> before = found.stream().map(c -> c.get("confirmations")).toList();
        assertThat(before).as("one originator carried by two outlets: " + found)
                .hasSize(2).containsOnly(counts(1, 1));

        Api.createArticle(article("مراسلنا يرصد الانتشار الأمريكي", "علم مراسلنا أن 2300 جندي أمريكي ينتشرون في العراق.", "2009-04-15",
                "إذاعة الكرخ"));
        Api.awaitIndexed();
        List<Object> after = given().queryParams(filter).when().get("/claims").then().statusCode(200).extract()
                .jsonPath().getList("items.confirmations");
        assertThat(after).as("the outlet's own reporting is a second originator").hasSize(3).containsOnly(counts(2, 1));
    }

    @Inject
    AgroalDataSource database;

    @Inject
    io.raqib.changes.ChangeSequencer sequencer;

    /**
     * A search page's confirmations are kept between requests, and another replica's write (one this
     * process records nothing of: here a direct write to the database) shows once the changes feed
     * has numbered it, without waiting for anything to expire. May 2011, Iraq: our own writing, a
     * month no other test archives.
     */
    @Test
    void aSearchPageCountsAWriteOfAnotherReplicaOnceTheFeedHasNumberedIt() throws Exception {
        Api.createArticle(article("عدد القوات الأمريكية في العراق", "قالت النشرة إن 1700 جندي أمريكي يبقون في العراق، "
                + "بحسب شبكة سي إن إن.", "2011-05-04", "نشرة الموصل"));
        Api.createArticle(article("الصحيفة تعيد رقم الشبكة", "قالت الصحيفة إن 1700 جندي أمريكي يبقون في العراق، "
                + "بحسب شبكة سي إن إن.", "2011-05-09", "صحيفة البصرة"));
        Api.awaitIndexed();
        while (sequencer.pass() > 0) {
            // the articles' own changes numbered now, so that only the write below moves the feed
        }
        Map<String, Object> filter = Map.of("q", "1700 جندي", "force", "US", "country", "IQ", "from", "2011-05",
                "to", "2011-05");
        List<Map<String, Object>> found = given().queryParams(filter).when().get("/claims").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(found).as("one originator, carried by two outlets: " + found).hasSize(2)
                .allSatisfy(c -> assertThat(c.get("confirmations")).isEqualTo(counts(1, 1)));
        long rejected = ((Number) found.get(0).get("id")).longValue();
        long kept = ((Number) found.get(1).get("id")).longValue();

        // the claim row alone, written behind this process's back and not (yet) in the feed: the page is kept
        try (Connection c = database.getConnection();
             PreparedStatement reject = c.prepareStatement("update claim set review = 'REJECTED' where id = ?")) {
            reject.setLong(1, rejected);
            assertThat(reject.executeUpdate()).isEqualTo(1);
        }
        Thread.sleep(1500); // a pass of the feed's sequencer, or more
        assertThat(confirmationsOf(filter, kept)).as("served from memory: nothing said the bucket changed")
                .isEqualTo(counts(1, 1));

        // the feed's row the other replica's transaction wrote beside it: once numbered, the page counts the change
        try (Connection c = database.getConnection();
             PreparedStatement feed = c.prepareStatement("insert into change_feed (entity, entity_id, op, changed_at)"
                     + " values ('claim', ?, 'upsert', ?)")) {
            feed.setLong(1, rejected);
            feed.setObject(2, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
            feed.executeUpdate();
        }
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(8).toNanos();
        Object now = confirmationsOf(filter, kept);
        while (!counts(1, 0).equals(now) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            now = confirmationsOf(filter, kept);
        }
        assertThat(now).as("the rejected echo no longer counts, well before any expiry would have")
                .isEqualTo(counts(1, 0));
    }

    private static Object confirmationsOf(Map<String, Object> filter, long id) {
        List<Map<String, Object>> items = given().queryParams(filter).when().get("/claims").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(c -> ((Number) c.get("id")).longValue() == id).findFirst().orElseThrow()
                .get("confirmations");
    }

    private static Map<String, Object> conflictHolding(long claimId) {
        List<Map<String, Object>> conflicts = given().queryParams(Map.of("force", "US", "country", "SY", "size", 100))
                .when().get("/claims/conflicts").then().statusCode(200).contentType(ContentType.JSON).extract()
                .jsonPath().getList("items");
        return conflicts.stream().filter(c -> castList(c.get("sides")).stream()
                        .flatMap(s -> castList(s.get("claims")).stream())
                        .anyMatch(cl -> ((Number) cl.get("id")).longValue() == claimId))
                .findFirst().orElseThrow(() -> new AssertionError("no conflict holds claim " + claimId));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object list) {
        return (List<Map<String, Object>>) list;
    }
}
