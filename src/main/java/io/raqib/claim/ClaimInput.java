package io.raqib.claim;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimInput", description = "A claim a person adds by hand. The offsets must point at the evidence in "
        + "the article's title or body; the sentence is taken from the article. Bounds follow the value and qualifier "
        + "(a range gives low and high).")
public record ClaimInput(
        @NotNull(message = "articleId is required") @Schema(required = true, example = "7") Long articleId,
        @NotNull(message = "field is required") @Schema(required = true, enumeration = {"title", "body"}, example = "body")
        String field,
        @NotNull(message = "start is required") @Schema(required = true, example = "15") Integer start,
        @NotNull(message = "end is required") @Schema(required = true, example = "27") Integer end,
        @Size(max = 2000) @Schema(nullable = true, description = "When given, must equal the field's text at start..end",
                example = "نحو 900 جندي") String text,
        @Schema(nullable = true, example = "900") Long value,
        @Schema(nullable = true, description = "Lower bound of a range", example = "800") Long low,
        @Schema(nullable = true, description = "Upper bound of a range", example = "1000") Long high,
        @Schema(nullable = true, description = "Default exact", enumeration = {"exact", "approx", "more_than", "less_than",
                "at_least", "at_most", "range"}, example = "approx") String qualifier,
        @Schema(nullable = true, example = "US") String force,
        @Schema(nullable = true, example = "SY") String country,
        @Size(max = 300) @Schema(nullable = true, example = "التنف") String place,
        @Schema(nullable = true, description = "Default presence", enumeration = {"presence", "deployment", "withdrawal",
                "target", "casualties", "detained", "transfer", "other"}, example = "presence") String kind,
        @Schema(nullable = true, description = "2018, 2024-06 or 2025-01-09; default the article's publication date",
                example = "2024-11") String asOf,
        @Size(max = 500) @Schema(nullable = true, example = "وزارة الدفاع الأمريكية") String attribution,
        @Schema(nullable = true, description = "Default asserted", enumeration = {"asserted", "denied"},
                example = "asserted") String stance,
        @Schema(nullable = true, description = "0..1, default 1", example = "1") Double confidence,
        @Schema(nullable = true, description = "Default unreviewed", enumeration = {"unreviewed", "confirmed", "rejected",
                "corrected"}, example = "confirmed") String review,
        @Size(max = 2000) @Schema(nullable = true, example = "أضيف يدويا من تصريح المتحدث") String reviewNote) {
}
