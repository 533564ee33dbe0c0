package io.raqib.claim;

import io.raqib.source.SourceRef;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimTimeline", description = "Asserted, not rejected figures over time, one point per as-of date and "
        + "figure, oldest first")
public record Timeline(
        @Schema(nullable = true, example = "US") String force,
        @Schema(nullable = true, example = "SY") String country,
        @Schema(nullable = true, example = "التنف") String place,
        @Schema(example = "presence") String kind,
        List<Point> points) {

    @Schema(name = "ClaimTimelinePoint", description = "One figure at one date, with every claim stating it")
    public record Point(
            @Schema(description = "As the texts dated it", example = "2024-12") String asOf,
            @Schema(description = "First day of asOf, for a chart's x axis", example = "2024-12-01") LocalDate date,
            @Schema(nullable = true, example = "2000") Long value,
            @Schema(nullable = true, example = "2000") Long low,
            @Schema(nullable = true, example = "2000") Long high,
            @Schema(example = "exact") String qualifier,
            List<PointClaim> claims,
            @Schema(description = "The originators the claims are attributed to") List<SourceRef> sources,
            @Schema(description = "The outlets that published them") List<SourceRef> outlets,
            @Schema(description = "Independent originators and echoing outlets behind the figure: this point's claims "
                    + "and the others of the series in the same as-of month whose figures agree with one of them (\"نحو 2000\" "
                    + "supports 2000)") Confirmations confirmations) {
    }

    @Schema(name = "ClaimTimelineClaim")
    public record PointClaim(
            @Schema(example = "42") Long id,
            @Schema(example = "7") Long articleId,
            @Schema(example = "نحو 2000 جندي") String text,
            @Schema(nullable = true, example = "شبكة سي إن إن") String attribution,
            @Schema(nullable = true) SourceRef attributedTo,
            @Schema(nullable = true) SourceRef outlet,
            @Schema(nullable = true, example = "2024-12-20") LocalDate publishedAt,
            @Schema(example = "confirmed") String review) {
    }
}
