package io.raqib.claim;

import io.raqib.source.SourceRef;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimConflict", description = "Claims that cannot all be true: incompatible figures about the same "
        + "force, country, place and kind within the window (type figures), or a figure one source asserts and "
        + "another denies (type denial)")
public record Conflict(
        @Schema(enumeration = {"figures", "denial"}, example = "figures") String type,
        @Schema(nullable = true, example = "US") String force,
        @Schema(nullable = true, example = "SY") String country,
        @Schema(nullable = true, example = "التنف") String place,
        @Schema(nullable = true, example = "presence") String kind,
        @Schema(nullable = true, description = "Earliest as-of among the claims", example = "2024-11") String from,
        @Schema(nullable = true, description = "Latest as-of among the claims", example = "2024-12") String to,
        @Schema(description = "Figures: one side per set of compatible figures, lowest first. Denial: asserted, then denied")
        List<Side> sides) {

    @Schema(name = "ClaimConflictSide")
    public record Side(
            @Schema(description = "asserted or denied for a denial; the figures' span for figures", example = "1700–2300")
            String label,
            @Schema(nullable = true, description = "Lowest figure a claim on this side allows", example = "1700") Long low,
            @Schema(nullable = true, description = "Highest figure (null: unbounded)", example = "2300") Long high,
            List<ClaimView> claims,
            @Schema(description = "The originators on this side") List<SourceRef> sources,
            @Schema(description = "The outlets on this side") List<SourceRef> outlets,
            @Schema(description = "Independent originators and echoing outlets among this side's claims, to weigh the "
                    + "sides: two outlets repeating one originator are one source") Confirmations confirmations) {
    }
}
