package io.raqib.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestClock;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class DeadlineResourceTest {
    // Our own sentences. Chains are global (force, country, subject), so each test that reads one
    // uses a pair no other test (and no seed text) uses: Turkish or Russian forces in Iraq or Syria.
    record Force(String code, String minister, String ministry, String forces, String capital) {
    }

    static final Force TURKISH = new Force("TURKISH", "التركي", "التركية", "القوات التركية", "أنقرة");
    static final Force RUSSIAN = new Force("RUSSIAN", "الروسي", "الروسية", "القوات الروسية", "موسكو");

    static String announced2025(Force f, String country) {
        return "أعلن وزير الدفاع " + f.minister() + " أن " + f.forces() + " ستنسحب من " + country
                + " بحلول أيلول/سبتمبر 2025.";
    }

    static String postponed2026(Force f, String country) {
        return "قررت وزارة الدفاع " + f.ministry() + " تأجيل انسحاب " + f.forces() + " من " + country
                + " حتى أيلول/سبتمبر 2026.";
    }

    static String confirmed2026(Force f, String country) {
        return "أكدت " + f.capital() + " أن " + f.forces() + " ستنسحب من " + country + " بحلول أيلول/سبتمبر 2026.";
    }
    static final String CENTCOM_KUWAIT = "قالت القيادة المركزية الأمريكية (سنتكوم) إن القوات الأمريكية ستنسحب من الكويت بحلول نهاية عام 2027.";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> article(String title, String body, String publishedAt, String outlet) {
        Map<String, Object> a = new HashMap<>();
        a.put("title", title);
        a.put("body", body);
        a.put("publishedAt", publishedAt);
        a.put("outlet", outlet);
        return a;
    }

    static JsonPath deadlinesOf(long articleId) {
        return given().queryParam("articleId", articleId).when().get("/deadlines")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void extractsAtIngestWithOffsetsIntoTheField() {
        String body = "في تطور جديد، " + CENTCOM_KUWAIT + " ولم تذكر تفاصيل أخرى.";
        long id = Api.createArticle(article("خطة أمريكية لسحب القوات " + unique(), body, "2025-02-01", "بغداد اليوم"));
        JsonPath found = deadlinesOf(id);
        assertThat(found.getInt("total")).isEqualTo(1);
        int start = found.getInt("items[0].start");
        int end = found.getInt("items[0].end");
        assertThat(found.getString("items[0].field")).isEqualTo("body");
        assertThat(body.substring(start, end)).isEqualTo(found.getString("items[0].text")).contains("2027");
        assertThat(found.getString("items[0].due")).isEqualTo("2027-12");
        assertThat(found.getString("items[0].modifier")).isEqualTo("end");
        assertThat(found.getString("items[0].subject")).isEqualTo("withdrawal");
        assertThat(found.getString("items[0].force")).isEqualTo("US");
        assertThat(found.getString("items[0].country")).isEqualTo("KW");
        assertThat(found.getString("items[0].origin")).isEqualTo("extracted");
        assertThat(found.getString("items[0].review")).isEqualTo("unreviewed");
        assertThat(found.getString("items[0].announcedOn")).isEqualTo("2025-02-01");
        assertThat(found.getString("items[0].announcer.name")).isEqualTo("القيادة المركزية الأمريكية");
        assertThat(found.getString("items[0].article.outlet.name")).isEqualTo("بغداد اليوم");
        assertThat(found.getString("items[0].sentence")).contains("سنتكوم");

        // deleting the article takes its deadlines with it
        given().when().delete("/articles/" + id).then().statusCode(204);
        assertThat(deadlinesOf(id).getInt("total")).isZero();
    }

    /** Announced in 2024 for September 2025, postponed in 2025 to September 2026, then confirmed. */
    long[] chain(Force f, String country) {
        String marker = unique();
        long first = Api.createArticle(article("موعد الانسحاب " + marker, announced2025(f, country), "2024-09-27", "شفق نيوز"));
        long second = Api.createArticle(article("تأجيل الانسحاب " + marker, postponed2026(f, country), "2025-03-10", "عنب بلدي"));
        long third = Api.createArticle(article("تأكيد موعد الانسحاب " + marker, confirmed2026(f, country), "2025-05-02", "رووداو"));
        return new long[] {
            deadlinesOf(first).getLong("items[0].id"),
            deadlinesOf(second).getLong("items[0].id"),
            deadlinesOf(third).getLong("items[0].id")};
    }

    @Test
    void aLaterDatePostponesTheEarlierOneAndTheSameDateConfirmsIt() {
        long[] ids = chain(TURKISH, "العراق");
        clock.setToday(LocalDate.of(2025, 6, 15));

        JsonPath postponing = given().when().get("/deadlines/" + ids[1]).then().statusCode(200).extract().jsonPath();
        assertThat(postponing.getString("due")).isEqualTo("2026-09");
        assertThat(postponing.getString("status")).isEqualTo("upcoming");
        assertThat(postponing.getLong("previousId")).isEqualTo(ids[0]);
        assertThat(postponing.getInt("confirmations")).isEqualTo(1);
        List<Long> chain = postponing.getList("chain.id", Long.class);
        assertThat(chain).containsSubsequence(ids[0], ids[1], ids[2]);
        int index = chain.indexOf(ids[0]);
        assertThat(postponing.getString("chain[" + index + "].status")).isEqualTo("postponed");
        assertThat(postponing.getString("chain[" + index + "].article.publishedAt")).isEqualTo("2024-09-27");
        assertThat(postponing.getString("chain[" + index + "].article.outlet.name")).isEqualTo("شفق نيوز");

        JsonPath confirming = given().when().get("/deadlines/" + ids[2]).then().statusCode(200).extract().jsonPath();
        assertThat(confirming.getLong("confirmsId")).isEqualTo(ids[1]);
        assertThat(confirming.getString("status")).isEqualTo("upcoming");

        // today moves past September 2026: the standing date has passed, the postponed one stays postponed
        clock.setToday(LocalDate.of(2026, 10, 1));
        given().when().get("/deadlines/" + ids[1]).then().statusCode(200).body("status", equalTo("passed"));
        given().when().get("/deadlines/" + ids[0]).then().statusCode(200).body("status", equalTo("postponed"));
        clock.setToday(LocalDate.of(2026, 9, 30));
        given().when().get("/deadlines/" + ids[1]).then().statusCode(200).body("status", equalTo("upcoming"));
    }

    @Test
    void filtersByForceCountrySubjectStatusDueAndSource() {
        long[] ids = chain(TURKISH, "سوريا");
        clock.setToday(LocalDate.of(2025, 6, 15));
        assertThat(ids(Map.of("force", "TURKISH", "status", "postponed"))).contains(ids[0]).doesNotContain(ids[1], ids[2]);
        assertThat(ids(Map.of("force", "turkish", "status", "upcoming"))).contains(ids[1], ids[2]).doesNotContain(ids[0]);
        assertThat(ids(Map.of("country", "SY", "subject", "withdrawal", "from", "2026", "to", "2026")))
                .contains(ids[1], ids[2]).doesNotContain(ids[0]);
        assertThat(ids(Map.of("force", "TURKISH", "to", "2025-12-31"))).contains(ids[0]).doesNotContain(ids[1]);
        assertThat(ids(Map.of("force", "TURKISH", "source", "عنب بلدي"))).contains(ids[1]).doesNotContain(ids[0], ids[2]);
        assertThat(ids(Map.of("force", "SDF", "country", "KW"))).isEmpty();
        assertThat(ids(Map.of("source", "مصدر لا وجود له " + unique()))).isEmpty();
        clock.setToday(LocalDate.of(2027, 1, 1));
        assertThat(ids(Map.of("force", "TURKISH", "status", "passed"))).contains(ids[1], ids[2]);
    }

    static List<Long> ids(Map<String, ?> params) {
        return given().queryParams(params).queryParam("size", 100).when().get("/deadlines")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    @Test
    void manualAndCorrectedDeadlinesSurviveReextraction() {
        String marker = unique();
        String extra = "وقال مسؤول عراقي إن اللجنة العسكرية العليا ستعقد اجتماعها المقبل.";
        String body = announced2025(RUSSIAN, "سوريا") + " " + extra;
        Map<String, Object> input = article("موعد تركي جديد " + marker, body, "2024-10-01", "الجزيرة نت");
        long articleId = Api.createArticle(input);
        long extracted = deadlinesOf(articleId).getLong("items[0].id");

        // a person corrects the extracted date…
        given().contentType(ContentType.JSON).body(Map.of("due", "2025-12", "dueText", "نهاية 2025"))
                .when().patch("/deadlines/" + extracted)
                .then().statusCode(200).body("due", equalTo("2025-12")).body("review", equalTo("corrected"));
        // …and adds one the extractor did not see
        int start = body.indexOf("اللجنة");
        int end = body.indexOf("المقبل") + "المقبل".length();
        long manual = given().contentType(ContentType.JSON).body(Map.of("articleId", articleId, "field", "body",
                        "start", start, "end", end, "due", "2025-01", "subject", "other", "force", "IRAQI",
                        "country", "IQ", "announcedBy", "خلية الإعلام الأمني"))
                .when().post("/deadlines")
                .then().statusCode(201).header("Location", containsString("/deadlines/"))
                .body("origin", equalTo("manual")).body("text", equalTo(body.substring(start, end)))
                .body("sentence", equalTo(extra)).body("announcer.name", equalTo("خلية الإعلام الأمني"))
                .extract().jsonPath().getLong("id");

        // the article is edited: a sentence is put in front, so every offset moves
        String prefix = "عاجل: ";
        input.put("body", prefix + body);
        given().contentType(ContentType.JSON).body(input).when().put("/articles/" + articleId).then().statusCode(200);

        JsonPath after = deadlinesOf(articleId);
        assertThat(after.getList("items.id", Long.class)).containsExactlyInAnyOrder(extracted, manual);
        JsonPath corrected = given().when().get("/deadlines/" + extracted).then().statusCode(200).extract().jsonPath();
        assertThat(corrected.getString("due")).isEqualTo("2025-12");
        assertThat(corrected.getString("review")).isEqualTo("corrected");
        assertThat(corrected.getInt("start")).isEqualTo(body.indexOf("بحلول") + prefix.length());
        given().when().get("/deadlines/" + manual).then().statusCode(200)
                .body("start", equalTo(start + prefix.length())).body("origin", equalTo("manual"));

        // an unreviewed extracted deadline is replaced by re-extraction
        given().contentType(ContentType.JSON).body(Map.of("review", "unreviewed")).when().patch("/deadlines/" + extracted)
                .then().statusCode(200);
        input.put("body", body);
        given().contentType(ContentType.JSON).body(input).when().put("/articles/" + articleId).then().statusCode(200);
        JsonPath again = deadlinesOf(articleId);
        assertThat(again.getList("items.id", Long.class)).contains(manual).doesNotContain(extracted).hasSize(2);
        assertThat(again.getList("items.due", String.class)).contains("2025-09");
    }

    @Test
    void calendarFeedParsesAsRfc5545() throws Exception {
        long[] ids = chain(RUSSIAN, "العراق");
        clock.setToday(LocalDate.of(2025, 6, 15));
        var response = given().queryParam("force", "RUSSIAN").queryParam("country", "IQ").when().get("/deadlines.ics")
                .then().statusCode(200).contentType(startsWith("text/calendar")).extract();
        String ics = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty(Property.VERSION).map(p -> ((Property) p).getValue())).hasValue("2.0");
        assertThat(calendar.getProperty(Property.PRODID)).isPresent();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        Map<String, VEvent> byUid = new HashMap<>();
        for (VEvent e : events) {
            byUid.put(e.<Property>getProperty(Property.UID).orElseThrow().getValue(), e);
        }
        VEvent postponed = byUid.get("deadline-" + ids[0] + "@raqib");
        VEvent standing = byUid.get("deadline-" + ids[1] + "@raqib");
        assertThat(postponed).isNotNull();
        assertThat(standing).isNotNull();
        Property start = standing.<Property>getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getValue()).isEqualTo("20260930");
        assertThat(start.toString()).contains("VALUE=DATE");
        assertThat(standing.<Property>getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20261001");
        assertThat(postponed.<Property>getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20250930");
        assertThat(postponed.<Property>getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
        String summary = standing.<Property>getProperty(Property.SUMMARY).orElseThrow().getValue();
        assertThat(summary).contains("انسحاب").contains("القوات الروسية").contains("العراق").contains("2026-09");
        String description = standing.<Property>getProperty(Property.DESCRIPTION).orElseThrow().getValue();
        assertThat(description).contains("upcoming").contains("عنب بلدي").contains("\n").contains("أيلول/سبتمبر 2026");

        // the same filters as the list: a filter matching nothing gives an empty calendar
        String empty = given().queryParam("force", "HTS").queryParam("country", "KW").when().get("/deadlines.ics")
                .then().statusCode(200).extract().asString();
        assertThat(new CalendarBuilder().build(new StringReader(empty)).getComponents(Component.VEVENT)).isEmpty();
    }

    @Test
    void badInputIsA4xxProblem() {
        long articleId = Api.createArticle(article("خبر قصير " + unique(), "نص قصير.", "2025-01-01", "شفق نيوز"));
        Map<String, Object> ok = new HashMap<>(Map.of("articleId", articleId, "field", "body", "start", 0, "end", 3,
                "subject", "withdrawal"));
        problem(post(with(ok, "articleId", 987654321)), 400, "987654321");
        problem(post(with(ok, "end", 900)), 400, "past the end");
        problem(post(with(ok, "start", 3)), 400, "greater than start");
        problem(post(with(ok, "start", -1)), 400, "start");
        problem(post(with(ok, "subject", "soon")), 400, "subject");
        problem(post(with(ok, "field", "footer")), 400, "field");
        problem(post(with(ok, "due", "2025-13")), 400, "due");
        problem(post(with(ok, "force", "MARTIANS")), 400, "force");
        problem(post(with(ok, "country", "Iraq")), 400, "country");
        problem(post(with(ok, "unknown", 1)), 400, "unknown");
        problem(given().contentType(ContentType.JSON).body("{\"articleId\":").when().post("/deadlines").then(), 400, "");
        problem(given().contentType(ContentType.TEXT).body("x").when().post("/deadlines").then(), 415, "");
        problem(given().queryParam("status", "soon").when().get("/deadlines").then(), 400, "status");
        problem(given().queryParam("from", "أمس").when().get("/deadlines").then(), 400, "from");
        problem(given().queryParam("from", "2026").queryParam("to", "2025").when().get("/deadlines").then(), 400, "after");
        problem(given().queryParam("country", "123").when().get("/deadlines.ics").then(), 400, "country");
        problem(given().queryParam("size", "1000").when().get("/deadlines").then(), 400, "size");
        problem(given().when().get("/deadlines/987654321").then(), 404, "987654321");
        problem(given().when().get("/deadlines/abc").then(), 404, "");
        problem(given().contentType(ContentType.JSON).body(Map.of("due", "2025")).when().patch("/deadlines/987654321").then(),
                404, "987654321");
        long id = given().contentType(ContentType.JSON).body(ok).when().post("/deadlines").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        problem(given().contentType(ContentType.JSON).body("{\"subject\":null}").when().patch("/deadlines/" + id).then(),
                400, "subject");
        problem(given().contentType(ContentType.JSON).body("{\"force\":\"XX\"}").when().patch("/deadlines/" + id).then(),
                400, "force");
        problem(given().contentType(ContentType.JSON).body("{\"review\":\"maybe\"}").when().patch("/deadlines/" + id).then(),
                400, "review");
        given().contentType("application/merge-patch+json").body("{\"qualifier\":\"at_least\"}")
                .when().patch("/deadlines/" + id).then().statusCode(200).body("qualifier", equalTo("at_least"));
    }

    @Test
    void aPatchIsValidatedAsARepresentation() {
        long articleId = Api.createArticle(article("خبر للتصحيح " + unique(), "نص قصير للتصحيح.", "2025-01-01", "شفق نيوز"));
        long id = post(Map.of("articleId", articleId, "field", "body", "start", 0, "end", 3, "subject", "withdrawal"))
                .statusCode(201).extract().jsonPath().getLong("id");
        String tooLong = "ن".repeat(301);
        JsonPath refused = given().contentType("application/merge-patch+json")
                .body(Map.of("dueText", tooLong, "announcedBy", tooLong, "review", "confirmed"))
                .when().patch("/deadlines/" + id).then().statusCode(400).contentType("application/problem+json")
                .extract().jsonPath();
        assertThat(refused.getList("violations.field", String.class)).containsExactly("announcedBy", "dueText");
        assertThat(refused.getString("detail")).contains("dueText has at most 300 characters");
        // nothing was applied
        given().when().get("/deadlines/" + id).then().statusCode(200).body("review", equalTo("unreviewed"))
                .body("dueText", org.hamcrest.Matchers.nullValue());
        given().contentType("application/merge-patch+json").body(Map.of("dueText", "ن".repeat(300)))
                .when().patch("/deadlines/" + id).then().statusCode(200).body("review", equalTo("corrected"));
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    static io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/deadlines").then();
    }

    static void problem(io.restassured.response.ValidatableResponse response, int status, String detail) {
        response.statusCode(status).contentType("application/problem+json").body("detail", containsString(detail));
    }
}
