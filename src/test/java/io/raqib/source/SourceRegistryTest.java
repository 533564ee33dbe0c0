package io.raqib.source;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class SourceRegistryTest {

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> article(String title, String body, String outlet, String keyword) {
        Map<String, Object> a = new HashMap<>();
        a.put("title", title);
        a.put("body", body);
        a.put("publishedAt", "2025-02-01");
        a.put("outlet", outlet);
        a.put("keywords", List.of(keyword));
        return a;
    }

    static long sourceId(String name) {
        JsonPath found = given().queryParam("q", name).when().get("/sources").then().statusCode(200).extract().jsonPath();
        assertThat(found.getInt("total")).as("sources matching " + name).isGreaterThanOrEqualTo(1);
        return found.getLong("items[0].id");
    }

    @Test
    void theSeedListIsThere() {
        given().queryParam("q", "سنتكوم").when().get("/sources").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("القيادة المركزية الأمريكية"))
                .body("items[0].latinName", equalTo("US Central Command"))
                .body("items[0].type", equalTo("ORIGINATOR"))
                .body("items[0].country", equalTo("US"))
                .body("items[0].aliases", hasItems("سنتكوم", "CENTCOM", "القيادة المركزية الأميركية"));
        List<String> outlets = given().queryParam("type", "OUTLET").queryParam("size", 100).when().get("/sources")
                .then().statusCode(200).extract().jsonPath().getList("items.name", String.class);
        assertThat(outlets).contains("صدى البلد", "شفق نيوز", "وكالة الأنباء العراقية", "الخليج الجديد", "البوابة نيوز",
                "بغداد اليوم", "المركز الخبري الوطني", "عربي21", "الجزيرة نت", "السومرية نيوز", "عنب بلدي", "رووداو");
        List<String> originators = given().queryParam("type", "ORIGINATOR").queryParam("size", 100).when().get("/sources")
                .then().statusCode(200).extract().jsonPath().getList("items.latinName", String.class);
        assertThat(originators).contains("Pentagon", "Security Media Cell", "CNN", "CBS News",
                "Congressional Research Service", "Global Coalition against Daesh", "New Lines Institute");
        // one source per seed, whatever the casing or spelling used to find it
        assertThat(sourceId("البنتاجون")).isEqualTo(sourceId("pentagon")).isEqualTo(sourceId("وزارة الدفاع الأميركية"));
    }

    @Test
    void anOutletWrittenAnyWayResolvesToTheSeededSource() {
        long ina = sourceId("وكالة الأنباء العراقية");
        String marker = unique();
        for (String outlet : List.of("وكالة الأنباء العراقية (واع)", "واع", "«وكالة الانباء العراقية»", "INA")) {
            Map<String, Object> a = article("خبر من واع " + marker + " " + outlet.length(), "نص الخبر " + outlet, outlet,
                    "راقب-مصادر");
            long id = Api.createArticle(a);
            given().when().get("/articles/" + id).then().statusCode(200).body("outlet.id", equalTo((int) ina));
        }
    }

    @Test
    void mergeRepointsArticlesAndDeadlinesAndMovesAliases() {
        String marker = unique();
        String keep = "وكالة راقب للأخبار " + marker;
        String duplicate = "راقب نيوز " + marker;
        long kept = Api.createArticle(article("خبر أول " + marker, "نص أول.", keep, "راقب-دمج"));
        String body = "قالت أنقرة إن جنودها سيغادرون قاعدة بعشيقة بحلول نهاية 2026.";
        long moved = Api.createArticle(article("خبر ثان " + marker, body, duplicate, "راقب-دمج"));
        long keepId = sourceId(keep);
        long duplicateId = sourceId(duplicate);
        assertThat(keepId).isNotEqualTo(duplicateId);
        long deadline = given().contentType(ContentType.JSON).body(Map.of("articleId", moved, "field", "body",
                        "start", 0, "end", body.length() - 1, "due", "2026", "subject", "withdrawal", "force", "TURKISH",
                        "country", "IQ", "announcedBy", duplicate))
                .when().post("/deadlines").then().statusCode(201).body("announcer.id", equalTo((int) duplicateId))
                .extract().jsonPath().getLong("id");

        given().contentType(ContentType.JSON).body(Map.of("into", keepId))
                .when().post("/sources/" + duplicateId + "/merge")
                .then().statusCode(200)
                .body("id", equalTo((int) keepId))
                .body("aliases", hasItems(keep, duplicate));
        given().when().get("/sources/" + duplicateId).then().statusCode(404);
        given().when().get("/articles/" + moved).then().statusCode(200).body("outlet.id", equalTo((int) keepId));
        given().when().get("/deadlines/" + deadline).then().statusCode(200).body("announcer.id", equalTo((int) keepId));
        // the old name now finds the surviving source, for new articles too
        assertThat(sourceId(duplicate)).isEqualTo(keepId);
        long later = Api.createArticle(article("خبر ثالث " + marker, "نص ثالث.", duplicate, "راقب-دمج"));
        given().when().get("/articles/" + later).then().statusCode(200).body("outlet.id", equalTo((int) keepId));

        // the index follows: the moved article is found under the surviving outlet
        Api.awaitIndexed();
        List<Long> found = given().queryParam("outlet", keepId).queryParam("keyword", "راقب-دمج").queryParam("size", 100)
                .when().get("/articles/search").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertThat(found).contains(kept, moved, later);

        // the track record counts what the duplicate brought
        given().when().get("/sources/" + keepId + "/stats").then().statusCode(200)
                .body("articlesPublished", equalTo(3))
                .body("deadlinesAnnounced", equalTo(1))
                .body("deadlinesRelayed", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("name", equalTo(keep));
    }

    @Test
    void badMergesAreProblems() {
        long centcom = sourceId("سنتكوم");
        given().contentType(ContentType.JSON).body(Map.of("into", centcom)).when().post("/sources/" + centcom + "/merge")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("itself"));
        given().contentType(ContentType.JSON).body(Map.of("into", 987654321)).when().post("/sources/" + centcom + "/merge")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("987654321"));
        given().contentType(ContentType.JSON).body(Map.of("into", centcom)).when().post("/sources/987654321/merge")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").when().post("/sources/" + centcom + "/merge")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("into"));
        given().contentType(ContentType.JSON).body("{\"into\":\"x\"}").when().post("/sources/" + centcom + "/merge")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).when().post("/sources/" + centcom + "/merge")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/sources/987654321/stats").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void statsOfAnOriginatorCountItsDeadlines() {
        String marker = unique();
        String body = "قالت القيادة المركزية الأمريكية (سنتكوم) إن القوات الأمريكية ستنسحب من الكويت بحلول نهاية عام 2027. "
                + marker;
        long centcom = sourceId("سنتكوم");
        JsonPath before = given().when().get("/sources/" + centcom + "/stats").then().statusCode(200).extract().jsonPath();
        Api.createArticle(article("سنتكوم والكويت " + marker, body, "السومرية نيوز", "راقب-سجل"));
        JsonPath after = given().when().get("/sources/" + centcom + "/stats").then().statusCode(200).extract().jsonPath();
        assertThat(after.getInt("deadlinesAnnounced")).isEqualTo(before.getInt("deadlinesAnnounced") + 1);
        assertThat(after.getInt("deadlinesUpcoming") + after.getInt("deadlinesKept") + after.getInt("deadlinesPostponed")
                + after.getInt("deadlinesSuperseded")).isEqualTo(after.getInt("deadlinesAnnounced"));
    }

    @Test
    void searchingAnyAliasFindsTheOthers() {
        String keyword = "راقب-أسماء-" + unique();
        long centcomOnly = Api.createArticle(article("بيان عسكري جديد",
                "أعلنت سنتكوم تنفيذ ضربة جوية قرب الحدود.", "شفق نيوز", keyword));
        long stateOnly = Api.createArticle(article("هجوم في البادية",
                "تبنى تنظيم الدولة هجوما على نقطة عسكرية في البادية.", "عنب بلدي", keyword));
        long daeshOnly = Api.createArticle(article("خلايا نائمة",
                "نفذت خلايا داعش هجوما ليليا على قرية في الريف الشرقي.", "عنب بلدي", keyword));
        long unrelated = Api.createArticle(article("طقس العراق",
                "تشهد البلاد موجة حر شديدة خلال الأسبوع المقبل.", "شفق نيوز", keyword));
        Api.awaitIndexed();

        assertThat(search("القيادة المركزية الأمريكية", keyword)).containsExactly(centcomOnly);
        assertThat(search("CENTCOM", keyword)).containsExactly(centcomOnly);
        assertThat(search("سنتكوم", keyword)).containsExactly(centcomOnly);
        assertThat(search("داعش", keyword)).containsExactlyInAnyOrder(stateOnly, daeshOnly);
        assertThat(search("تنظيم الدولة", keyword)).containsExactlyInAnyOrder(stateOnly, daeshOnly);
        assertThat(search("تنظيم الدولة الإسلامية", keyword)).containsExactlyInAnyOrder(stateOnly, daeshOnly);
        assertThat(search("القيادة المركزية الأمريكية", keyword)).doesNotContain(unrelated);
    }

    @Test
    void searchKnowsAMergedNameAtOnce() {
        String marker = unique();
        String keep = "مرصد الرافدين " + marker;
        String duplicate = "عين الفرات " + marker;
        String keyword = "راقب-أسماء-" + marker;
        Api.createArticle(article("موجز من " + keep, "نص قصير للموجز.", keep, keyword));
        long quoting = Api.createArticle(article("تقرير ميداني",
                "نقلت " + duplicate + " عن سكان محليين وصول قافلة إمداد إلى المعبر.", duplicate, keyword));
        Api.awaitIndexed();
        // the names are now in memory; the merge below must reach them
        assertThat(search(keep, keyword)).doesNotContain(quoting).isNotEmpty();

        given().contentType(ContentType.JSON).body(Map.of("into", sourceId(keep)))
                .when().post("/sources/" + sourceId(duplicate) + "/merge").then().statusCode(200);
        assertThat(search(keep, keyword)).contains(quoting);
    }

    @Test
    void claimSearchReadsAliasesToo() {
        int figure = 2000 + (int) (System.nanoTime() % 900);
        long article = Api.createArticle(article("سنتكوم تكشف حجم قواتها",
                "قالت سنتكوم إن نحو " + figure + " جندي أمريكي ينتشرون في العراق.", "شفق نيوز", "راقب-" + unique()));
        Api.awaitIndexed();
        for (String q : List.of("القيادة المركزية الأمريكية " + figure, "CENTCOM " + figure, "سنتكوم " + figure)) {
            List<Long> articles = given().queryParam("q", q).when().get("/claims")
                    .then().statusCode(200).extract().jsonPath().getList("items.articleId", Long.class);
            assertThat(articles).as(q).containsOnly(article).isNotEmpty();
        }
    }

    static List<Long> search(String q, String keyword) {
        return given().queryParam("q", q).queryParam("keyword", keyword).queryParam("size", 100)
                .when().get("/articles/search").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }
}
