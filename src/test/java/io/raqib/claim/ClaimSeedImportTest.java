package io.raqib.claim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.Seeds;
import io.raqib.testsupport.TestServersResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The seed documents imported through the API (read from ../shared/seeds at run time) yield their figures as claims. */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ClaimSeedImportTest {

    @Test
    void importedSeedsAreSearchableAsClaims() {
        List<String> files = StreamSupport.stream(Seeds.expected().get("docs").spliterator(), false)
                .map(d -> d.get("file").asText()).toList();
        for (String file : files) {
            JsonPath report = Api.rawBody("text/plain; charset=UTF-8", Seeds.text(file))
                    .when().post("/articles/import").then().statusCode(200).extract().jsonPath();
            assertThat(report.getInt("failed")).as(file).isZero();
            for (Number id : report.<Number>getList("items.id")) {
                JsonPath article = given().when().get("/articles/" + id).then().statusCode(200).extract().jsonPath();
                for (Map<String, Object> claim : ClaimResourceTest.claimsOf(id.longValue()).<Map<String, Object>>getList("items")) {
                    String field = article.getString((String) claim.get("field"));
                    assertThat(field.substring((Integer) claim.get("start"), (Integer) claim.get("end")))
                            .isEqualTo(claim.get("text"));
                }
            }
        }
        JsonPath cnn = given().queryParam("force", "US").queryParam("country", "SY").queryParam("attributedTo", "CNN")
                .queryParam("size", 100).when().get("/claims").then().statusCode(200).extract().jsonPath();
        assertThat(cnn.<Integer>getList("items.value")).as(cnn.prettify()).contains(2000);
        assertThat(cnn.<String>getList("items.attributedTo.name")).containsOnly("سي إن إن");

        // The same claims through full-text, in another spelling of the Pentagon's name.
        Api.awaitIndexed();
        JsonPath pentagon = given().queryParam("q", "البنتاجون").queryParam("force", "US").queryParam("size", 100)
                .when().get("/claims").then().statusCode(200).extract().jsonPath();
        assertThat(pentagon.getInt("total")).isPositive();

        JsonPath denied = given().queryParam("stance", "denied").queryParam("size", 100)
                .when().get("/claims").then().statusCode(200).extract().jsonPath();
        assertThat(denied.<Integer>getList("items.value")).as("the security media cell denies 1500").contains(1500);
    }
}
