package io.raqib.claim;

import java.util.List;
import java.util.function.Consumer;

/**
 * Claims as rows for spreadsheets and pipelines: written as CSV or NDJSON by {@link ClaimRowsWriter},
 * whichever media type the resource answers with, each row as it comes, so an export of any size
 * is written in bounded memory. {@code bom}: whether a CSV file starts with a byte order mark
 * (downloads do, so that spreadsheets read the Arabic as UTF-8).
 */
public record ClaimRows(Source rows, boolean bom) {
    /** Hands every row to the writer in turn, reading them as it goes. */
    @FunctionalInterface
    public interface Source {
        void each(Consumer<ClaimView> row);
    }

    /** Rows already in memory (a page). */
    public ClaimRows(List<ClaimView> rows, boolean bom) {
        this((Source) rows::forEach, bom);
    }
}
