package io.raqib.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Atom feeds read back with Rome, as a feed reader reads them, with the list filters applied. */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class AtomFeedTest {
    static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L);
    static final String OUTLET = "نشرة الخلاصات " + RUN;
    static long syria;
    static long iraq;
    static long deadline;

    @BeforeEach
    void archive() {
        if (syria != 0) {
            return;
        }
        long a = Api.createArticle(Map.of("title", "نحو 800 جندي أمريكي في سوريا", "body",
                "قال مسؤول في البنتاغون إن نحو 800 جندي أمريكي ما زالوا في سوريا.", "publishedAt", "2018-03-03",
                "outlet", OUTLET));
        long b = Api.createArticle(Map.of("title", "4000 جندي أمريكي في العراق", "body",
                "ذكرت وزارة الدفاع الأمريكية أن 4000 جندي أمريكي موجودون في العراق.", "publishedAt", "2018-03-04",
                "outlet", OUTLET));
        long c = Api.createArticle(Map.of("title", "موعد لانسحاب القوات التركية", "body",
                "أعلنت أنقرة أن القوات التركية ستنسحب من سوريا بحلول حزيران/يونيو 2019.", "publishedAt", "2018-03-05",
                "outlet", OUTLET));
        syria = bodyClaim(a);
        iraq = bodyClaim(b);
        deadline = ((Number) given().queryParam("articleId", c).get("/deadlines").then().statusCode(200).extract()
                .jsonPath().getList("items.id").get(0)).longValue();
    }

    static long bodyClaim(long articleId) {
        List<Map<String, Object>> items = given().get("/articles/" + articleId + "/claims").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(c -> "body".equals(c.get("field"))).findFirst()
                .map(c -> ((Number) c.get("id")).longValue()).orElseThrow();
    }

    static int claimCount(Map<String, ?> filter) {
        return given().queryParams(filter).get("/claims").then().statusCode(200).extract().path("total");
    }

    static SyndFeed read(String path, Map<String, ?> params) throws Exception {
        String xml = given().queryParams(params).get(path).then().statusCode(200)
                .contentType("application/atom+xml").extract().asString();
        return new SyndFeedInput().build(new StringReader(xml));
    }

    @Test
    void claimsFeedIsAtomWithOneEntryPerClaimAndTheListFilters() throws Exception {
        SyndFeed feed = read("/claims.atom", Map.of("outlet", OUTLET));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("رقيب: أعداد القوات");
        assertThat(feed.getEntries()).hasSize(claimCount(Map.of("outlet", OUTLET)));
        assertThat(feed.getEntries()).extracting(e -> e.getUri().replaceAll(".*/claims/", ""))
                .contains(Long.toString(syria), Long.toString(iraq));
        SyndEntry entry = feed.getEntries().stream().filter(e -> e.getUri().endsWith("/claims/" + syria)).findFirst()
                .orElseThrow();
        String sentence = given().get("/claims/" + syria).then().extract().path("sentence");
        assertThat(entry.getTitle()).isEqualTo("نحو 800 — القوات الأمريكية في سوريا");
        assertThat(entry.getContents().get(0).getValue()).isEqualTo(sentence);
        assertThat(entry.getLinks()).extracting(SyndLink::getRel).contains("alternate", "related");
        assertThat(entry.getCategories()).extracting(SyndCategory::getName).contains("US", "SY", "presence");
        assertThat(entry.getUpdatedDate()).isNotNull();

        SyndFeed iraqOnly = read("/claims.atom", Map.of("outlet", OUTLET, "country", "IQ"));
        assertThat(iraqOnly.getEntries()).hasSize(claimCount(Map.of("outlet", OUTLET, "country", "IQ")))
                .anyMatch(e -> e.getUri().endsWith("/claims/" + iraq))
                .noneMatch(e -> e.getUri().endsWith("/claims/" + syria))
                .allMatch(e -> e.getCategories().stream().anyMatch(c -> c.getName().equals("IQ")));
        given().queryParam("country", "Iraq").get("/claims.atom").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void deadlinesFeedIsAtomWithTheStatus() throws Exception {
        SyndFeed feed = read("/deadlines.atom", Map.of("force", "TURKISH", "country", "SY", "size", 100));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        SyndEntry entry = feed.getEntries().stream().filter(e -> e.getUri().endsWith("/deadlines/" + deadline))
                .findFirst().orElseThrow();
        // the status depends on what else the archive holds about the same chain: read it from the API
        String status = given().get("/deadlines/" + deadline).then().statusCode(200).extract().path("status");
        String said = Map.of("upcoming", "قادم", "passed", "انقضى", "postponed", "أُجِّل", "superseded", "استُبدل").get(status);
        assertThat(entry.getTitle()).contains("الانسحاب").contains("القوات التركية").contains("2019-06").endsWith("(" + said + ")");
        assertThat(entry.getCategories()).extracting(SyndCategory::getName).contains("TURKISH", "SY", "withdrawal", status);
        assertThat(read("/deadlines.atom", Map.of("force", "TURKISH", "country", "IQ")).getEntries())
                .noneMatch(e -> e.getUri().endsWith("/deadlines/" + deadline));
        given().queryParam("status", "soon").get("/deadlines.atom").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
