package io.raqib.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers on every answer, errors from the security layer included: no content sniffing, no
 * caching of API answers (unless a resource says otherwise), no framing, and a Content Security
 * Policy that allows nothing — except on Swagger UI, whose page needs its own scripts and styles.
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String STRICT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** The dashboard's own pages: scripts, styles and data from this origin only, no inline code. */
    static final String DASHBOARD_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    static final String SWAGGER_UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'none'";

    // names and values encoded once (Vert.x writes such CharSequences as they are, without re-encoding)
    private static final CharSequence NOSNIFF_NAME = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence FRAME_NAME = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
    private static final CharSequence REFERRER_NAME = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");
    private static final CharSequence CSP_NAME = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence STRICT = HttpHeaders.createOptimized(STRICT_CSP);
    private static final CharSequence DASHBOARD = HttpHeaders.createOptimized(DASHBOARD_CSP);
    private static final CharSequence SWAGGER_UI = HttpHeaders.createOptimized(SWAGGER_UI_CSP);
    private static final CharSequence CACHE_NAME = HttpHeaders.createOptimized("Cache-Control");
    private static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");
    private static final CharSequence NO_CACHE = HttpHeaders.createOptimized("no-cache");

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String path = ctx.normalizedPath();
            boolean swaggerUi = path.startsWith("/q/swagger-ui");
            boolean dashboard = path.equals("/") || path.startsWith("/ui/") || path.startsWith("/webjars/");
            CharSequence csp = swaggerUi ? SWAGGER_UI : dashboard ? DASHBOARD : STRICT;
            CharSequence cache = swaggerUi ? NO_CACHE : NO_STORE;
            ctx.addHeadersEndHandler(ignored -> {
                MultiMap headers = ctx.response().headers();
                headers.set(NOSNIFF_NAME, NOSNIFF);
                headers.set(FRAME_NAME, DENY);
                headers.set(REFERRER_NAME, NO_REFERRER);
                headers.set(CSP_NAME, csp);
                if (!headers.contains(CACHE_NAME)) {
                    headers.set(CACHE_NAME, cache);
                }
            });
            ctx.next();
        }, 10_000);
    }
}
