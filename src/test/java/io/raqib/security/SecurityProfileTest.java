package io.raqib.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.raqib.testsupport.TestKeys;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Under {@link SecurityProfile}: reads need a role, OIDC tokens carry roles in a claim, writes are
 * limited per key and per address, and the one allowed browser origin may write.
 */
@QuarkusTest
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
@TestProfile(SecurityProfile.class)
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class SecurityProfileTest {

    @BeforeEach
    void authenticate() {
        TestKeys.install();
    }

    private static String token(String subject, List<String> roles, String signingKey, long expiresInSeconds) {
        try {
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(SecurityProfile.pemBody(signingKey))));
            return Jwt.issuer(SecurityProfile.ISSUER).subject(subject).claim("raqib_roles", roles)
                    .expiresIn(expiresInSeconds).jws().sign(key);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String subject, List<String> roles) {
        return token(subject, roles, "/oidc/test-signing-key.pem", 300);
    }

    @Test
    void readsNeedARoleWhenAnonymousReadsAreOff() {
        given().header(TestKeys.ANONYMOUS, "1").when().get("/articles").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
        given().header("X-API-Key", TestKeys.fresh("reader")[1]).when().get("/articles").then().statusCode(200);
        given().header(TestKeys.ANONYMOUS, "1").when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void oidcTokensCarryTheirRoles() {
        String editor = token("sso|editor-1", List.of("editor"));
        given().header("Authorization", "Bearer " + editor).when().get("/articles").then().statusCode(200);
        given().header("Authorization", "Bearer " + editor).contentType(ContentType.JSON).body("{}").when().post("/deadlines")
                .then().statusCode(400);
        given().header("Authorization", "Bearer " + editor).when().get("/admin/outbox").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("sso|editor-1"));

        String reader = token("sso|reader-1", List.of("reader"));
        given().header("Authorization", "Bearer " + reader).when().get("/claims").then().statusCode(200);
        given().header("Authorization", "Bearer " + reader).contentType(ContentType.JSON).body("{}").when().post("/deadlines")
                .then().statusCode(403);

        String nobody = token("sso|nobody", List.of("subscriber"));
        given().header("Authorization", "Bearer " + nobody).when().get("/articles").then().statusCode(403);

        // an identity provider's group name mapped onto a role (quarkus.http.auth.roles-mapping)
        String mapped = token("sso|chief", List.of("newsroom-admins"));
        given().header("Authorization", "Bearer " + mapped).when().get("/admin/outbox").then().statusCode(200);

        String forged = token("sso|mallory", List.of("admin"), "/oidc/other-signing-key.pem", 300);
        given().header("Authorization", "Bearer " + forged).when().get("/articles").then().statusCode(401)
                .contentType("application/problem+json");
        String expired = token("sso|late", List.of("admin"), "/oidc/test-signing-key.pem", -600);
        given().header("Authorization", "Bearer " + expired).when().get("/articles").then().statusCode(401);
    }

    @Test
    void writesAreLimitedPerKey() {
        String key = TestKeys.fresh("editor")[1];
        int limited = -1;
        Response response = null;
        for (int i = 0; i < SecurityProfile.PER_KEY + 3 && limited < 0; i++) {
            response = given().header("X-API-Key", key).contentType(ContentType.JSON).body("{}").when().post("/claims");
            if (response.statusCode() == 429) {
                limited = i;
            }
        }
        assertThat(limited).as("the write that was limited").isEqualTo(SecurityProfile.PER_KEY);
        response.then().contentType("application/problem+json").body("status", equalTo(429))
                .body("detail", containsString("editor-"));
        assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(1, 60);
        // reads are not limited
        given().header("X-API-Key", key).when().get("/claims").then().statusCode(200);
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // drains the address's bucket: last
    void writesAreLimitedPerAddress() {
        // keys first (key management over loopback is not limited), then writes in a burst, each
        // key staying under its own limit, so that only the address's bucket can run dry
        int budget = SecurityProfile.PER_ADDRESS + 10;
        List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < budget / (SecurityProfile.PER_KEY - 1) + 1; i++) {
            keys.add(TestKeys.fresh("editor")[1]);
        }
        Response limited = null;
        int writes = 0;
        for (String key : keys) {
            for (int i = 0; i < SecurityProfile.PER_KEY - 1 && limited == null && writes < budget; i++, writes++) {
                Response r = given().header("X-API-Key", key).contentType(ContentType.JSON).body("{}").when().post("/claims");
                if (r.statusCode() == 429) {
                    limited = r;
                }
            }
        }
        assertThat(limited).as("a 429 within " + budget + " writes from one address").isNotNull();
        limited.then().body("detail", containsString("client address"));
        assertThat(limited.header("Retry-After")).isNotBlank();
    }

    @Test
    void theAllowedOriginMayWriteOthersMayNot() {
        given().header("Origin", SecurityProfile.ALLOWED_ORIGIN).contentType(ContentType.JSON).body("{}")
                .when().post("/deadlines").then().statusCode(400)
                .header("Access-Control-Allow-Origin", SecurityProfile.ALLOWED_ORIGIN);
        given().header("Origin", "https://elsewhere.example").contentType(ContentType.JSON).body("{}")
                .when().post("/deadlines").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("https://elsewhere.example"));
        given().header("Origin", SecurityProfile.ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key,content-type")
                .when().options("/articles").then().statusCode(200)
                .header("Access-Control-Allow-Origin", SecurityProfile.ALLOWED_ORIGIN)
                .header("Access-Control-Allow-Headers", containsString("X-API-Key"));
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options("/articles").then()
                .header("Access-Control-Allow-Origin", not(equalTo("https://elsewhere.example")));
    }
}
