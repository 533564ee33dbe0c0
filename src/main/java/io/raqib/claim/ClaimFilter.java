package io.raqib.claim;

import io.raqib.common.Review;
import io.raqib.common.Origin;
import io.raqib.common.Codes;
import io.raqib.common.DateRange;
import io.raqib.claim.extraction.FigureKind;
import io.raqib.claim.extraction.Qualifier;
import io.raqib.claim.extraction.Stance;
import io.raqib.common.ProblemException;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters shared by the claim list, its CSV form and the export. Codes are checked by {@link #validated()}. */
public class ClaimFilter {
    @QueryParam("force")
    @Parameter(description = "Force code", example = "US", schema = @Schema(type = SchemaType.STRING, enumeration = {
            "US", "COALITION", "ISIS", "SDF", "SYRIAN_GOV", "IRAQI", "PESHMERGA", "PMF", "TURKISH", "RUSSIAN",
            "IRANIAN", "HTS", "NATO", "BRITISH", "FRENCH", "GERMAN",
                "ITALIAN", "SPANISH", "DUTCH", "JORDANIAN", "AUSTRALIAN", "CANADIAN", "DANISH", "NORWEGIAN", "BELGIAN", "FINNISH", "POLISH", "NEW_ZEALAND", "HUNGARIAN", "PORTUGUESE", "JAPANESE", "GEORGIAN", "SOUTH_KOREAN",
                "ROMANIAN", "SWEDISH", "LATVIAN", "CZECH", "ESTONIAN", "LITHUANIAN", "UKRAINIAN", "BULGARIAN",
                "SLOVAK", "ALBANIAN", "MONGOLIAN", "SALVADORAN", "AZERBAIJANI", "ARMENIAN", "KAZAKH", "MACEDONIAN", "ISRAELI", "UN", "IRISH", "AUSTRIAN", "NEPALESE", "FIJIAN", "FILIPINO", "CROATIAN",
                "INDIAN",
                "OTHER"}))
    public String force;

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2 country the figure applies to", example = "SY")
    public String country;

    @QueryParam("place")
    @Parameter(description = "Place name (Arabic normalisation applies: اربيل = أربيل)", example = "عين الأسد")
    public String place;

    @QueryParam("kind")
    @Parameter(description = "What the figure counts", example = "presence", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"presence", "deployment", "withdrawal", "target", "casualties", "detained", "transfer", "other"}))
    public String kind;

    @QueryParam("qualifier")
    @Parameter(description = "How the text bounds the figure", example = "approx", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"exact", "approx", "more_than", "less_than", "at_least", "at_most", "range"}))
    public String qualifier;

    @QueryParam("from")
    @Parameter(description = "As-of on or after this date (a year or month means its first day)", example = "2024-01")
    public String from;

    @QueryParam("to")
    @Parameter(description = "As-of on or before this date (a year or month means its last day)", example = "2025-12-31")
    public String to;

    @QueryParam("outlet")
    @Parameter(description = "The article's outlet: id, or any written form of its name", example = "الجزيرة نت")
    public String outlet;

    @QueryParam("attributedTo")
    @Parameter(description = "Said or relayed by this source: its claims as originator OR as reporter (source id, or "
            + "any written form of its name)", example = "سي إن إن")
    public String attributedTo;

    @QueryParam("originator")
    @Parameter(description = "Who said it first (the attribution chain's originator): source id or any written form "
            + "of its name", example = "سنتكوم")
    public String originator;

    @QueryParam("reporter")
    @Parameter(description = "The medium it came through (the chain's reporter): source id or any written form of "
            + "its name", example = "واع")
    public String reporter;

    @QueryParam("stance")
    @Parameter(description = "Asserted, or reported as denied", example = "denied",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"asserted", "denied"}))
    public String stance;

    @QueryParam("review")
    @Parameter(description = "Review state", example = "confirmed", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"unreviewed", "confirmed", "rejected", "corrected"}))
    public String review;

    @QueryParam("origin")
    @Parameter(description = "Extracted by the service or added by a person", example = "manual",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"extracted", "manual"}))
    public String origin;

    @QueryParam("q")
    @Parameter(description = "Arabic full-text over the claim's sentence, as in article search (spelling variants, "
            + "month names, digits; \"…\" for a phrase). Without an explicit sort, most relevant first.",
            examples = {@org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "words",
                    ref = "claimSearchWords"),
                    @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "phrase",
                            ref = "searchPhrase")})
    public String q;

    @QueryParam("sort")
    @Parameter(description = "Order: asOf, -asOf (default without q), value, -value, confidence, -confidence",
            example = "-asOf", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"asOf", "-asOf", "value", "-value", "confidence", "-confidence"}))
    public String sort;

    /** Set by the server (GET /articles/{id}/claims), never from the query. */
    public Long articleId;

    /** The filter with its codes parsed; a 400 names the first bad parameter. */
    public record Parsed(String force, String country, String placeKey, FigureKind kind, Qualifier qualifier,
                         LocalDate from, LocalDate to, String outlet, String attributedTo, String originator,
                         String reporter, Stance stance,
                         Review review, Origin origin, String q, String sort, Long articleId) {
    }

    public Parsed validated() {
        DateRange dates = DateRange.of(from, to);
        String order = sort == null || sort.isBlank() ? null : sort.strip();
        if (order != null && !order.matches("-?(asOf|value|confidence)")) {
            throw ProblemException.badRequest("sort must be one of asOf, -asOf, value, -value, confidence, -confidence, not '"
                    + sort + "'");
        }
        return new Parsed(Codes.force("force", force), Codes.country("country", country),
                place == null || place.isBlank() ? null : ClaimFigures.placeKey(place),
                Codes.parse(FigureKind.class, "kind", kind),
                Codes.parse(Qualifier.class, "qualifier", qualifier), dates.from(), dates.to(),
                blankToNull(outlet), blankToNull(attributedTo), blankToNull(originator), blankToNull(reporter),
                Codes.parse(Stance.class, "stance", stance), Codes.parse(Review.class, "review", review),
                Codes.parse(Origin.class, "origin", origin), blankToNull(q), order, articleId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
