package io.raqib.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters shared by every list endpoint. */
public class Paging {
    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "page must be 0 or more")
    @Max(value = 10_000, message = "page must be at most 10000")
    @Parameter(description = "Zero-based page index", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "size must be between 1 and " + MAX_SIZE)
    @Max(value = MAX_SIZE, message = "size must be between 1 and " + MAX_SIZE)
    @Parameter(description = "Page size, 1 to 100", example = "20")
    public int size;

    public Paging() {
    }

    public Paging(int page, int size) {
        this.page = page;
        this.size = size;
    }
}
