package io.raqib.common;

import io.raqib.config.RaqibConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Guards that must see the raw request, before Quarkus REST reads it. A path with a matrix
 * parameter is refused (404). A client that starts a request body and does not finish it within {@code raqib.api.body-timeout}
 * is answered 408 problem+json and its connection closed, instead of holding a worker until the
 * server's read timeout and logging a stack trace. Runs first, on the event loop, for every request.
 */
@ApplicationScoped
public class BodyTimeout {
    private static final Logger LOG = Logger.getLogger(BodyTimeout.class);

    @Inject
    RaqibConfig config;

    @Inject
    Vertx vertx;

    void install(@Observes Router router) {
        long millis = config.api().bodyTimeout().toMillis();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            String rawPath = request.path();
            if (rawPath != null && rawPath.indexOf(';') >= 0) {
                // JAX-RS would drop ";DROP" from /articles/1;DROP and act on article 1
                ctx.response().setStatusCode(404).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end("{\"type\":\"https://raqib.io/problems/not-found\",\"title\":\"Not Found\",\"status\":404,"
                                + "\"detail\":\"no resource at this path: paths take no matrix parameters (';')\"}");
                return;
            }
            if (request.isEnded() || !hasBody(request)
                    || StreamedImport.matches(request.method().name(), rawPath, request.getHeader("Content-Type"))) {
                // a streamed import's body arrives as fast as the import reads it: no deadline for all of it
                ctx.next();
                return;
            }
            long timer = vertx.setTimer(millis, id -> {
                if (request.isEnded() || ctx.response().ended() || ctx.response().headWritten()) {
                    return;
                }
                LOG.debugf("408 %s: the body did not arrive within %d ms", request.path(), millis);
                String problem = "{\"type\":\"https://raqib.io/problems/request-timeout\",\"title\":\"Request Timeout\","
                        + "\"status\":408,\"detail\":\"the request body did not arrive within " + millis / 1000
                        + " s\",\"instance\":\"" + request.path().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
                ctx.response().setStatusCode(408).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(problem)
                        .onComplete(done -> request.connection().close());
            });
            ctx.addEndHandler(done -> vertx.cancelTimer(timer));
            ctx.next();
        });
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length != null) {
            return !length.strip().equals("0");
        }
        return request.getHeader("Transfer-Encoding") != null;
    }
}
