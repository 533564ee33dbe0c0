package io.raqib.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Limits writes and admin actions (every request that is not GET, HEAD or OPTIONS) per caller —
 * the key name or token subject — and per client address; over the limit: 429 problem+json with
 * {@code Retry-After}. Runs after authorization, so refused requests cost nothing here. In memory,
 * per node. The client address is the socket's, or the forwarded one when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on.
 */
@ApplicationScoped
public class RateLimits {
    private static final Logger LOG = Logger.getLogger(RateLimits.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final int MAX_BUCKETS = 50_000;

    @Inject
    AuthConfig config;

    @Inject
    ProblemResponses problems;

    private final Map<String, TokenBucket> byCaller = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> byAddress = new ConcurrentHashMap<>();

    void register(@Observes Filters filters) {
        // below authorization (100): the caller is known
        filters.register(this::check, 50);
    }

    private void check(RoutingContext ctx) {
        if (SAFE.contains(ctx.request().method()) || !config.rateLimit().enabled()) {
            ctx.next();
            return;
        }
        long now = System.nanoTime();
        String address = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress();
        io.quarkus.security.identity.SecurityIdentity identity =
                ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        String caller = identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
        if (identity != null && identity.getAttribute(BootstrapSecret.OPERATOR) != null) {
            // the machine's operator managing keys over loopback (./raqib key)
            ctx.next();
            return;
        }
        long wait = take(byAddress, address, config.rateLimit().perAddressPerMinute(), now);
        String limited = "client address " + address;
        if (wait == 0 && caller != null) {
            wait = take(byCaller, caller, config.rateLimit().perKeyPerMinute(), now);
            limited = "'" + caller + "'";
        }
        if (wait == 0) {
            ctx.next();
            return;
        }
        LOG.debugf("429 %s %s for %s", ctx.request().method(), ctx.normalizedPath(), limited);
        ctx.response().putHeader("Retry-After", Long.toString(wait));
        problems.send(ctx, 429, "rate-limited", "Too Many Requests",
                "too many writes from " + limited + "; try again in " + wait + " s");
    }

    private static long take(Map<String, TokenBucket> buckets, String who, int perMinute, long now) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.values().removeIf(b -> b.full(now));
        }
        return buckets.computeIfAbsent(who, w -> new TokenBucket(perMinute, now)).take(now);
    }
}
