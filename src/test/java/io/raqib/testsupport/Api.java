package io.raqib.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Small helpers over RestAssured shared by the resource tests. */
public final class Api {
    private Api() {
    }

    /** A request whose body is sent as given, for text/plain and application/x-ndjson imports. */
    public static io.restassured.specification.RequestSpecification rawBody(String contentType, String body) {
        return given().config(io.restassured.RestAssured.config().encoderConfig(
                        io.restassured.config.EncoderConfig.encoderConfig()
                                .defaultCharsetForContentType("UTF-8", contentType)
                                .encodeContentTypeAs(contentType, ContentType.TEXT)))
                .contentType(contentType).body(body);
    }

    /** Creates an article and returns its id (201 or 200 both accepted). */
    public static long createArticle(Map<String, Object> article) {
        Number id = given().contentType(ContentType.JSON).body(article)
                .when().post("/articles")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(200)))
                .extract().path("id");
        return id.longValue();
    }

    /** Waits until the outbox is drained, i.e. every write so far is searchable. */
    public static void awaitIndexed() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            int pending = given().when().get("/admin/outbox").then().statusCode(200).extract().path("pending");
            if (pending == 0) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("the outbox was not drained within 30 s");
    }

    public static ValidatableResponse search(Map<String, ?> params) {
        return given().queryParams(params).when().get("/articles/search").then();
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
