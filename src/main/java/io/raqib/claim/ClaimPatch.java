package io.raqib.claim;

import io.raqib.common.Codes;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A claim's patchable fields as the API writes them: the current values a merge patch is merged
 * into ({@link io.raqib.common.MergePatch}), and the shape of a PATCH body in the contract. Its
 * constraints are those of a new claim ({@link ClaimInput}); the merged patch is checked against them.
 */
@Schema(name = "ClaimPatch", description = "JSON merge patch (RFC 7396): fields left out stay as they are, null clears "
        + "an optional field. Changing any figure value (value, low, high, qualifier, force, country, place, kind, asOf, "
        + "stance, attribution) sets review to corrected (unless review is rejected) and keeps the extractor's values "
        + "in `extracted`.")
public record ClaimPatch(
        @Schema(nullable = true, enumeration = {"unreviewed", "confirmed", "rejected", "corrected"}, example = "confirmed")
        String review,
        @Size(max = 2000) @Schema(nullable = true, example = "تحققنا من الرقم في بيان البنتاغون") String reviewNote,
        @PositiveOrZero(message = "must not be negative") @Schema(nullable = true, example = "2000") Long value,
        @PositiveOrZero(message = "must not be negative") @Schema(nullable = true, example = "1800") Long low,
        @PositiveOrZero(message = "must not be negative") @Schema(nullable = true, example = "2200") Long high,
        @Schema(nullable = true, enumeration = {"exact", "approx", "more_than", "less_than", "at_least", "at_most", "range"},
                example = "exact") String qualifier,
        @Schema(nullable = true, example = "US") String force,
        @Schema(nullable = true, example = "SY") String country,
        @Size(max = 300) @Schema(nullable = true, example = "التنف") String place,
        @Schema(nullable = true, enumeration = {"presence", "deployment", "withdrawal", "target", "casualties", "detained",
                "transfer", "other"}, example = "presence") String kind,
        @Schema(nullable = true, example = "2024-12") String asOf,
        @Schema(nullable = true, enumeration = {"asserted", "denied"}, example = "asserted") String stance,
        @Size(max = 500) @Schema(nullable = true, example = "سي إن إن") String attribution) {
    static ClaimPatch of(Claim c) {
        return new ClaimPatch(Codes.code(c.review), c.reviewNote, c.figureValue, c.low, c.high, Codes.code(c.qualifier),
                c.force, c.country, c.place, Codes.code(c.kind), c.asOf, Codes.code(c.stance), c.attribution);
    }
}
