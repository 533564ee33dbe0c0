package io.raqib.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.raqib.common.Problem;
import io.raqib.common.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Security refusals raised inside a resource (an annotation or a programmatic check) answer as
 * problems like those of the HTTP layer, instead of falling through to the 500 mapper.
 */
public class SecurityExceptionMappers {
    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemMappers.response(Problem.of(403, "forbidden", "Forbidden",
                "the caller's role may not do this", uri.getPath()));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return challenged(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return challenged(uri);
    }

    private static Response challenged(UriInfo uri) {
        return Response.fromResponse(ProblemMappers.response(Problem.of(401, "unauthorized", "Unauthorized",
                "this request needs a valid API key", uri.getPath())))
                .header("WWW-Authenticate", "Bearer realm=\"raqib\"").build();
    }
}
