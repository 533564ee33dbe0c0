package io.raqib.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestKeys;
import io.raqib.testsupport.TestServersResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a browser meets: writes from a page of another origin are refused even as "simple"
 * requests and even with a valid key; CORS is off; every answer carries the security headers.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class BrowserGuardTest {
    private static final String EVIL = "https://news-aggregator.example";

    @BeforeEach
    void authenticate() {
        TestKeys.install();
    }

    @Test
    void writesFromAnotherOriginAreRefused() {
        Api.rawBody("text/plain", "عنوان\nنص").header("Origin", EVIL)
                .when().post("/articles/import").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(EVIL));
        given().header("Origin", EVIL).when().post("/admin/reindex").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Origin", "null").when().delete("/articles/999999999").then().statusCode(403);
        given().header("Sec-Fetch-Site", "cross-site").when().post("/admin/reextract?articleId=999999999")
                .then().statusCode(403);
        // the same request without an Origin (curl, a server) or from the service's own pages passes
        String self = "http://localhost:" + RestAssured.port;
        given().header("Origin", self).contentType(ContentType.JSON).body("{}").when().post("/claims")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body("{}").when().post("/claims").then().statusCode(400);
        // reads from anywhere are fine, but CORS is off: no Access-Control-Allow-Origin
        given().header("Origin", EVIL).when().get("/sources?size=1").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void securityHeadersOnEveryAnswer() {
        given().when().get("/articles?size=1").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", SecurityHeaders.STRICT_CSP)
                .header("X-Frame-Options", "DENY");
        given().header(TestKeys.ANONYMOUS, "1").contentType(ContentType.JSON).body("{}").when().post("/articles")
                .then().statusCode(401).header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store");
        given().when().get("/articles/999999999").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
        given().when().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", SecurityHeaders.SWAGGER_UI_CSP)
                .header("Content-Security-Policy", not(containsString("'none'; frame-ancestors 'none'; base-uri 'none'")))
                .header("X-Content-Type-Options", "nosniff");
        given().when().get("/q/openapi").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(SecurityHeaders.STRICT_CSP));
        given().when().get("/ui/index.html").then().statusCode(200)
                .header("Content-Security-Policy", SecurityHeaders.DASHBOARD_CSP)
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")));
    }

    @Test
    void theHomePageIsTheDashboardsOnePage() {
        String page = given().when().get("/ui/index.html").then().statusCode(200).extract().asString();
        given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", SecurityHeaders.DASHBOARD_CSP)
                .body(equalTo(page));
        given().redirects().follow(false).when().get("/index.html").then().statusCode(302)
                .header("Location", org.hamcrest.Matchers.endsWith("/"))
                .header("X-Content-Type-Options", "nosniff");
    }
}
