package io.raqib.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of a PATCH body, for the contract only: the service reads the JSON itself, because a
 * merge patch tells "absent" (leave it) from null (clear it).
 */
@Schema(name = "ClaimPatch", description = "JSON merge patch (RFC 7396): fields left out stay as they are, null clears "
        + "an optional field. Changing any figure value (value, low, high, qualifier, force, country, place, kind, asOf, "
        + "stance, attribution) sets review to corrected (unless review is rejected) and keeps the extractor's values "
        + "in `extracted`.")
public record ClaimPatch(
        @Schema(nullable = true, enumeration = {"unreviewed", "confirmed", "rejected", "corrected"}, example = "confirmed")
        String review,
        @Schema(nullable = true, example = "تحققنا من الرقم في بيان البنتاغون") String reviewNote,
        @Schema(nullable = true, example = "2000") Long value,
        @Schema(nullable = true, example = "1800") Long low,
        @Schema(nullable = true, example = "2200") Long high,
        @Schema(nullable = true, enumeration = {"exact", "approx", "more_than", "less_than", "at_least", "at_most", "range"},
                example = "exact") String qualifier,
        @Schema(nullable = true, example = "US") String force,
        @Schema(nullable = true, example = "SY") String country,
        @Schema(nullable = true, example = "التنف") String place,
        @Schema(nullable = true, enumeration = {"presence", "deployment", "withdrawal", "target", "casualties", "detained",
                "transfer", "other"}, example = "presence") String kind,
        @Schema(nullable = true, example = "2024-12") String asOf,
        @Schema(nullable = true, enumeration = {"asserted", "denied"}, example = "asserted") String stance,
        @Schema(nullable = true, example = "سي إن إن") String attribution) {
}
