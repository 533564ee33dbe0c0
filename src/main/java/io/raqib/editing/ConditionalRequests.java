package io.raqib.editing;

import io.raqib.common.Problem;
import io.raqib.common.ProblemMappers;
import io.raqib.config.RaqibConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Optimistic concurrency over HTTP: every answer showing one article, claim, deadline or source
 * carries its version as the ETag; PUT, PATCH and DELETE of one honour If-Match (412 when the
 * record moved on), and with {@code raqib.api.require-if-match} refuse to go without it (428).
 */
public class ConditionalRequests {
    private static final Set<String> WRITES = Set.of("PUT", "PATCH", "DELETE");

    @Inject
    RaqibConfig config;

    @Inject
    EntityVersions versions;

    @ServerRequestFilter
    public Optional<jakarta.ws.rs.core.Response> preconditions(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())) {
            return Optional.empty();
        }
        Optional<TrackedEntities.Ref> target = TrackedEntities.ofPath(request.getUriInfo().getPath());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getPath();
        String ifMatch = request.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            if (config.api().requireIfMatch()) {
                return Optional.of(ProblemMappers.response(Problem.of(428, "precondition-required",
                        "Precondition required", request.getMethod() + " " + path + " needs an If-Match header with "
                                + "the ETag of the " + target.get().entity() + " as you last read it (GET " + path + ")",
                        path)));
            }
            return Optional.empty();
        }
        try {
            versions.expect(target.get(), ETags.parseIfMatch(ifMatch));
        } catch (IllegalArgumentException e) {
            return Optional.of(ProblemMappers.response(Problem.of(400, "bad-request", "Invalid request",
                    "If-Match must be * or a list of entity tags such as \"3\", not " + ifMatch, path)));
        }
        return Optional.empty();
    }

    @ServerResponseFilter
    public void etag(ContainerResponseContext response) {
        if (response.getStatus() >= 300 || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        TrackedEntities.ofView(response.getEntity())
                .flatMap(versions::versionOf)
                .ifPresent(version -> response.getHeaders().putSingle(HttpHeaders.ETAG, ETags.of(version)));
    }
}
