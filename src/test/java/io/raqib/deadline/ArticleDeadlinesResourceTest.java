package io.raqib.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The deadline contract against the real servers: GET /articles/{id}/deadlines, the modifier and
 * the vague (undated) deadline end to end (extracted, stored, served, in the calendar), and ids that
 * survive re-extraction and article updates. Our own sentences.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ArticleDeadlinesResourceTest {
    // a Turkish base outside Iraq and Syria: deadline chains are global, and DeadlineResourceTest keeps
    // Turkish forces in Iraq and Syria to itself (بعشيقة is now known to be in Iraq)
    static final String END_OF_YEAR = "أكد مسؤول تركي أن القوات التركية ستنسحب من قاعدة الريان بحلول نهاية 2027.";
    static final String VAGUE = "وقال إن وحدات تركية إضافية ستنتشر في دهوك خلال الأشهر المقبلة.";

    static Map<String, Object> article(String body, String publishedAt) {
        Map<String, Object> a = new HashMap<>();
        a.put("title", "مواعيد القوات التركية " + UUID.randomUUID().toString().substring(0, 8));
        a.put("body", body);
        a.put("publishedAt", publishedAt);
        a.put("outlet", "رووداو");
        return a;
    }

    static JsonPath ofArticle(long id) {
        return given().when().get("/articles/" + id + "/deadlines")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    static List<VEvent> calendarOf(long articleId) throws Exception {
        byte[] ics = given().queryParam("articleId", articleId).when().get("/deadlines.ics")
                .then().statusCode(200).extract().asByteArray();
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
        return calendar.getComponents(Component.VEVENT);
    }

    @Test
    void endOfYearAndVagueDeadlinesEndToEnd() throws Exception {
        long id = Api.createArticle(article(END_OF_YEAR + " " + VAGUE, "2025-03-01"));
        JsonPath found = ofArticle(id);
        assertThat(found.getInt("total")).isEqualTo(2);
        assertThat(found.getString("items[0].text")).isEqualTo("بحلول نهاية 2027");
        assertThat(found.getString("items[0].due")).isEqualTo("2027-12");
        assertThat(found.getString("items[0].modifier")).isEqualTo("end");
        assertThat(found.getString("items[0].relative")).isNull();
        assertThat(found.getString("items[1].text")).isEqualTo("خلال الأشهر المقبلة");
        assertThat(found.getString("items[1].due")).isNull();
        assertThat(found.getString("items[1].relative")).isEqualTo("خلال الأشهر المقبلة");
        assertThat(found.getString("items[1].subject")).isEqualTo("deployment");
        assertThat(found.getString("items[1].status")).isEqualTo("upcoming");

        // the calendar has the dated one only, on the last day of its period, "نهاية" in its summary
        List<VEvent> events = calendarOf(id);
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.<Property>getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20271231");
        assertThat(event.<Property>getProperty(Property.SUMMARY).orElseThrow().getValue()).contains("نهاية 2027-12");
    }

    @Test
    void anEarlyModifierPutsTheEventEarlyInThePeriod() throws Exception {
        long id = Api.createArticle(article("ستصل تعزيزات تركية إلى قاعدة الريان مطلع أيلول 2027.", "2025-03-01"));
        assertThat(ofArticle(id).getString("items[0].modifier")).isEqualTo("early");
        assertThat(ofArticle(id).getString("items[0].due")).isEqualTo("2027-09");
        assertThat(calendarOf(id).get(0).<Property>getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo("20270910");
    }

    @Test
    void idsSurviveReextractionAndArticleUpdates() throws Exception {
        Map<String, Object> input = article(END_OF_YEAR + " " + VAGUE, "2025-03-01");
        long articleId = Api.createArticle(input);
        JsonPath before = ofArticle(articleId);
        long dated = before.getLong("items[0].id");
        long vague = before.getLong("items[1].id");
        String uid = calendarOf(articleId).get(0).<Property>getProperty(Property.UID).orElseThrow().getValue();
        assertThat(uid).isEqualTo("deadline-" + dated + "@raqib");

        given().queryParam("articleId", articleId).when().post("/admin/reextract").then().statusCode(200);
        JsonPath again = ofArticle(articleId);
        assertThat(again.getList("items.id", Long.class)).containsExactly(dated, vague);

        // an edit moves every offset: the same dates found again keep their ids, at the new place
        String prefix = "عاجل: ";
        input.put("body", prefix + END_OF_YEAR + " " + VAGUE);
        given().contentType(ContentType.JSON).body(input).when().put("/articles/" + articleId).then().statusCode(200);
        JsonPath moved = ofArticle(articleId);
        assertThat(moved.getList("items.id", Long.class)).containsExactly(dated, vague);
        assertThat(moved.getInt("items[0].start")).isEqualTo(before.getInt("items[0].start") + prefix.length());
        assertThat(calendarOf(articleId).get(0).<Property>getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(uid);

        // a sentence taken out takes its deadline with it; the other keeps its id
        input.put("body", END_OF_YEAR);
        given().contentType(ContentType.JSON).body(input).when().put("/articles/" + articleId).then().statusCode(200);
        assertThat(ofArticle(articleId).getList("items.id", Long.class)).containsExactly(dated);
        given().when().get("/deadlines/" + vague).then().statusCode(404);
    }

    @Test
    void peopleSetAndCorrectTheModifierAndTheRelativePhrase() {
        String body = "ستبقى القوات التركية في قاعدة الريان حتى وقت غير محدد.";
        long articleId = Api.createArticle(article(body, "2025-03-01"));
        long id = given().contentType(ContentType.JSON).body(Map.of("articleId", articleId, "field", "body",
                        "start", 0, "end", body.length() - 1, "subject", "presence_until", "force", "TURKISH",
                        "country", "IQ", "relative", "حتى وقت غير محدد"))
                .when().post("/deadlines")
                .then().statusCode(201).body("due", nullValue()).body("relative", equalTo("حتى وقت غير محدد"))
                .body("modifier", nullValue())
                .extract().jsonPath().getLong("id");
        given().contentType("application/merge-patch+json").body(Map.of("due", "2026", "modifier", "mid"))
                .when().patch("/deadlines/" + id)
                .then().statusCode(200).body("due", equalTo("2026")).body("modifier", equalTo("mid"))
                .body("review", equalTo("corrected"));
        assertThat(ofArticle(articleId).getList("items.id", Long.class)).contains(id);
    }

    @Test
    void badInputIsA4xxProblem() {
        given().contentType(ContentType.JSON).body(Map.of("modifier", "soon")).when().patch("/deadlines/1")
                .then().statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(404)))
                .contentType("application/problem+json");
        long articleId = Api.createArticle(article(END_OF_YEAR, "2025-03-01"));
        long id = ofArticle(articleId).getLong("items[0].id");
        given().contentType(ContentType.JSON).body(Map.of("modifier", "soon")).when().patch("/deadlines/" + id)
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("modifier"));
        given().contentType(ContentType.JSON).body("{\"articleId\":" + articleId + ",\"field\":\"body\",\"start\":0,"
                        + "\"end\":5,\"subject\":\"withdrawal\",\"modifier\":\"soon\"}")
                .when().post("/deadlines").then().statusCode(400).contentType("application/problem+json");
        given().when().get("/articles/987654321/deadlines").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("987654321"));
        given().queryParam("size", 0).when().get("/articles/" + articleId + "/deadlines").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
