package io.raqib.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * An export that streams: rows are read a page at a time in id order ({@code pageAfter} gives up to
 * {@code size} rows after an id; each page is read in a transaction of its own) and written as they come by {@link RowExportWriter},
 * as CSV ({@code columns} and {@code cells}) or NDJSON (each row as JSON), so memory stays bounded
 * whatever the archive holds.
 */
public record RowExport<T>(PageAfter<T> pageAfter, ToLongFunction<T> idOf, List<String> columns,
                           Function<T, List<Object>> cells) {
    /** Up to {@code size} rows with ids above {@code afterId}, in id order. */
    @FunctionalInterface
    public interface PageAfter<T> {
        List<T> rows(long afterId, int size);
    }

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";

    /** The answer for a format: the media type with its charset and a file name to save it under. */
    public jakarta.ws.rs.core.Response response(String format, String name) {
        boolean csv = format.equals("csv");
        return jakarta.ws.rs.core.Response.ok(this, (csv ? CSV : NDJSON) + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + (csv ? ".csv" : ".ndjson") + "\"")
                .build();
    }
}
