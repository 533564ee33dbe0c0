package io.raqib.claim;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.raqib.article.ArticleResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Writes {@link ClaimRows} as CSV ({@link ClaimCsv}) or as NDJSON (one claim JSON object per line). */
@Provider
@Produces({ClaimCsv.MEDIA_TYPE, ArticleResource.NDJSON})
public class ClaimRowsWriter implements MessageBodyWriter<ClaimRows> {
    @Inject
    ObjectMapper json;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ClaimRows.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(ClaimRows claims, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream stream) throws IOException {
        BufferedOutputStream out = new BufferedOutputStream(stream, 64 * 1024);
        boolean ndjson = mediaType.isCompatible(MediaType.valueOf(ArticleResource.NDJSON));
        if (!ndjson) {
            out.write(ClaimCsv.header(claims.bom()).getBytes(StandardCharsets.UTF_8));
        }
        try {
            claims.rows().each(row -> {
                try {
                    if (ndjson) {
                        out.write(json.writeValueAsBytes(row));
                        out.write('\n');
                    } else {
                        out.write(ClaimCsv.line(row).getBytes(StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }
}
