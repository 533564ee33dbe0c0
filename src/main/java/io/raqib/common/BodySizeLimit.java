package io.raqib.common;

import io.raqib.config.RaqibConfig;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies over the configured limit with a 413 problem before any of it is read.
 * Chunked uploads get the same limit from ChunkedBodyLimit. A streamed NDJSON import has none: it
 * is read line by line, with a limit per line.
 */
public class BodySizeLimit {
    // A provider: pre-matching filters are built before runtime config mappings exist.
    @Inject
    Provider<RaqibConfig> config;

    /** The limit, read from the mapping at the first body (each get() creates the mapping's bean anew). */
    private volatile long limit = -1;

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
        long max = limit();
        if (bytes > max && !streamedImport(request)) {
            return Optional.of(ProblemMappers.response(Problem.of(413, "payload-too-large", "Payload too large",
                    "request body has " + bytes + " bytes; the limit is " + max,
                    request.getUriInfo().getPath())));
        }
        return Optional.empty();
    }

    private long limit() {
        long max = limit;
        if (max < 0) {
            max = config.get().api().maxBodyBytes();
            limit = max;
        }
        return max;
    }

    private static boolean streamedImport(ContainerRequestContext request) {
        return StreamedImport.matches(request.getMethod(), request.getUriInfo().getPath(),
                request.getHeaderString("Content-Type"));
    }
}
