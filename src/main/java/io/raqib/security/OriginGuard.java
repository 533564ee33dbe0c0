package io.raqib.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a state-changing request sent by a browser from a page of another origin — including
 * the "simple" requests CORS never preflights (a text/plain POST, a body-less POST). Allowed: no
 * Origin (curl, servers), the service's own origin, and the origins in
 * {@code quarkus.http.cors.origins} when CORS is enabled. Runs before CORS and authentication.
 */
@ApplicationScoped
public class OriginGuard {
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false")
    boolean corsEnabled;

    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> corsOrigins;

    @Inject
    ProblemResponses problems;

    void register(@Observes Filters filters) {
        // above CORS (300) and authentication (200)
        filters.register(this::check, 400);
    }

    private void check(RoutingContext ctx) {
        if (SAFE.contains(ctx.request().method())) {
            ctx.next();
            return;
        }
        String origin = ctx.request().getHeader("Origin");
        String fetchSite = ctx.request().getHeader("Sec-Fetch-Site");
        boolean crossSiteWithoutOrigin = origin == null && "cross-site".equalsIgnoreCase(fetchSite);
        if ((origin == null && !crossSiteWithoutOrigin) || (origin != null && allowed(origin.strip(), ctx))) {
            ctx.next();
            return;
        }
        problems.send(ctx, 403, "origin-refused", "Forbidden",
                "requests that change data are not accepted from the web origin "
                        + (origin == null ? "of this page" : "'" + origin + "'")
                        + "; allowed origins are configured with quarkus.http.cors.origins");
    }

    boolean allowed(String origin, RoutingContext ctx) {
        String host = ctx.request().getHeader("Host");
        if (host != null && origin.equalsIgnoreCase(ctx.request().scheme() + "://" + host)) {
            return true;
        }
        if (!corsEnabled || corsOrigins.isEmpty()) {
            return false;
        }
        for (String allowed : corsOrigins.get()) {
            String a = allowed.strip();
            if (a.equals("*") || a.equalsIgnoreCase(origin)
                    || (a.length() > 2 && a.startsWith("/") && a.endsWith("/") && origin.matches(a.substring(1, a.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
