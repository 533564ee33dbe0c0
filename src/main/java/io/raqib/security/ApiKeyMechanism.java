package io.raqib.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an API key from {@code X-API-Key} or {@code Authorization: Bearer rq_…}. Other bearer
 * tokens are left to the OIDC mechanism (when enabled), which runs after this one. Answers every
 * challenge itself, as problem+json with {@code WWW-Authenticate: Bearer}.
 */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {
    public static final String HEADER = "X-API-Key";
    /** Why authentication failed, for the 401 detail. */
    private static final String FAILURE = "raqib.auth.failure";
    private static final String BEARER = "bearer ";

    @Inject
    ApiKeys keys;

    @Inject
    BootstrapSecret bootstrap;

    @Inject
    ProblemResponses problems;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String bootstrapSecret = context.request().getHeader(BootstrapSecret.HEADER);
        if (bootstrapSecret != null) {
            return operator(context, bootstrapSecret);
        }
        String key = context.request().getHeader(HEADER);
        if (key == null) {
            String authorization = context.request().getHeader("Authorization");
            if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
                String token = authorization.substring(BEARER.length()).strip();
                if (KeyFormat.looksLikeKey(token)) {
                    key = token;
                }
            }
        }
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        AuthenticationRequest request = HttpSecurityUtils.setRoutingContextAttribute(new ApiKeyRequest(key.strip()), context);
        return identityProviderManager.authenticate(request)
                .onFailure().invoke(() -> context.put(FAILURE, "the API key is unknown, malformed or revoked"));
    }

    /** The local operator's identity, only for key management and only over loopback. */
    private Uni<SecurityIdentity> operator(RoutingContext context, String presented) {
        String path = context.normalizedPath();
        boolean keyPath = path.equals("/admin/keys") || path.startsWith("/admin/keys/");
        if (!keyPath || !fromLoopback(context) || !bootstrap.matches(presented)) {
            context.put(FAILURE, "the bootstrap secret is accepted only for /admin/keys, from this machine");
            return Uni.createFrom().failure(new AuthenticationFailedException("bootstrap secret refused"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(BootstrapSecret.OPERATOR))
                .addAttribute(BootstrapSecret.OPERATOR, Boolean.TRUE)
                .addRoles(Set.of(Role.READER.code(), Role.EDITOR.code(), Role.ADMIN.code()))
                .build());
    }

    private static boolean fromLoopback(RoutingContext context) {
        SocketAddress remote = context.request().connection().remoteAddress();
        if (remote == null || remote.hostAddress() == null) {
            return false;
        }
        try {
            return InetAddress.getByName(remote.hostAddress()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", challenge(context)));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (context.get(FAILURE) == null && context.request().getHeader("Authorization") != null) {
            // a token the OIDC mechanism (or nobody) refused
            context.put(FAILURE, "the bearer token is invalid, expired or not accepted here");
        }
        context.response().headers().set("WWW-Authenticate", challenge(context));
        String failure = context.get(FAILURE);
        problems.send(context, 401, "unauthorized", "Unauthorized", failure != null ? failure
                : "this request needs an API key: send it as 'X-API-Key: <key>' or 'Authorization: Bearer <key>'");
        return Uni.createFrom().item(true);
    }

    private static String challenge(RoutingContext context) {
        return context.get(FAILURE) != null ? "Bearer realm=\"raqib\", error=\"invalid_token\"" : "Bearer realm=\"raqib\"";
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyRequest.class);
    }

    @Override
    public int getPriority() {
        // before OIDC's bearer mechanism (1000), which would refuse an API key as a malformed token
        return 2000;
    }
}
