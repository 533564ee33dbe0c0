package io.raqib.common;

import io.raqib.config.RaqibConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The size limit of bodies sent without a Content-Length (chunked). Quarkus's own cap
 * ({@code quarkus.http.limits.max-body-size}) is set high, because a streamed NDJSON import may be
 * of any length; every other body keeps {@code raqib.api.max-body-bytes}, which Quarkus enforces
 * while the body is read. Runs right after Quarkus's upload-limit handler.
 */
@ApplicationScoped
public class ChunkedBodyLimit {
    /** The routing-context key Quarkus reads the limit of a streamed body from. */
    static final String LIMIT_KEY = "io.quarkus.max-request-size";
    /** Quarkus's upload-limit handler runs at order -2 (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT). */
    static final int ORDER = -1;

    @Inject
    RaqibConfig config;

    void install(@Observes Router router) {
        long limit = config.api().maxBodyBytes();
        router.route().order(ORDER).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            if (!chunked(request)) {
                // no body, or one with a Content-Length, which BodySizeLimit checks before it is read
                ctx.next();
                return;
            }
            if (StreamedImport.matches(request.method().name(), request.path(),
                    request.getHeader(HttpHeaders.CONTENT_TYPE))) {
                ctx.remove(LIMIT_KEY);
            } else {
                ctx.put(LIMIT_KEY, limit);
            }
            ctx.next();
        });
    }

    /**
     * True when a body may follow without a Content-Length: HTTP/1.x says so with Transfer-Encoding
     * (a request with neither header has no body: every search, every read); HTTP/2 needs neither.
     */
    static boolean chunked(HttpServerRequest request) {
        if (request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            return false;
        }
        return request.version() == HttpVersion.HTTP_2 || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }
}
