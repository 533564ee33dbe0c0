package io.raqib.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.TestServersResource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The checked-in contract (openapi/openapi.yaml) is what the service serves. When this fails,
 * the API changed: review the difference and run ./raqib openapi to update the file.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiContractTest {

    @Test
    void checkedInContractMatchesTheServedOne() throws Exception {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Path checkedIn = Path.of("openapi", "openapi.yaml");
        assertThat(checkedIn).as("openapi/openapi.yaml is checked in").exists();
        // Compared as documents: the build and the running service may order keys differently.
        YAMLMapper yaml = new YAMLMapper();
        JsonNode servedTree = yaml.readTree(served);
        JsonNode checkedInTree = yaml.readTree(Files.readString(checkedIn, StandardCharsets.UTF_8));
        assertThat(checkedInTree)
                .as("served /q/openapi differs from openapi/openapi.yaml; run ./raqib openapi and commit")
                .isEqualTo(servedTree);
    }

    @Test
    void contractDocumentsEveryEndpointWithArabicExamplesAndProblems() {
        String served = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        assertThat(served).contains("/articles", "/articles/{id}", "/articles/import", "/articles/search",
                "/sources", "/sources/{id}", "/admin/reindex", "/admin/outbox", "/claims", "/claims/{id}",
                "/claims/timeline", "/claims/conflicts", "/claims/export", "/articles/{id}/claims", "/admin/reextract",
                "/deadlines", "/deadlines/{id}", "/deadlines.ics", "/sources/{id}/merge", "/sources/{id}/stats");
        assertThat(served).contains("application/problem+json").contains("\"503\"").contains("\"413\"");
        assertThat(served).containsPattern("[\\u0600-\\u06FF]{3,}");
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
