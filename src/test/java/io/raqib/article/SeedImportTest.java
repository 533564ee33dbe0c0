package io.raqib.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.TestServersResource;
import io.raqib.testsupport.Seeds;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /articles/import over the five seed files, compared with expected.json. */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class SeedImportTest {

    static Stream<JsonNode> seedDocuments() {
        return StreamSupport.stream(Seeds.expected().get("docs").spliterator(), false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedDocuments")
    void importsWhatACarefulReaderFinds(JsonNode doc) {
        String file = doc.get("file").asText();
        JsonPath report = given().contentType("text/plain; charset=UTF-8").body(Seeds.text(file))
                .when().post("/articles/import")
                .then().statusCode(200).extract().jsonPath();
        JsonNode expectedArticles = doc.get("articles");
        assertThat(report.getInt("failed")).as(file + " failures: " + report.prettify()).isZero();
        assertThat(report.getInt("created") + report.getInt("alreadyPresent")).isEqualTo(expectedArticles.size());

        List<Number> ids = report.getList("items.id");
        List<JsonPath> stored = new ArrayList<>();
        for (Number id : ids) {
            stored.add(given().when().get("/articles/" + id).then().statusCode(200).extract().jsonPath());
        }
        for (int i = 0; i < expectedArticles.size(); i++) {
            JsonNode expected = expectedArticles.get(i);
            JsonPath actual = stored.get(i);
            assertThat(actual.getString("title")).isEqualTo(expected.get("title").asText());
            assertThat(actual.getString("publishedAt")).as("publishedAt of " + expected.get("title"))
                    .isEqualTo(expected.get("published").isNull() ? null : expected.get("published").asText());
            JsonNode outlet = expected.get("outlet");
            if (outlet == null || outlet.isNull()) {
                assertThat(actual.getString("outlet.name")).isNull();
            } else {
                assertThat(actual.getString("outlet.name")).isEqualTo(outlet.asText());
            }
            if (expected.has("keywords")) {
                List<String> keywords = actual.getList("keywords");
                List<String> wanted = new ArrayList<>();
                expected.get("keywords").forEach(k -> wanted.add(k.asText()));
                assertThat(keywords).containsSubsequence(wanted);
            }
            assertThat(actual.getString("body")).isNotBlank();
        }
        // Every article after the first was found under a "read also" heading: related to the first.
        for (int i = 1; i < ids.size(); i++) {
            assertThat(stored.get(i).<Number>getList("related.id").stream().map(Number::longValue).toList())
                    .contains(ids.get(0).longValue());
        }

        // Importing the same document again creates nothing.
        JsonPath again = given().contentType("text/plain; charset=UTF-8").body(Seeds.text(file))
                .when().post("/articles/import")
                .then().statusCode(200).extract().jsonPath();
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("alreadyPresent")).isEqualTo(expectedArticles.size());
        assertThat(again.<Number>getList("items.id")).isEqualTo(ids);
    }
}
