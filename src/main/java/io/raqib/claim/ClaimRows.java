package io.raqib.claim;

import java.util.List;

/**
 * Claims as rows for spreadsheets and pipelines: written as CSV or NDJSON by {@link ClaimRowsWriter},
 * whichever media type the resource answers with. {@code bom}: whether a CSV file starts with a
 * byte order mark (downloads do, so that spreadsheets read the Arabic as UTF-8).
 */
public record ClaimRows(List<ClaimView> rows, boolean bom) {
}
