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
    static final String SWAGGER_UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'none'";

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            boolean swaggerUi = ctx.normalizedPath().startsWith("/q/swagger-ui");
            ctx.addHeadersEndHandler(ignored -> {
                MultiMap headers = ctx.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("Content-Security-Policy", swaggerUi ? SWAGGER_UI_CSP : STRICT_CSP);
                if (!headers.contains("Cache-Control")) {
                    headers.set("Cache-Control", swaggerUi ? "no-cache" : "no-store");
                }
            });
            ctx.next();
        }, 10_000);
    }
}
