package io.raqib.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.TestKeys;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keys over their life: created once, used (last use recorded), revoked (refused at once); stored hashed. */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ApiKeyLifecycleTest {
    private static final Map<String, Object> ARTICLE = Map.of(
            "title", "اختبار المفاتيح: وصول دفعة من المعدات إلى قاعدة حرير",
            "body", "أفاد مصدر محلي بوصول دفعة من المعدات إلى قاعدة حرير شمالي أربيل مساء الأحد.",
            "publishedAt", "2025-06-01", "outlet", "شبكة رووداو الإعلامية");

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void authenticate() {
        TestKeys.install();
    }

    @Test
    void createUseRevoke() {
        String name = "desk-" + Long.toString(System.nanoTime(), 36);
        String key = given().contentType(ContentType.JSON).body(Map.of("name", name, "role", "editor"))
                .when().post("/admin/keys")
                .then().statusCode(201).header("Location", containsString("/admin/keys/" + name))
                .body("name", equalTo(name)).body("role", equalTo("editor")).body("key", startsWith("rq_"))
                .extract().path("key");
        given().when().get("/admin/keys").then().statusCode(200)
                .body("find { it.name == '" + name + "' }.lastUsedAt", nullValue())
                .body("find { it.name == '" + name + "' }.active", equalTo(true))
                .body("find { it.name == '" + name + "' }.key", nullValue());

        given().header("X-API-Key", key).contentType(ContentType.JSON).body(ARTICLE)
                .when().post("/articles").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(200)));
        given().header("Authorization", "Bearer " + key).when().get("/articles?size=1").then().statusCode(200);
        given().when().get("/admin/keys").then().statusCode(200)
                .body("find { it.name == '" + name + "' }.lastUsedAt", notNullValue());
        given().accept("text/plain").when().get("/admin/keys").then().statusCode(200)
                .contentType(startsWith("text/plain")).body(containsString(name + "\teditor\t"));

        given().when().delete("/admin/keys/" + name).then().statusCode(200)
                .body("active", equalTo(false)).body("revokedAt", notNullValue());
        given().header("X-API-Key", key).contentType(ContentType.JSON).body(ARTICLE)
                .when().post("/articles").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("detail", containsString("revoked"));
        // even a read with a revoked key is refused: a bad credential is never taken as anonymous
        given().header("X-API-Key", key).when().get("/articles").then().statusCode(401);
        given().when().delete("/admin/keys/" + name).then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void wrongKeysAreRefused() {
        String key = TestKeys.fresh("editor")[1];
        String wrongSecret = key.substring(0, key.length() - 4) + (key.endsWith("AAAA") ? "BBBB" : "AAAA");
        for (String presented : List.of(wrongSecret, "rq_0000000000000000." + "A".repeat(43), "rq_short", "rq_" + key)) {
            given().header("X-API-Key", presented).contentType(ContentType.JSON).body("{}")
                    .when().post("/articles").then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"));
        }
        given().header(TestKeys.ANONYMOUS, "1").contentType(ContentType.JSON).body("{}")
                .when().post("/articles").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"raqib\""))
                .body("status", equalTo(401)).body("detail", containsString("X-API-Key"));
    }

    @Test
    void namesAreUniqueAndRolesKnown() {
        String name = TestKeys.fresh("reader")[0];
        given().contentType(ContentType.JSON).body(Map.of("name", name, "role", "reader"))
                .when().post("/admin/keys").then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("role", "owner"))
                .when().post("/admin/keys").then().statusCode(400).body("detail", containsString("owner"));
        given().contentType(ContentType.JSON).body(Map.of("name", "bad name!", "role", "reader"))
                .when().post("/admin/keys").then().statusCode(400).contentType("application/problem+json");
        given().when().delete("/admin/keys/no-such-key").then().statusCode(404).contentType("application/problem+json");
        String defaultName = given().contentType(ContentType.JSON).body(Map.of("role", "reader"))
                .when().post("/admin/keys").then().statusCode(201).extract().path("name");
        assertThat(defaultName).startsWith("reader-");
    }

    @Test
    void theDatabaseHoldsOnlyABcryptHash() throws Exception {
        String[] created = TestKeys.fresh("editor");
        String secret = created[1].substring(created[1].indexOf('.') + 1);
        given().header("X-API-Key", created[1]).when().get("/articles?size=1").then().statusCode(200);
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select * from api_key where name = ?")) {
            s.setString(1, created[0]);
            try (ResultSet rows = s.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                assertThat(rows.next()).isTrue();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.add(String.valueOf(rows.getObject(i)));
                }
                assertThat(rows.getString("secret_hash")).startsWith("$2").hasSizeGreaterThan(50);
            }
        }
        assertThat(values).noneMatch(v -> v.contains(secret) || v.contains(created[1]));
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from api_key where secret_hash like ?")) {
            s.setString(1, "%" + secret.substring(0, 12) + "%");
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
        }
    }

    @Test
    void theBootstrapSecretOnlyManagesKeys() {
        String secret = TestKeys.bootstrapSecret();
        given().header("X-Raqib-Bootstrap", secret).when().get("/admin/keys").then().statusCode(200);
        given().header("X-Raqib-Bootstrap", secret).when().get("/admin/outbox").then().statusCode(401);
        given().header("X-Raqib-Bootstrap", secret).contentType(ContentType.JSON).body("{}")
                .when().post("/articles").then().statusCode(401);
        given().header("X-Raqib-Bootstrap", "not-the-secret").when().get("/admin/keys").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
