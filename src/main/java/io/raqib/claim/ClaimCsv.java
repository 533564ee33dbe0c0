package io.raqib.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Claims as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break). */
public final class ClaimCsv {
    public static final String MEDIA_TYPE = "text/csv";
    /** Spreadsheets read UTF-8 Arabic correctly only after a byte order mark. */
    public static final String BOM = "\uFEFF";

    static final List<String> COLUMNS = List.of("id", "articleId", "field", "start", "end", "text", "sentence", "value",
            "low", "high", "qualifier", "vague", "force", "country", "place", "kind", "asOf", "attribution",
            "attributedToId", "attributedTo", "stance", "confidence", "origin", "review", "group", "reviewNote",
            "outletId", "outlet", "publishedAt", "createdAt", "updatedAt");

    private ClaimCsv() {
    }

    public static String write(List<ClaimView> claims, boolean bom) {
        StringBuilder out = new StringBuilder(header(bom));
        for (ClaimView c : claims) {
            out.append(line(c));
        }
        return out.toString();
    }

    /** The header row, after a byte order mark when {@code bom}. */
    public static String header(boolean bom) {
        StringBuilder out = new StringBuilder(bom ? BOM : "");
        row(out, COLUMNS);
        return out.toString();
    }

    /** One claim's row, line end included. */
    public static String line(ClaimView c) {
        StringBuilder out = new StringBuilder();
        List<Object> values = new ArrayList<>(List.of(c.id(), c.articleId(), c.field(), c.start(), c.end()));
        values.add(c.text());
        values.add(c.sentence());
        values.add(c.value());
        values.add(c.low());
        values.add(c.high());
        values.add(c.qualifier());
        values.add(c.vague());
        values.add(c.force());
        values.add(c.country());
        values.add(c.place());
        values.add(c.kind());
        values.add(c.asOf());
        values.add(c.attribution());
        values.add(c.attributedTo() == null ? null : c.attributedTo().id());
        values.add(c.attributedTo() == null ? null : c.attributedTo().name());
        values.add(c.stance());
        values.add(c.confidence());
        values.add(c.origin());
        values.add(c.review());
        values.add(c.group());
        values.add(c.reviewNote());
        values.add(c.outlet() == null ? null : c.outlet().id());
        values.add(c.outlet() == null ? null : c.outlet().name());
        values.add(c.publishedAt());
        values.add(c.createdAt());
        values.add(c.updatedAt());
        row(out, values.stream().map(v -> v == null ? "" : Objects.toString(v)).toList());
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(values.get(i)));
        }
        out.append("\r\n");
    }

    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
