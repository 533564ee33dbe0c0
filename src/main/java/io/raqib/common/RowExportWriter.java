package io.raqib.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.raqib.config.RaqibConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link RowExport} page by page: CSV (UTF-8 with a byte order mark so spreadsheets read the
 * Arabic, a header row, RFC 4180 quoting and CRLF line ends) or NDJSON (one JSON object per line).
 * Each page is read in a transaction of its own and flushed before the next is read.
 */
@Provider
@Produces({RowExport.CSV, RowExport.NDJSON})
@SuppressWarnings({"rawtypes", "unchecked"})
public class RowExportWriter implements MessageBodyWriter<RowExport> {
    private static final String BOM = "\uFEFF";

    @Inject
    ObjectMapper json;

    @Inject
    RaqibConfig config;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return RowExport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(RowExport export, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        write(export, mediaType.isCompatible(MediaType.valueOf(RowExport.NDJSON)), out);
    }

    private <T> void write(RowExport<T> export, boolean ndjson, OutputStream out) throws IOException {
        if (!ndjson) {
            out.write((BOM + csvRow(export.columns())).getBytes(StandardCharsets.UTF_8));
        }
        int size = config.api().exportPageSize();
        long after = 0;
        while (true) {
            long from = after;
            List<T> rows = QuarkusTransaction.requiringNew().call(() -> export.pageAfter().rows(from, size));
            for (T row : rows) {
                if (ndjson) {
                    out.write(json.writeValueAsBytes(row));
                    out.write('\n');
                } else {
                    out.write(csvRow(export.cells().apply(row)).getBytes(StandardCharsets.UTF_8));
                }
                after = Math.max(after, export.idOf().applyAsLong(row));
            }
            out.flush();
            if (rows.size() < size) {
                return;
            }
        }
    }

    /** One CSV record: fields quoted when they hold a comma, quote or line break; CRLF at the end. */
    static String csvRow(List<?> values) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                row.append(',');
            }
            Object cell = values.get(i);
            String value = cell == null ? "" : cell instanceof Enum<?> e ? Codes.code(e) : Objects.toString(cell);
            boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0;
            row.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
        }
        return row.append("\r\n").toString();
    }
}
