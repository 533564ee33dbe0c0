package io.raqib.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
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

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String path = ctx.normalizedPath();
            boolean swaggerUi = path.startsWith("/q/swagger-ui");
            boolean dashboard = path.equals("/") || path.startsWith("/ui/") || path.startsWith("/webjars/");
            ctx.addHeadersEndHandler(ignored -> {
                MultiMap headers = ctx.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("Content-Security-Policy", swaggerUi ? SWAGGER_UI_CSP : dashboard ? DASHBOARD_CSP : STRICT_CSP);
                if (!headers.contains("Cache-Control")) {
                    headers.set("Cache-Control", swaggerUi ? "no-cache" : "no-store");
                }
            });
            ctx.next();
        }, 10_000);
    }
}
