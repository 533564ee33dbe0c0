package io.raqib.editing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With raqib.api.require-if-match, a write of one record without If-Match is 428. */
@QuarkusTest
@TestProfile(RequireIfMatchTest.Required.class)
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class RequireIfMatchTest {
    public static class Required implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("raqib.api.require-if-match", "true");
        }
    }

    @Test
    void writesWithoutIfMatchAre428() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> article = Map.of("title", "إلزام " + run, "body", "نص " + run);
        long id = Api.createArticle(article);
        given().contentType(ContentType.JSON).body(article).put("/articles/" + id)
                .then().statusCode(428).contentType("application/problem+json").body("detail", containsString("If-Match"));
        given().delete("/articles/" + id).then().statusCode(428);
        String etag = given().get("/articles/" + id).then().statusCode(200).extract().header("ETag");
        given().header("If-Match", etag).delete("/articles/" + id).then().statusCode(204);
    }
}
