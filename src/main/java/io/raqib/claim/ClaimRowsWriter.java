package io.raqib.claim;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.raqib.article.ArticleResource;
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
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        if (mediaType.isCompatible(MediaType.valueOf(ArticleResource.NDJSON))) {
            for (ClaimView row : claims.rows()) {
                out.write(json.writeValueAsBytes(row));
                out.write('\n');
            }
        } else {
            out.write(ClaimCsv.write(claims.rows(), claims.bom()).getBytes(StandardCharsets.UTF_8));
        }
    }
}
