package io.raqib.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Query parameters shared by every list endpoint. Read as text and checked here, so that
 * "page=abc" is a 400 naming the parameter rather than JAX-RS's 404 for unconvertible values.
 */
public class Paging {
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    @QueryParam("page")
    @Parameter(description = "Zero-based page index",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10000", defaultValue = "0"))
    String pageParam;

    @QueryParam("size")
    @Parameter(description = "Page size",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String sizeParam;

    public int page;
    public int size;

    public Paging() {
    }

    public Paging(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** Parses and checks the parameters; called by each endpoint before it reads them. */
    public Paging validated() {
        page = parse("page", pageParam, 0, 0, MAX_PAGE);
        size = parse("size", sizeParam, 20, 1, MAX_SIZE);
        return this;
    }

    private static int parse(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(io.raqib.arabic.ArabicDigits.toAscii(value.strip()));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be a whole number from " + min + " to " + max
                    + ", not '" + value + "'");
        }
        if (parsed < min || parsed > max) {
            throw ProblemException.badRequest(name + " must be from " + min + " to " + max + ", not " + parsed);
        }
        return parsed;
    }
}
