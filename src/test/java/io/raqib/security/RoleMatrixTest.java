package io.raqib.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.TestKeys;
import io.raqib.testsupport.TestServersResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served OpenAPI document, called as anonymous, reader, editor and admin:
 * a caller below the operation's role gets 401 (no key) or 403 (a key), problem+json; a caller at
 * or above it gets past security. The expected role of each operation is written down here, so an
 * endpoint added without deciding who may call it fails this test. Requests are made harmless:
 * ids that do not exist, empty bodies.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class RoleMatrixTest {

    enum Caller { ANONYMOUS, READER, EDITOR, ADMIN }

    /** The least caller each operation admits, with anonymous reads on (the test profile's setting). */
    private static final Map<String, Caller> RULES = new LinkedHashMap<>();

    static {
        for (String read : List.of("/articles", "/articles/search", "/articles/{id}", "/articles/{id}/claims",
                "/claims", "/claims/conflicts", "/claims/export", "/claims/timeline", "/claims/{id}",
                "/deadlines", "/deadlines.ics", "/deadlines/{id}", "/sources", "/sources/{id}", "/sources/{id}/stats",
                "/articles/{id}/deadlines", "/articles/{id}/history", "/claims/{id}/history", "/deadlines/{id}/history",
                "/sources/{id}/history", "/claims/reviews.jsonld", "/claims.atom", "/deadlines.atom")) {
            RULES.put("GET " + read, Caller.ANONYMOUS);
        }
        for (String write : List.of("POST /articles", "POST /articles/import", "PUT /articles/{id}",
                "DELETE /articles/{id}", "POST /claims", "PATCH /claims/{id}", "POST /deadlines", "PATCH /deadlines/{id}",
                "POST /subscriptions", "GET /subscriptions", "GET /subscriptions/{id}", "PATCH /subscriptions/{id}",
                "DELETE /subscriptions/{id}", "POST /subscriptions/{id}/pause", "POST /subscriptions/{id}/resume",
                "GET /subscriptions/{id}/deliveries")) {
            RULES.put(write, Caller.EDITOR);
        }
        // a background import is followed by the role that may start one
        RULES.put("GET /imports/{job}", Caller.EDITOR);
        for (String admin : List.of("GET /admin/outbox", "POST /admin/reextract", "POST /admin/reindex",
                "POST /sources/{id}/merge", "GET /admin/keys", "POST /admin/keys", "DELETE /admin/keys/{name}")) {
            RULES.put(admin, Caller.ADMIN);
        }
        // the changes feed and the exports: readers (anonymous while anonymous reads are on)
        for (String read : List.of("/changes", "/articles/export", "/deadlines/export")) {
            RULES.put("GET " + read, Caller.ANONYMOUS);
        }
    }

    /** Endpoints outside the contract, with the same expectations. */
    private static final Map<String, Caller> OUTSIDE_CONTRACT = Map.of(
            "GET /q/metrics", Caller.ADMIN,
            "GET /q/health/ready", Caller.ANONYMOUS,
            "GET /q/openapi", Caller.ANONYMOUS,
            "POST /sources/999999999/merge/", Caller.ADMIN,
            "POST /admin/reindex/", Caller.ADMIN);

    private static final Map<Caller, String> KEYS = new LinkedHashMap<>();

    /** In the test, not @BeforeAll: RestAssured knows the application's port only before each test. */
    private static void keys() {
        TestKeys.install();
        KEYS.put(Caller.READER, TestKeys.fresh("reader")[1]);
        KEYS.put(Caller.EDITOR, TestKeys.fresh("editor")[1]);
        KEYS.put(Caller.ADMIN, TestKeys.suiteKey());
    }

    record Call(String method, String path, String contentType, String body) {
        String label() {
            return method + " " + path;
        }
    }

    @Test
    void everyOperationHasARuleAndEveryRuleHolds() throws Exception {
        keys();
        JsonNode contract = new ObjectMapper().readTree(given().header(TestKeys.ANONYMOUS, "1")
                .queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString());
        Map<String, Call> operations = operations(contract);

        assertThat(new TreeSet<>(operations.keySet())).as("operations of the contract without a rule in RoleMatrixTest")
                .isSubsetOf(RULES.keySet());
        assertThat(new TreeSet<>(RULES.keySet())).as("rules for operations no longer in the contract")
                .isSubsetOf(operations.keySet());

        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Call> op : operations.entrySet()) {
            check(op.getValue(), RULES.get(op.getKey()), failures);
        }
        for (Map.Entry<String, Caller> extra : OUTSIDE_CONTRACT.entrySet()) {
            String[] parts = extra.getKey().split(" ", 2);
            check(new Call(parts[0], parts[1], null, null), extra.getValue(), failures);
        }
        assertThat(failures).as("calls whose answer broke the role rules").isEmpty();
    }

    private void check(Call call, Caller least, List<String> failures) {
        for (Caller caller : Caller.values()) {
            Response response = send(call, caller);
            int status = response.statusCode();
            boolean admitted = caller.ordinal() >= least.ordinal();
            if (admitted && (status == 401 || status == 403)) {
                failures.add(call.label() + " as " + caller + ": " + status + " though " + least + " may");
            } else if (!admitted) {
                int expected = caller == Caller.ANONYMOUS ? 401 : 403;
                if (status != expected) {
                    failures.add(call.label() + " as " + caller + ": " + status + ", expected " + expected);
                } else if (!response.contentType().startsWith("application/problem+json")) {
                    failures.add(call.label() + " as " + caller + ": " + status + " as " + response.contentType());
                } else if (status == 401 && response.header("WWW-Authenticate") == null) {
                    failures.add(call.label() + " as " + caller + ": 401 without WWW-Authenticate");
                }
            }
        }
    }

    private static Response send(Call call, Caller caller) {
        RequestSpecification request = given().redirects().follow(false);
        request = caller == Caller.ANONYMOUS ? request.header(TestKeys.ANONYMOUS, "1")
                : request.header("X-API-Key", KEYS.get(caller));
        if (call.contentType() != null) {
            request = request.contentType(call.contentType()).body(call.body());
        }
        return request.when().request(call.method(), call.path());
    }

    /** "METHOD /template" → a harmless concrete call: ids that match nothing, empty bodies. */
    private static Map<String, Call> operations(JsonNode contract) {
        Map<String, Call> operations = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                String verb = method.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD").contains(verb)) {
                    continue;
                }
                String concrete = path.getKey().replaceAll("\\{(id|articleId)}", "999999999")
                        .replaceAll("\\{[^}]+}", "no-such-thing");
                StringBuilder query = new StringBuilder();
                for (JsonNode parameter : method.getValue().path("parameters")) {
                    if ("query".equals(parameter.path("in").asText()) && parameter.path("name").asText().endsWith("Id")) {
                        query.append(query.length() == 0 ? "?" : "&").append(parameter.path("name").asText()).append("=999999999");
                    }
                }
                String contentType = null;
                String body = null;
                Iterator<String> media = method.getValue().path("requestBody").path("content").fieldNames();
                if (media.hasNext()) {
                    contentType = media.next();
                    body = contentType.contains("json") ? "{}" : "";
                }
                operations.put(verb + " " + path.getKey(), new Call(verb, concrete + query, contentType, body));
            }
        }
        return operations;
    }
}
