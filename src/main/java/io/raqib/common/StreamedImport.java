package io.raqib.common;

import java.util.Locale;

/**
 * The one request whose body is read as a stream rather than held whole: an NDJSON import
 * ({@code POST /articles/import} as {@code application/x-ndjson}). It has no whole-body size limit
 * and no whole-body deadline (its body arrives as fast as the import consumes it); a limit per
 * line guards it instead.
 */
public final class StreamedImport {
    public static final String PATH = "/articles/import";
    public static final String MEDIA_TYPE = "application/x-ndjson";

    private StreamedImport() {
    }

    public static boolean matches(String method, String path, String contentType) {
        return "POST".equalsIgnoreCase(method) && path != null && (path.equals(PATH) || path.equals(PATH + "/"))
                && contentType != null && contentType.strip().toLowerCase(Locale.ROOT).startsWith(MEDIA_TYPE);
    }
}
