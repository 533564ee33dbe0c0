package io.raqib.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The service as a newsroom would run it behind single sign-on: no anonymous reads, OIDC tokens
 * checked with a local public key (no identity provider needed), low write limits, one allowed
 * front-end origin. One profile for every class that needs it, so Quarkus restarts once.
 */
public class SecurityProfile implements QuarkusTestProfile {
    static final String ISSUER = "https://sso.raqib.test";
    static final String ALLOWED_ORIGIN = "https://desk.raqib.test";
    static final int PER_KEY = 5;
    static final int PER_ADDRESS = 40;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("raqib.auth.anonymous-read", "false"),
                Map.entry("raqib.auth.rate-limit.per-key-per-minute", Integer.toString(PER_KEY)),
                Map.entry("raqib.auth.rate-limit.per-address-per-minute", Integer.toString(PER_ADDRESS)),
                Map.entry("quarkus.oidc.tenant-enabled", "true"),
                Map.entry("quarkus.oidc.public-key", publicKey()),
                Map.entry("quarkus.oidc.token.issuer", ISSUER),
                Map.entry("quarkus.http.auth.roles-mapping.\"newsroom-admins\"", "admin"),
                Map.entry("quarkus.http.cors.enabled", "true"),
                Map.entry("quarkus.http.cors.origins", ALLOWED_ORIGIN));
    }

    /** The PEM body of the test public key, as quarkus.oidc.public-key takes it. */
    static String publicKey() {
        return pemBody("/oidc/test-signing-key.pub.pem");
    }

    static String pemBody(String resource) {
        try (InputStream in = SecurityProfile.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
