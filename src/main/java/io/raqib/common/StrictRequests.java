package io.raqib.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requests are read strictly, the way they are written in the contract: no matrix parameters
 * (JAX-RS would drop ";DROP" from "/articles/1;DROP" and act on article 1), record ids in ASCII
 * digits only (Java would read "+1" and "٣" as numbers), and no body in a charset Java cannot decode.
 */
public class StrictRequests {
    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]*)\"?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASCII_ID = Pattern.compile("[0-9]{1,18}");

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Optional<Response> refuseLooseRequests(ContainerRequestContext request, HttpServerRequest raw) {
        // read from the raw request first: the typical GET (no ';', no %00 in its query, no Content-Type)
        // passes without a URI or a map of decoded parameters being built for it
        String rawPath = raw.path();
        String query = raw.query();
        boolean maybeNul = query != null && (query.indexOf('\u0000') >= 0 || query.contains("%00"));
        if ((rawPath == null || rawPath.indexOf(';') < 0) && !maybeNul && raw.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getPath();
        if (rawPath != null && rawPath.indexOf(';') >= 0) {
            return Optional.of(problem(404, path, "no resource at " + rawPath
                    + ": paths take no matrix parameters (';')"));
        }
        for (Map.Entry<String, List<String>> param : request.getUriInfo().getQueryParameters().entrySet()) {
            boolean nul = param.getKey().indexOf('\u0000') >= 0
                    || param.getValue().stream().anyMatch(v -> v != null && v.indexOf('\u0000') >= 0);
            if (nul) {
                return Optional.of(problem(400, path, "query parameter '" + param.getKey().replace("\u0000", "")
                        + "' must not contain NUL characters"));
            }
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            try {
                jakarta.ws.rs.core.MediaType.valueOf(contentType);
            } catch (IllegalArgumentException e) {
                return Optional.of(problem(415, path, "Content-Type '" + contentType + "' is not a media type"));
            }
            Matcher charset = CHARSET.matcher(contentType);
            if (charset.find() && !supported(charset.group(1))) {
                return Optional.of(problem(415, path, "charset '" + charset.group(1) + "' is not supported; send UTF-8"));
            }
        }
        return Optional.empty();
    }

    static boolean isRecordId(String parameter) {
        return parameter.equals("id") || parameter.endsWith("Id");
    }

    /** After matching: every record id in the path ({id}, {articleId}, …) is written in ASCII digits. */
    @ServerRequestFilter
    public Optional<Response> refuseLooseIds(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> param : request.getUriInfo().getPathParameters().entrySet()) {
            if (!isRecordId(param.getKey())) {
                continue; // e.g. an API key's name: checked by its own resource
            }
            for (String value : param.getValue()) {
                if (!ASCII_ID.matcher(value).matches()) {
                    String path = request.getUriInfo().getPath();
                    return Optional.of(problem(404, path, "no resource at " + path + ": " + param.getKey()
                            + " must be a record id in ASCII digits (0-9), not '" + value + "'"));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean supported(String name) {
        try {
            return !name.isEmpty() && Charset.isSupported(name.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Response problem(int status, String path, String detail) {
        return ProblemMappers.response(Problem.of(status, ProblemMappers.slugOf(status), ProblemMappers.titleOf(status),
                detail, path));
    }
}
