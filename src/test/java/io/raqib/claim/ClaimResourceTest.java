package io.raqib.claim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claims API over articles of our own writing, dated 2016 and published by outlets named for
 * this test, so that what other tests archive (seeds, search fixtures) never gets in the way.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ClaimResourceTest {
    static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L);
    static final String OUTLET_A = "صحيفة الاختبار الأولى " + RUN;
    static final String OUTLET_B = "صحيفة الاختبار الثانية " + RUN;
    static final Map<String, Long> IDS = new HashMap<>();

    static final Map<String, Object> US_2000 = article("البنتاغون: 2000 جندي أمريكي في سوريا",
            "ذكرت وزارة الدفاع الأمريكية أن عدد الجنود الأمريكيين في سوريا يبلغ 2000 جندي، وفقا لشبكة سي إن إن.",
            "2016-03-01", OUTLET_A);
    static final Map<String, Object> US_900 = article("تقرير: نحو 900 جندي أمريكي في سوريا",
            "قال مسؤولون إن نحو 900 جندي أمريكي ينتشرون في الحسكة ودير الزور.", "2016-04-15", OUTLET_B);
    static final Map<String, Object> US_500_2015 = article("تقرير: نحو 500 جندي أمريكي في سوريا عام 2015",
            "كان عدد الجنود الأمريكيين في سوريا نحو 500 جندي في عام 2015 بحسب معهد بحوث الكونغرس.", "2016-05-01",
            OUTLET_A);
    static final Map<String, Object> IQ_5000 = article("وصول 5000 جندي أمريكي إلى العراق",
            "ذكرت وكالة أنباء محلية أن 5000 جندي أمريكي وصلوا إلى قاعدة عين الأسد في العراق.", "2016-06-01", OUTLET_A);
    static final Map<String, Object> IQ_DENIAL = article("خلية الإعلام الأمني تنفي وجود 5000 جندي أمريكي في العراق",
            "نفت خلية الإعلام الأمني ما تداولته وسائل إعلام عن وصول 5000 جندي أمريكي إلى العراق، مؤكدة أن الأنباء غير صحيحة.",
            "2016-06-10", OUTLET_B);

    static Map<String, Object> article(String title, String body, String published, String outlet) {
        return Map.of("title", title, "body", body, "publishedAt", published, "outlet", outlet);
    }

    @BeforeEach
    void archive() {
        if (!IDS.isEmpty()) {
            return;
        }
        IDS.put("us2000", Api.createArticle(US_2000));
        IDS.put("us900", Api.createArticle(US_900));
        IDS.put("us500", Api.createArticle(US_500_2015));
        IDS.put("iq5000", Api.createArticle(IQ_5000));
        IDS.put("denial", Api.createArticle(IQ_DENIAL));
        Api.awaitIndexed();
    }

    static JsonPath claimsOf(long articleId) {
        return given().when().get("/articles/" + articleId + "/claims")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath list(Map<String, ?> params) {
        return given().queryParams(params).queryParam("size", 100).when().get("/claims")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void extractsClaimsAtIngestWithOffsetsIntoTheField() {
        for (Map.Entry<String, Long> entry : IDS.entrySet()) {
            JsonPath article = given().when().get("/articles/" + entry.getValue()).then().statusCode(200)
                    .extract().jsonPath();
            JsonPath claims = claimsOf(entry.getValue());
            List<Map<String, Object>> items = claims.getList("items");
            assertThat(items).as(entry.getKey()).isNotEmpty();
            for (Map<String, Object> claim : items) {
                String field = article.getString((String) claim.get("field"));
                int start = (Integer) claim.get("start");
                int end = (Integer) claim.get("end");
                assertThat(field.substring(start, end)).isEqualTo(claim.get("text"));
                assertThat((String) claim.get("sentence")).contains((String) claim.get("text"));
                assertThat(claim.get("origin")).isEqualTo("extracted");
                assertThat(claim.get("review")).isEqualTo("unreviewed");
            }
        }
        JsonPath cnn = claimsOf(IDS.get("us2000"));
        Map<String, Object> body = cnn.<Map<String, Object>>getList("items").stream()
                .filter(c -> "body".equals(c.get("field"))).findFirst().orElseThrow();
        assertThat(body).containsEntry("value", 2000).containsEntry("qualifier", "exact").containsEntry("force", "US")
                .containsEntry("country", "SY").containsEntry("kind", "presence").containsEntry("stance", "asserted")
                .containsEntry("asOf", "2016-03-01");
        assertThat(body.get("group")).isNotNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> source = (Map<String, Object>) body.get("attributedTo");
        assertThat(source.get("name")).isEqualTo("سي إن إن");
        assertThat(cnn.getList("items.group")).as("title and body mention one figure").containsOnly(body.get("group"));

        long one = ((Number) body.get("id")).longValue();
        given().when().get("/claims/" + one).then().statusCode(200)
                .body(containsString("\"articleId\":" + IDS.get("us2000")));
    }

    @Test
    void filtersNarrowTheList() {
        JsonPath byOutlet = list(Map.of("outlet", OUTLET_A, "force", "US", "country", "SY"));
        assertThat(byOutlet.<String>getList("items.text")).contains("2000 جندي", "نحو 500 جندي")
                .doesNotContain("نحو 900 جندي");
        assertThat(byOutlet.<Number>getList("items.articleId").stream().map(Number::longValue).distinct().toList())
                .containsExactlyInAnyOrder(IDS.get("us2000"), IDS.get("us500"));

        JsonPath approx = list(Map.of("outlet", OUTLET_B, "qualifier", "approx"));
        assertThat(approx.<String>getList("items.qualifier")).isNotEmpty().containsOnly("approx");
        assertThat(approx.<Integer>getList("items.value")).containsOnly(900);

        JsonPath byDate = list(Map.of("outlet", OUTLET_A, "from", "2015", "to", "2015-12-31"));
        assertThat(byDate.<String>getList("items.asOf")).isNotEmpty().containsOnly("2015");

        JsonPath cnn = list(Map.of("attributedTo", "CNN", "outlet", OUTLET_A));
        assertThat(cnn.<String>getList("items.attribution")).isNotEmpty().containsOnly("شبكة سي إن إن");
        JsonPath crs = list(Map.of("attributedTo", "خدمة أبحاث الكونغرس", "outlet", OUTLET_A));
        assertThat(crs.<Integer>getList("items.value")).containsOnly(500);

        JsonPath denied = list(Map.of("stance", "denied", "outlet", OUTLET_B));
        assertThat(denied.<Number>getList("items.articleId").stream().map(Number::longValue).toList())
                .isNotEmpty().containsOnly(IDS.get("denial"));

        JsonPath place = list(Map.of("place", "عين الاسد", "outlet", OUTLET_A));
        assertThat(place.<String>getList("items.place")).isNotEmpty().containsOnly("عين الأسد");

        JsonPath sorted = list(Map.of("outlet", OUTLET_A, "sort", "value"));
        List<Integer> values = sorted.<Integer>getList("items.value");
        assertThat(values).isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

        JsonPath newest = list(Map.of("outlet", OUTLET_A));
        assertThat(newest.getString("items[0].asOf")).isEqualTo("2016-06-01");
        assertThat(newest.getInt("total")).isEqualTo(newest.getList("items").size());

        assertThat(list(Map.of("outlet", "منفذ لا وجود له " + RUN)).getInt("total")).isZero();
    }

    @Test
    void fullTextFindsSpellingVariants() {
        // The article writes الأمريكيين; the query writes الأميركيين.
        JsonPath found = list(Map.of("q", "الجنود الأميركيين في سوريا", "outlet", OUTLET_A));
        assertThat(found.<Number>getList("items.articleId").stream().map(Number::longValue).toList())
                .contains(IDS.get("us2000"), IDS.get("us500")).doesNotContain(IDS.get("us900"));
        // Arabic-Indic digits and a filter together.
        JsonPath digits = list(Map.of("q", "٥٠٠٠", "stance", "denied"));
        assertThat(digits.<Number>getList("items.articleId").stream().map(Number::longValue).toList())
                .contains(IDS.get("denial"));
        JsonPath none = list(Map.of("q", "غواصة نووية", "outlet", OUTLET_A));
        assertThat(none.getInt("total")).isZero();
    }

    @Test
    void timelineIsOrderedByAsOfWithClaimsAndSources() {
        JsonPath timeline = given().queryParam("force", "US").queryParam("country", "SY")
                .queryParam("from", "2015").queryParam("to", "2016-12")
                .when().get("/claims/timeline").then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getString("kind")).isEqualTo("presence");
        List<String> asOf = timeline.getList("points.asOf");
        assertThat(asOf).containsSubsequence("2015", "2016-03-01", "2016-04-15");
        assertThat(timeline.<String>getList("points.date")).isSorted();
        int first = asOf.indexOf("2015");
        assertThat(timeline.getInt("points[" + first + "].value")).isEqualTo(500);
        assertThat(timeline.getString("points[" + first + "].qualifier")).isEqualTo("approx");
        assertThat(timeline.<String>getList("points[" + first + "].sources.name")).contains("معهد بحوث الكونغرس");
        int cnn = asOf.indexOf("2016-03-01");
        assertThat(timeline.<String>getList("points[" + cnn + "].sources.name")).contains("سي إن إن");
        assertThat(timeline.<String>getList("points[" + cnn + "].outlets.name")).contains(OUTLET_A);
        assertThat(timeline.<Object>getList("points[" + cnn + "].claims")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void conflictsFindIncompatibleFiguresAndDenials() {
        JsonPath syria = given().queryParam("force", "US").queryParam("country", "SY").queryParam("size", 100)
                .when().get("/claims/conflicts").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> conflicts = syria.getList("items");
        Map<String, Object> mine = conflicts.stream().filter(c -> "figures".equals(c.get("type")))
                .filter(c -> articleIds(c).containsAll(List.of(IDS.get("us2000"), IDS.get("us900"))))
                .findFirst().orElseThrow(() -> new AssertionError("no 2000 vs 900 conflict in " + syria.prettify()));
        List<Map<String, Object>> sides = sides(mine);
        // "2015" ends 61 days before 2016-03-01: within the window, so its figure is a third side.
        assertThat(sides).extracting(s -> s.get("label")).containsExactly("425–575", "765–1035", "2000");
        assertThat(names(sides.get(2), "sources")).contains("سي إن إن");
        assertThat(names(sides.get(0), "sources")).contains("معهد بحوث الكونغرس");
        assertThat(names(sides.get(1), "outlets")).contains(OUTLET_B);

        JsonPath sixty = given().queryParam("force", "US").queryParam("country", "SY").queryParam("windowDays", 60)
                .queryParam("size", 100).when().get("/claims/conflicts").then().statusCode(200).extract().jsonPath();
        Map<String, Object> closer = sixty.<Map<String, Object>>getList("items").stream()
                .filter(c -> articleIds(c).containsAll(List.of(IDS.get("us2000"), IDS.get("us900"))))
                .findFirst().orElseThrow();
        assertThat(articleIds(closer)).as("2015 is 61 days before the nearest").doesNotContain(IDS.get("us500"));

        JsonPath narrow = given().queryParam("force", "US").queryParam("country", "SY").queryParam("windowDays", 10)
                .queryParam("size", 100).when().get("/claims/conflicts").then().statusCode(200).extract().jsonPath();
        assertThat(narrow.<Map<String, Object>>getList("items").stream()
                .anyMatch(c -> articleIds(c).containsAll(List.of(IDS.get("us2000"), IDS.get("us900")))))
                .as("45 days apart, outside a 10-day window").isFalse();

        JsonPath iraq = given().queryParam("force", "US").queryParam("country", "IQ").queryParam("size", 100)
                .when().get("/claims/conflicts").then().statusCode(200).extract().jsonPath();
        Map<String, Object> denial = iraq.<Map<String, Object>>getList("items").stream()
                .filter(c -> "denial".equals(c.get("type")))
                .filter(c -> articleIds(c).contains(IDS.get("denial")))
                .findFirst().orElseThrow(() -> new AssertionError("no denial in " + iraq.prettify()));
        List<Map<String, Object>> denialSides = sides(denial);
        assertThat(denialSides.get(0).get("label")).isEqualTo("asserted");
        assertThat(denialSides.get(1).get("label")).isEqualTo("denied");
        assertThat(names(denialSides.get(1), "sources")).contains("خلية الإعلام الأمني");
        assertThat(claimArticles(denialSides.get(0))).contains(IDS.get("iq5000"));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> sides(Map<String, Object> conflict) {
        return (List<Map<String, Object>>) conflict.get("sides");
    }

    @SuppressWarnings("unchecked")
    static List<String> names(Map<String, Object> side, String key) {
        return ((List<Map<String, Object>>) side.get(key)).stream().map(s -> (String) s.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Long> claimArticles(Map<String, Object> side) {
        return ((List<Map<String, Object>>) side.get("claims")).stream()
                .map(c -> ((Number) c.get("articleId")).longValue()).toList();
    }

    static List<Long> articleIds(Map<String, Object> conflict) {
        return sides(conflict).stream().flatMap(s -> claimArticles(s).stream()).distinct().toList();
    }

    @Test
    void manualClaimsAreCheckedAgainstTheArticle() {
        long id = IDS.get("us900");
        String body = (String) US_900.get("body");
        int start = body.indexOf("نحو 900 جندي");
        Map<String, Object> ok = new HashMap<>(Map.of("articleId", id, "field", "body", "start", start,
                "end", start + "نحو 900 جندي".length(), "text", "نحو 900 جندي", "value", 900, "qualifier", "approx",
                "force", "US", "country", "SY"));
        ok.put("attribution", "وزارة الدفاع الأمريكية");
        JsonPath created = given().contentType(ContentType.JSON).body(ok).when().post("/claims")
                .then().statusCode(201).header("Location", containsString("/claims/")).extract().jsonPath();
        assertThat(created.getString("origin")).isEqualTo("manual");
        assertThat(created.getString("sentence")).isEqualTo(body);
        assertThat(created.getString("asOf")).isEqualTo("2016-04-15");
        assertThat(created.getString("attributedTo.name")).isEqualTo("البنتاغون");

        Map<String, Object> outside = new HashMap<>(ok);
        outside.put("end", body.length() + 5);
        outside.remove("text");
        given().contentType(ContentType.JSON).body(outside).when().post("/claims").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("start and end"));
        Map<String, Object> backwards = new HashMap<>(ok);
        backwards.put("start", 10);
        backwards.put("end", 10);
        backwards.remove("text");
        given().contentType(ContentType.JSON).body(backwards).when().post("/claims").then().statusCode(400);
        Map<String, Object> wrongText = new HashMap<>(ok);
        wrongText.put("text", "نحو 800 جندي");
        given().contentType(ContentType.JSON).body(wrongText).when().post("/claims").then().statusCode(400)
                .body("detail", containsString("text does not match"));
        Map<String, Object> noArticle = new HashMap<>(ok);
        noArticle.put("articleId", 987654321);
        given().contentType(ContentType.JSON).body(noArticle).when().post("/claims").then().statusCode(400)
                .body("detail", containsString("987654321"));
        Map<String, Object> badKind = new HashMap<>(ok);
        badKind.put("kind", "troops");
        given().contentType(ContentType.JSON).body(badKind).when().post("/claims").then().statusCode(400)
                .body("detail", containsString("kind must be one of"));
        Map<String, Object> badField = new HashMap<>(ok);
        badField.put("field", "summary");
        given().contentType(ContentType.JSON).body(badField).when().post("/claims").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("articleId", id)).when().post("/claims").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aPatchIsValidatedAsARepresentation() {
        long article = Api.createArticle(article("تقرير: 700 جندي في الكويت " + RUN,
                "قالت مصادر إن نحو 700 جندي أمريكي ينتشرون في الكويت.", "2019-03-01", OUTLET_A));
        long claim = claimsOf(article).getLong("items[0].id");
        JsonPath refused = given().contentType("application/merge-patch+json")
                .body("{\"value\":-5,\"low\":-1,\"place\":\"" + "م".repeat(301) + "\",\"review\":\"confirmed\"}")
                .when().patch("/claims/" + claim).then().statusCode(400).contentType("application/problem+json")
                .extract().jsonPath();
        assertThat(refused.getList("violations.field", String.class)).containsExactly("low", "place", "value");
        assertThat(refused.getString("detail")).contains("value: must not be negative");
        given().when().get("/claims/" + claim).then().statusCode(200).body("review", org.hamcrest.Matchers.is("unreviewed"));
        given().contentType("application/merge-patch+json").body("{\"value\":650,\"place\":\"" + "م".repeat(300) + "\"}")
                .when().patch("/claims/" + claim).then().statusCode(200).body("value", org.hamcrest.Matchers.is(650));
    }

    @Test
    void reviewDecisionsSurviveReextractionAndEdits() {
        String title = "تقرير: 3000 جندي تركي في شمال العراق " + RUN;
        String body = "قالت مصادر إن نحو 3000 جندي تركي ينتشرون في شمال العراق. "
                + "وأضافت أن أنقرة أرسلت 400 جندي إضافي الشهر الماضي إلى قاعدة بعشيقة.";
        long article = Api.createArticle(article(title, body, "2016-07-01", OUTLET_A));
        List<Map<String, Object>> claims = claimsOf(article).getList("items");
        assertThat(claims).hasSizeGreaterThanOrEqualTo(3);
        long confirm = idOf(claims, "title", "3000 جندي");
        long correct = idOf(claims, "body", "نحو 3000 جندي");
        long reject = idOf(claims, "body", "400 جندي");

        Api.rawBody("application/merge-patch+json", "{\"review\":\"confirmed\",\"reviewNote\":\"مؤكد\"}")
                .when().patch("/claims/" + confirm).then().statusCode(200)
                .body("review", org.hamcrest.Matchers.is("confirmed")).body("reviewNote", org.hamcrest.Matchers.is("مؤكد"));
        JsonPath corrected = Api.rawBody("application/json", "{\"value\":2500,\"place\":\"بعشيقة\"}")
                .when().patch("/claims/" + correct).then().statusCode(200).extract().jsonPath();
        assertThat(corrected.getString("review")).isEqualTo("corrected");
        assertThat(corrected.getInt("value")).isEqualTo(2500);
        assertThat(corrected.getString("qualifier")).isEqualTo("approx");
        assertThat(corrected.getInt("extracted.value")).isEqualTo(3000);
        given().contentType(ContentType.JSON).body("{\"review\":\"rejected\"}")
                .when().patch("/claims/" + reject).then().statusCode(200).body("review", org.hamcrest.Matchers.is("rejected"));

        given().contentType(ContentType.JSON).body("{\"review\":\"ok\"}").when().patch("/claims/" + confirm)
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("review"));
        given().contentType(ContentType.JSON).body("{\"id\":5}").when().patch("/claims/" + confirm).then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"value\":\"many\"}").when().patch("/claims/" + confirm)
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"qualifier\":null}").when().patch("/claims/" + confirm)
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"review\":\"confirmed\"}").when().patch("/claims/987654321")
                .then().statusCode(404).contentType("application/problem+json");

        int before = claimsOf(article).getInt("total");
        JsonPath report = given().queryParam("articleId", article).when().post("/admin/reextract")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("articles")).isEqualTo(1);
        assertThat(report.getLong("kept")).isEqualTo(3);
        assertThat(report.getLong("skipped")).isGreaterThanOrEqualTo(3);
        assertThat(report.getLong("added")).isZero();
        assertThat(claimsOf(article).getInt("total")).isEqualTo(before);
        assertThat(given().when().get("/claims/" + confirm).then().statusCode(200).extract().path("review").toString())
                .isEqualTo("confirmed");
        assertThat(given().when().get("/claims/" + correct).then().statusCode(200).extract().<Integer>path("value"))
                .isEqualTo(2500);
        assertThat(given().when().get("/claims/" + reject).then().statusCode(200).extract().path("review").toString())
                .isEqualTo("rejected");

        // An edit moves the text: decisions stay, their offsets follow the evidence, nothing is duplicated.
        String edited = "تمهيد قصير للخبر. " + body;
        given().contentType(ContentType.JSON).body(article(title, edited, "2016-07-01", OUTLET_A))
                .when().put("/articles/" + article).then().statusCode(200);
        JsonPath after = claimsOf(article);
        assertThat(after.getInt("total")).isEqualTo(before);
        for (Map<String, Object> claim : after.<Map<String, Object>>getList("items")) {
            String field = "title".equals(claim.get("field")) ? title : edited;
            assertThat(field.substring((Integer) claim.get("start"), (Integer) claim.get("end"))).isEqualTo(claim.get("text"));
        }
        assertThat(after.<Number>getList("items.id").stream().map(Number::longValue).toList())
                .contains(confirm, correct, reject);

        given().queryParam("articleId", 987654321).when().post("/admin/reextract").then().statusCode(404);
        given().queryParam("articleId", "abc").when().post("/admin/reextract").then().statusCode(400);
        JsonPath all = given().when().post("/admin/reextract").then().statusCode(200).extract().jsonPath();
        assertThat(all.getLong("articles")).isGreaterThanOrEqualTo(IDS.size() + 1);
        assertThat(claimsOf(article).getInt("total")).isEqualTo(before);
    }

    static long idOf(List<Map<String, Object>> claims, String field, String text) {
        return claims.stream().filter(c -> field.equals(c.get("field")) && text.equals(c.get("text")))
                .map(c -> ((Number) c.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " claim '" + text + "' in " + claims));
    }

    @Test
    void exportsCsvAndNdjson() throws Exception {
        String csv = given().queryParam("outlet", OUTLET_A).queryParam("format", "csv")
                .when().get("/claims/export").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        assertThat(csv).startsWith("\uFEFF");
        List<List<String>> rows = CsvReader.parse(csv.substring(1));
        List<String> header = rows.get(0);
        assertThat(header).startsWith("id", "articleId", "field", "start", "end", "text", "sentence", "value");
        int total = list(Map.of("outlet", OUTLET_A)).getInt("total");
        assertThat(rows).hasSize(total + 1);
        int sentence = header.indexOf("sentence");
        int outlet = header.indexOf("outlet");
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
            assertThat(r).hasSize(header.size());
            assertThat(r.get(outlet)).isEqualTo(OUTLET_A);
        });
        assertThat(rows.stream().map(r -> r.get(sentence))).anyMatch(s -> s.contains("،") && s.contains("سي إن إن"));

        String ndjson = given().queryParam("outlet", OUTLET_A).queryParam("format", "ndjson")
                .when().get("/claims/export").then().statusCode(200).contentType(startsWith("application/x-ndjson"))
                .extract().asString();
        List<String> lines = ndjson.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(total);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : lines) {
            assertThat(mapper.readTree(line).get("outlet").get("name").asText()).isEqualTo(OUTLET_A);
        }

        String accepted = given().accept("text/csv").queryParam("outlet", OUTLET_A).queryParam("size", 2)
                .when().get("/claims").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("X-Total-Count", Integer.toString(total)).extract().asString();
        assertThat(CsvReader.parse(accepted)).hasSize(3);

        given().queryParam("format", "xlsx").when().get("/claims/export").then().statusCode(400)
                .contentType("application/problem+json");
        given().accept("text/csv").queryParam("kind", "troops").when().get("/claims").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblem() {
        Map<String, String> bad = Map.of(
                "force", "NAVY", "country", "Syria", "kind", "troops", "qualifier", "about", "stance", "maybe",
                "review", "done", "from", "2016-13", "sort", "size", "page", "-1");
        for (Map.Entry<String, String> param : bad.entrySet()) {
            given().queryParam(param.getKey(), param.getValue()).when().get("/claims").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString(param.getKey()));
        }
        given().queryParam("from", "2017").queryParam("to", "2016").when().get("/claims").then().statusCode(400);
        given().queryParam("q", "  \"\" ").when().get("/claims").then().statusCode(400);
        given().when().get("/claims/987654321").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/articles/987654321/claims").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("windowDays", "week").when().get("/claims/conflicts").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("kind", "troops").when().get("/claims/timeline").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("country", "SYR").when().get("/claims/timeline").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{not json").when().post("/claims").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("x").when().post("/claims").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void deletingAnArticleDeletesItsClaims() {
        long article = Api.createArticle(article("مقتل 12 عنصرا من داعش في سوريا " + RUN,
                "قالت قوات سوريا الديمقراطية إن 12 عنصرا من تنظيم داعش قتلوا في ريف دير الزور.", "2016-09-01", OUTLET_B));
        List<Number> ids = claimsOf(article).getList("items.id");
        assertThat(ids).isNotEmpty();
        given().when().delete("/articles/" + article).then().statusCode(204);
        for (Number id : ids) {
            given().when().get("/claims/" + id).then().statusCode(404);
        }
        Api.awaitIndexed();
        JsonPath found = list(Map.of("q", "دير الزور " + RUN));
        assertThat(found.getInt("total")).isZero();
    }

    @Test
    void fullTextByOutletFollowsAnArticlesNewOutlet() {
        String title = "تقرير: 700 جندي أمريكي في قاعدة التنف " + RUN;
        String body = "قالت مصادر إن نحو 700 جندي أمريكي ينتشرون في قاعدة التنف.";
        long article = Api.createArticle(article(title, body, "2016-10-01", OUTLET_A));
        Api.awaitIndexed();
        assertThat(list(Map.of("q", "التنف " + RUN, "outlet", OUTLET_A)).getInt("total")).isPositive();
        given().contentType(ContentType.JSON).body(article(title, body, "2016-10-01", OUTLET_B))
                .when().put("/articles/" + article).then().statusCode(200);
        Api.awaitIndexed();
        assertThat(list(Map.of("q", "التنف " + RUN, "outlet", OUTLET_A)).getInt("total")).isZero();
        assertThat(list(Map.of("q", "التنف " + RUN, "outlet", OUTLET_B)).<Number>getList("items.articleId")
                .stream().map(Number::longValue).toList()).isNotEmpty().containsOnly(article);
    }
}
