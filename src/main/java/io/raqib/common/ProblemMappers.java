package io.raqib.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an application/problem+json answer. Client errors are logged
 * briefly at DEBUG without a stack trace; only unexpected server errors log one.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static Response response(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        if (problem.status() == 503) {
            builder.header("Retry-After", "10");
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        LOG.debugf("%d %s: %s", e.status(), uri.getPath(), e.getMessage());
        return response(Problem.of(e.status(), e.slug(), e.title(), e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream()
                .map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
        LOG.debugf("400 %s: %s", uri.getPath(), detail);
        return response(Problem.of(400, "validation", "Invalid request", detail, uri.getPath())
                .withViolations(violations));
    }

    /**
     * "create.input.title" → "title"; "list.paging.size" → "size"; a patch's "dueText" (its
     * Optional's element) → "dueText": the last property or parameter named on the path.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && (node.getKind() == ElementKind.PROPERTY
                    || node.getKind() == ElementKind.PARAMETER)) {
                field = node.getName();
            }
        }
        if (field != null) {
            return field;
        }
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    // Quarkus ships mappers for these exact Jackson types that answer without a body; more
    // specific declarations here take their place.
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unparsableJson(com.fasterxml.jackson.core.JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unmappableJson(com.fasterxml.jackson.databind.JsonMappingException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String detail;
        if (e instanceof UnrecognizedPropertyException unknown) {
            detail = "unknown field '" + unknown.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException format && format.getValue() instanceof String text
                && text.indexOf('\u0000') >= 0) {
            detail = "field '" + path(format) + "' must not contain NUL characters";
        } else if (e instanceof InvalidFormatException format) {
            detail = "field '" + path(format) + "' has an invalid value: " + format.getValue();
        } else if (e instanceof MismatchedInputException mismatch) {
            String field = path(mismatch);
            detail = field.isEmpty() ? "the request body is not the expected JSON object"
                    : "field '" + field + "' " + expected(mismatch.getTargetType());
        } else if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            detail = "field '" + mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")) + "' has an invalid value";
        } else {
            detail = "malformed JSON at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + ", column " + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr());
        }
        if (e.getLocation() != null && !detail.startsWith("malformed JSON at")) {
            detail += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        LOG.debugf("400 %s: %s", uri.getPath(), detail);
        return response(Problem.of(400, "malformed-body", "Malformed request body", detail, uri.getPath()));
    }

    /** What a field of this type must be, in the words of JSON. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "must be a whole number (a JSON integer)";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "must be a number";
        }
        if (type == String.class || type.isEnum()) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO 8601 date";
        }
        return "must be a JSON object";
    }

    /** Why the framework could not read a request, instead of its bare "HTTP 400 Bad Request". */
    static String unreadable(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                return "the request body is not valid text in its charset (send UTF-8)";
            }
            if (cause instanceof NumberFormatException number) {
                return "a number in the request could not be read: " + number.getMessage();
            }
            if (cause instanceof java.time.format.DateTimeParseException date) {
                return "a date in the request could not be read: '" + date.getParsedString() + "' (use ISO 8601, 2025-09-30)";
            }
        }
        String message = e.getMessage();
        if (message == null || message.startsWith("HTTP 400")) {
            return "the request could not be read: its body or a parameter is not in the form this endpoint takes "
                    + "(see the OpenAPI document at /q/openapi)";
        }
        return message;
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    @ServerExceptionMapper(priority = 10)
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof JsonProcessingException json) {
                    return unreadableJson(json, uri);
                }
            }
        }
        String detail = switch (status) {
            case 404 -> "no resource at " + uri.getPath();
            case 405 -> "method not allowed on " + uri.getPath();
            case 406 -> "cannot produce any of the accepted media types";
            case 413 -> "request body is too large";
            case 415 -> "unsupported content type; see the OpenAPI document for what this endpoint accepts";
            case 400 -> unreadable(e);
            default -> e.getMessage() == null ? "request failed" : e.getMessage();
        };
        if (status >= 500) {
            LOG.errorf(e, "%d %s", status, uri.getPath());
        } else {
            LOG.debugf("%d %s: %s", status, uri.getPath(), detail);
        }
        Response problem = response(Problem.of(status, slugOf(status), titleOf(status), detail, uri.getPath()));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(problem).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return problem;
    }

    @ServerExceptionMapper(priority = 100)
    public Response unexpected(Throwable e, UriInfo uri) {
        // Failures raised while a transaction commits (validation at flush, a lost race) arrive wrapped.
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProblemException p) {
                return problem(p, uri);
            }
            if (cause instanceof ConstraintViolationException invalid) {
                return invalid(invalid, uri);
            }
            if (cause instanceof io.vertx.core.http.HttpClosedException) {
                // the client went away mid-body (or was timed out): nobody to answer, nothing to log loudly
                LOG.debugf("408 %s: the connection closed before the body arrived", uri.getPath());
                return response(Problem.of(408, "request-timeout", "Request Timeout",
                        "the connection closed before the request body arrived", uri.getPath()));
            }
        }
        java.util.Optional<io.raqib.common.LostRace> race = io.raqib.common.LostRace.of(e);
        if (race.isPresent()) {
            return problem(race.get().problem(), uri);
        }
        LOG.errorf(e, "500 %s", uri.getPath());
        return response(Problem.of(500, "internal", "Internal error",
                "the server failed to answer; the failure is logged", uri.getPath()));
    }

    static String slugOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 408 -> "request-timeout";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 428 -> "precondition-required";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "service-unavailable";
            default -> "http-" + status;
        };
    }

    static String titleOf(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
