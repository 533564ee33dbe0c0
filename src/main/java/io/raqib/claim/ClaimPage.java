package io.raqib.claim;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shape of a page of claims (the list envelope), named for the contract. */
@Schema(name = "ClaimPage", description = "A page of claims: {items, total, page, size}")
public record ClaimPage(
        List<ClaimView> items,
        @Schema(description = "Number of matching claims across all pages", example = "42") long total,
        @Schema(description = "Zero-based page index", example = "0") int page,
        @Schema(description = "Page size", example = "20") int size) {
}
