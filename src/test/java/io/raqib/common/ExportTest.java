package io.raqib.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.claim.CsvReader;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GET /articles/export and /deadlines/export against the real database: CSV and NDJSON, the list
 * filters, more rows than one page of the stream, bad formats and filters as problems.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void articlesAsCsvAndNdjsonWithTheListFilters() throws Exception {
        String outlet = "منبر التصدير " + System.nanoTime();
        String keyword = "تصدير" + System.nanoTime();
        int count = 62; // the test profile streams 25 rows a page: three pages
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String day = String.format("2024-03-%02d", 1 + i % 28);
            lines.append(JSON.writeValueAsString(Map.of("title", "خبر للتصدير رقم " + i + "، " + outlet,
                    "body", "نص قصير، فيه فاصلة و\"علامة اقتباس\" للخبر " + i + " من " + outlet,
                    "publishedAt", day, "outlet", outlet,
                    "keywords", i % 5 == 0 ? List.of(keyword, "العراق") : List.of("العراق")))).append('\n');
        }
        Api.rawBody("application/x-ndjson", lines.toString()).when().post("/articles/import").then().statusCode(200)
                .body("created", org.hamcrest.Matchers.equalTo(count));

        String csv = given().queryParam("outlet", outlet).when().get("/articles/export")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("raqib-articles.csv")).extract().asString();
        assertThat(csv).startsWith("\uFEFF");
        List<List<String>> rows = CsvReader.parse(csv.substring(1));
        List<String> header = rows.get(0);
        assertThat(header).startsWith("id", "title", "publishedAt", "outletId", "outlet", "keywords");
        List<List<String>> body = rows.subList(1, rows.size());
        assertThat(body).hasSize(count).allSatisfy(r -> {
            assertThat(r).hasSize(header.size());
            assertThat(r.get(header.indexOf("outlet"))).isEqualTo(outlet);
            assertThat(r.get(header.indexOf("body"))).contains("\"علامة اقتباس\"");
        });
        List<Long> ids = body.stream().map(r -> Long.parseLong(r.get(0))).toList();
        assertThat(ids).as("id order, each once, across pages").isSorted().doesNotHaveDuplicates();

        String ndjson = given().queryParam("outlet", outlet).queryParam("keyword", keyword)
                .queryParam("format", "ndjson").when().get("/articles/export")
                .then().statusCode(200).contentType(startsWith("application/x-ndjson")).extract().asString();
        List<JsonNode> records = new ArrayList<>();
        for (String line : ndjson.lines().filter(l -> !l.isBlank()).toList()) {
            records.add(JSON.readTree(line));
        }
        assertThat(records).hasSize((count + 4) / 5).allSatisfy(r -> {
            assertThat(r.get("outlet").get("name").asText()).isEqualTo(outlet);
            assertThat(r.get("keywords").toString()).contains(keyword);
        });

        String dated = given().queryParam("outlet", outlet).queryParam("from", "2024-03-27").queryParam("to", "2024-03-28")
                .when().get("/articles/export").then().statusCode(200).extract().asString();
        List<List<String>> datedRows = CsvReader.parse(dated.substring(1));
        assertThat(datedRows.subList(1, datedRows.size())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get(2)).isIn("2024-03-27", "2024-03-28"));
        assertThat(CsvReader.parse(given().queryParam("outlet", "لا يوجد منبر بهذا الاسم " + System.nanoTime())
                .when().get("/articles/export").then().statusCode(200).extract().asString().substring(1))).hasSize(1);

        given().queryParam("format", "xlsx").when().get("/articles/export").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("format"));
        given().queryParam("from", "2024-13-01").when().get("/articles/export").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void deadlinesAsCsvAndNdjsonWithTheListFilters() throws Exception {
        String outlet = "منبر المواعيد " + System.nanoTime();
        long article = Api.createArticle(Map.of("title", "التحالف يحدد موعد انتهاء مهمته",
                "body", "أعلن التحالف الدولي انتهاء مهمته العسكرية في العراق بحلول أيلول 2027، بحسب بيان. "
                        + outlet,
                "publishedAt", "2025-01-10", "outlet", outlet));
        String csv = given().queryParam("outlet", outlet).when().get("/deadlines/export")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("raqib-deadlines.csv")).extract().asString();
        assertThat(csv).startsWith("\uFEFF");
        List<List<String>> rows = CsvReader.parse(csv.substring(1));
        List<String> header = rows.get(0);
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
            assertThat(r).hasSize(header.size());
            assertThat(r.get(header.indexOf("articleId"))).isEqualTo(Long.toString(article));
            assertThat(r.get(header.indexOf("outlet"))).isEqualTo(outlet);
        });
        assertThat(rows.subList(1, rows.size())).anySatisfy(r -> {
            assertThat(r.get(header.indexOf("due"))).isEqualTo("2027-09");
            assertThat(r.get(header.indexOf("subject"))).isEqualTo("mission_end");
            assertThat(r.get(header.indexOf("country"))).isEqualTo("IQ");
        });

        String ndjson = given().queryParam("outlet", outlet).queryParam("country", "IQ").queryParam("format", "ndjson")
                .when().get("/deadlines/export").then().statusCode(200).contentType(startsWith("application/x-ndjson"))
                .extract().asString();
        List<String> lines = ndjson.lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(rows.size() - 1);
        for (String line : lines) {
            JsonNode d = JSON.readTree(line);
            assertThat(d.get("articleId").asLong()).isEqualTo(article);
            assertThat(d.get("country").asText()).isEqualTo("IQ");
        }
        String other = given().queryParam("outlet", outlet).queryParam("country", "SY").queryParam("format", "ndjson")
                .when().get("/deadlines/export").then().statusCode(200).extract().asString();
        assertThat(other.lines().filter(l -> !l.isBlank())).isEmpty();

        given().queryParam("status", "soon").when().get("/deadlines/export").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("status"));
        given().queryParam("format", "pdf").when().get("/deadlines/export").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
