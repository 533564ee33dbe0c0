package io.raqib.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * API keys for the tests. The service under test writes a bootstrap secret to
 * {@link #bootstrapSecretFile()} (TestServersResource configures the path); with it the suite
 * creates real keys through {@code POST /admin/keys}, exactly as {@code ./raqib key create} does.
 *
 * <p>{@link #install()} makes every RestAssured request carry the suite's admin key unless the
 * request sets {@code X-API-Key}, {@code Authorization} or the bootstrap header itself, or asks
 * for no credentials with {@link #ANONYMOUS} (a marker header removed before sending).
 */
public final class TestKeys {
    /** Send this header (any value) to make a request without credentials. */
    public static final String ANONYMOUS = "X-Test-Anonymous";
    private static final String SUITE_KEY = "raqibtest.suite-admin-key";

    private TestKeys() {
    }

    public static Path bootstrapSecretFile() {
        return Path.of(System.getProperty("raqibtest.basedir", "."), "target",
                "raqib-test-bootstrap-" + ProcessHandle.current().pid() + ".secret").toAbsolutePath();
    }

    public static String bootstrapSecret() {
        try {
            return Files.readString(bootstrapSecretFile()).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("the service did not write its bootstrap secret", e);
        }
    }

    /** Creates a key through the admin endpoint (as the local operator) and answers the key. */
    public static String create(String name, String role) {
        Response response = given().header("X-Raqib-Bootstrap", bootstrapSecret())
                .contentType(ContentType.JSON).body(Map.of("name", name, "role", role))
                .when().post("/admin/keys");
        if (response.statusCode() != 201) {
            throw new AssertionError("creating key " + name + " answered " + response.statusCode() + ": " + response.asString());
        }
        return response.path("key");
    }

    /** A fresh key with a unique name for the role; answers {name, key}. */
    public static String[] fresh(String role) {
        String name = role + "-" + Long.toString(System.nanoTime(), 36);
        return new String[] {name, create(name, role)};
    }

    /** The suite's admin key, created once per test JVM (keys outlive application restarts in the database). */
    public static synchronized String suiteKey() {
        String known = System.getProperty(SUITE_KEY);
        if (known == null) {
            String name = "test-suite-" + ProcessHandle.current().pid() + "-" + Long.toString(System.nanoTime(), 36);
            known = create(name, "admin");
            System.setProperty(SUITE_KEY, known);
            System.setProperty(SUITE_KEY + ".name", name);
        }
        return known;
    }

    /** The name of the suite's admin key: the actor the change history records for the suite's requests. */
    public static String suiteKeyName() {
        suiteKey();
        return System.getProperty(SUITE_KEY + ".name");
    }

    /** Makes RestAssured authenticate with the suite's key by default (idempotent). */
    public static void install() {
        if (RestAssured.filters().stream().noneMatch(f -> f instanceof SuiteKeyFilter)) {
            RestAssured.filters(new SuiteKeyFilter());
        }
    }

    static final class SuiteKeyFilter implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            if (request.getHeaders().hasHeaderWithName(ANONYMOUS)) {
                request.removeHeader(ANONYMOUS);
            } else if (!request.getHeaders().hasHeaderWithName("X-API-Key")
                    && !request.getHeaders().hasHeaderWithName("Authorization")
                    && !request.getHeaders().hasHeaderWithName("X-Raqib-Bootstrap")) {
                request.header("X-API-Key", suiteKey());
            }
            return context.next(request, response);
        }
    }
}
