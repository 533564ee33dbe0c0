package io.raqib.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The {@code raqib-read} path policy: anyone may read when {@code raqib.auth.anonymous-read} is
 * true; otherwise a caller needs one of the three roles (no key: 401, a token without a role: 403).
 */
@ApplicationScoped
public class ReadPolicy implements HttpSecurityPolicy {
    @Inject
    AuthConfig config;

    @Override
    public String name() {
        return "raqib-read";
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext requestContext) {
        if (config.anonymousRead()) {
            return CheckResult.permit();
        }
        return identity.map(who -> !who.isAnonymous()
                && (who.hasRole(Role.READER.code()) || who.hasRole(Role.EDITOR.code()) || who.hasRole(Role.ADMIN.code()))
                ? CheckResult.PERMIT : CheckResult.DENY);
    }
}
