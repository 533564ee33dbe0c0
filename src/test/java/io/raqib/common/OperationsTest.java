package io.raqib.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.TestServersResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class OperationsTest {

    @Test
    void readinessReportsDatabaseAndElasticsearchSeparately() {
        given().when().get("/q/health/ready").then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Elasticsearch", "Database connections health check"))
                .body("checks.find { it.name == 'Elasticsearch' }.status", equalTo("UP"));
        given().when().get("/q/health/group/archive").then().statusCode(200)
                .body("checks.name", hasItems("Archive"));
    }

    @Test
    void prometheusMetricsIncludeTheOutbox() {
        given().when().get("/articles").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("raqib_outbox_pending"))
                .body(containsString("http_server_requests"));
    }
}
