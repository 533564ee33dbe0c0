package io.raqib.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list envelope every collection answers: {items, total, page, size}. */
public record PageView<T>(
        List<T> items,
        @Schema(description = "Number of matching items across all pages", example = "42") long total,
        @Schema(description = "Zero-based page index", example = "0") int page,
        @Schema(description = "Page size", example = "20") int size) {
}
