package io.raqib.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.ForbiddenException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.raqib.common.Problem;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Writes problem+json answers from the HTTP layer, where security decides before any resource
 * runs (401 challenges, 403 refusals, 429 limits, refused origins).
 */
@ApplicationScoped
public class ProblemResponses {
    @Inject
    ObjectMapper json;

    /** 403 from a path policy arrives as a failed routing context; answer it as a problem. */
    void onRouter(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (rootCause(ctx.failure()) instanceof ForbiddenException && !ctx.response().ended()) {
                send(ctx, 403, "forbidden", "Forbidden", forbiddenDetail(ctx));
            } else {
                ctx.next();
            }
        });
    }

    private static String forbiddenDetail(RoutingContext ctx) {
        String who = ctx.user() instanceof QuarkusHttpUser user
                ? "'" + user.getSecurityIdentity().getPrincipal().getName() + "'" : "this caller";
        return who + " may not " + ctx.request().method() + " " + ctx.normalizedPath()
                + "; see the Security section of the README for what each role may do";
    }

    public void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(Problem.of(status, slug, title, detail, ctx.normalizedPath()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem always serialises", e);
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(io.vertx.core.buffer.Buffer.buffer(body));
    }

    static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && cause.getCause() != null && cause.getCause() != cause
                && !(cause instanceof ForbiddenException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
