package io.raqib.common;

import io.raqib.config.RaqibConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies over the configured limit with a 413 problem before any of it is read.
 * Chunked uploads get the same limit from ChunkedBodyLimit. A streamed NDJSON import has none: it
 * is read line by line, with a limit per line.
 */
// Application-scoped, so the filter is built at the first request, once the runtime config
// mapping exists (a pre-matching filter's default singleton is built before it does).
@ApplicationScoped
public class BodySizeLimit {
    @Inject
    RaqibConfig config;

    private long limit;

    @PostConstruct
    void readLimit() {
        limit = config.api().maxBodyBytes();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseOversized(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length == null) {
            return Optional.empty();
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return streamedImport(request) ? Optional.empty()
                    : Optional.of(ProblemMappers.response(Problem.of(400, "bad-request", "Invalid request",
                    "Content-Length is not a number", request.getUriInfo().getPath())));
        }
        if (bytes > limit && !streamedImport(request)) {
            return Optional.of(ProblemMappers.response(Problem.of(413, "payload-too-large", "Payload too large",
                    "request body has " + bytes + " bytes; the limit is " + limit,
                    request.getUriInfo().getPath())));
        }
        return Optional.empty();
    }

    private static boolean streamedImport(ContainerRequestContext request) {
        return StreamedImport.matches(request.getMethod(), request.getUriInfo().getPath(),
                request.getHeaderString("Content-Type"));
    }
}
