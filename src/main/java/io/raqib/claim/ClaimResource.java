package io.raqib.claim;

import io.raqib.common.CreatedResponse;
import io.raqib.common.Review;
import com.fasterxml.jackson.databind.JsonNode;
import io.raqib.article.ArticleResource;
import io.raqib.common.AsKnownAt;
import io.raqib.common.MergePatch;
import io.raqib.claim.review.ClaimReviews;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.ExportFormat;
import io.raqib.common.Problem;
import io.raqib.config.RaqibConfig;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP mapping of troop-figure claims; the work is in {@link ClaimService}, {@link ClaimTimeline} and {@link ClaimConflicts}. */
@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Troop-figure claims read from the articles: who said how many, when, where")
public class ClaimResource {
    public static final String MERGE_PATCH = MergePatch.MEDIA_TYPE;
    static final String CSV_UTF8 = ClaimCsv.MEDIA_TYPE + "; charset=UTF-8; header=present";

    @Inject
    ClaimService claims;

    @Inject
    ClaimReview review;

    @Inject
    ClaimTimeline claimTimeline;

    @Inject
    ClaimConflicts claimConflicts;

    @Inject
    RaqibConfig config;

    @Inject
    ClaimReviews reviews;

    @Inject
    java.time.Clock clock;

    @GET
    @Produces({MediaType.APPLICATION_JSON, ClaimCsv.MEDIA_TYPE})
    @Operation(operationId = "listClaims", summary = "List claims",
            description = "Filters combine with AND. Newest as-of first unless `sort` says otherwise; with `q`, most "
                    + "relevant first. `Accept: text/csv` answers the same page as CSV (header row, RFC 4180), with "
                    + "the total in `X-Total-Count`; `/claims/export` gives every match at once. Each claim says in "
                    + "`confirmations` how many independent originators hold its figure and how many outlets echo "
                    + "one of them. `asKnownAt` answers as the archive knew the claims then (values, review, "
                    + "confirmations).")
    @APIResponse(responseCode = "200", description = "A page of claims", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimPage.class)),
            @Content(mediaType = ClaimCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), examples =
            @ExampleObject(name = "csv", ref = "claimsCsv"))})
    @APIResponse(responseCode = "400", description = "Unknown code, bad date, bad sort or paging, a q without words, "
            + "asKnownAt not a past instant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad kind", ref = "claimsBadKind"),
                            @ExampleObject(name = "asKnownAt in the future", ref = "asKnownAtFuture")}))
    @APIResponse(responseCode = "503", description = "`q` needs the search index, which is unreachable; retry later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@BeanParam ClaimFilter filter, @BeanParam Paging paging, @Context HttpHeaders headers,
                         @QueryParam("asKnownAt") @Parameter(description = AsKnownAt.DESCRIPTION, examples = {
                                 @ExampleObject(name = "instant", ref = "asKnownAtInstant"),
                                 @ExampleObject(name = "day", ref = "asKnownAtDay")}) String asKnownAt) {
        PageView<ClaimView> page = claims.list(filter.validated(), paging.validated(), AsKnownAt.parse(asKnownAt, clock));
        if (prefersCsv(headers)) {
            return Response.ok(new ClaimRows(page.items(), false), CSV_UTF8)
                    .header("X-Total-Count", page.total()).build();
        }
        return Response.ok(page, MediaType.APPLICATION_JSON).build();
    }

    /** True when the client ranks text/csv above JSON. */
    static boolean prefersCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            String sub = type.getSubtype().toLowerCase(Locale.ROOT);
            if ("text".equalsIgnoreCase(type.getType()) && ("csv".equals(sub) || "*".equals(sub))) {
                return "csv".equals(sub);
            }
            if ("application".equalsIgnoreCase(type.getType()) && ("json".equals(sub) || "*".equals(sub))) {
                return false;
            }
        }
        return false;
    }

    @GET
    @Path("export")
    @Produces({ClaimCsv.MEDIA_TYPE, ArticleResource.NDJSON})
    @Operation(operationId = "exportClaims", summary = "Export claims",
            description = "Every claim matching the filters (those of GET /claims), for dashboards and spreadsheets: "
                    + "CSV (UTF-8 with a byte order mark so spreadsheets read the Arabic, header row, RFC 4180 quoting) "
                    + "or NDJSON (one Claim JSON object per line). Up to raqib.claims.max-export-rows rows; "
                    + "`X-Truncated: true` says there were more.")
    @APIResponse(responseCode = "200", description = "The claims", content = {
            @Content(mediaType = ClaimCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ArticleResource.NDJSON, schema = @Schema(type = SchemaType.STRING), examples =
            @ExampleObject(name = "ndjson", ref = "claimsNdjson"))})
    @APIResponse(responseCode = "400", description = "Unknown format, or an invalid filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "`q` needs the search index, which is unreachable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(
            @BeanParam ExportFormat format, @BeanParam ClaimFilter filter) {
        String wanted = format.wanted();
        int max = config.claims().maxExportRows();
        ClaimFilter.Parsed parsed = filter.validated();
        boolean truncated = claims.count(parsed) > max;
        ClaimRows.Source rows = sink -> claims.export(parsed, max, sink);
        Response.ResponseBuilder answer;
        if (wanted.equals("csv")) {
            answer = Response.ok(new ClaimRows(rows, true), CSV_UTF8)
                    .header("Content-Disposition", "attachment; filename=\"raqib-claims.csv\"");
        } else {
            answer = Response.ok(new ClaimRows(rows, false), ArticleResource.NDJSON + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"raqib-claims.ndjson\"");
        }
        return answer.header("X-Truncated", Boolean.toString(truncated)).build();
    }

    @GET
    @Path("timeline")
    @Operation(operationId = "claimsTimeline", summary = "Figures over time",
            description = "The asserted, not rejected claims of one kind (default presence) as a series ready for a chart: "
                    + "one point per as-of date and figure, oldest first, each with the claims that state it, their "
                    + "originators and their outlets, and `confirmations` to weigh the point by its independent "
                    + "sources.")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(schema = @Schema(implementation = Timeline.class), examples = @ExampleObject(
                    name = "echoes and confirmations", ref = "claimsTimelineConfirmations")))
    @APIResponse(responseCode = "400", description = "Unknown force or kind, bad country code or date, asKnownAt not a "
            + "past instant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Timeline timeline(
            @QueryParam("force") @Parameter(description = "Force code", example = "US") String force,
            @QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-2 country", example = "SY") String country,
            @QueryParam("place") @Parameter(description = "Place name", example = "التنف") String place,
            @QueryParam("kind") @Parameter(description = "What the figures count (default presence)", example = "presence")
            String kind,
            @QueryParam("from") @Parameter(description = "As-of on or after", example = "2018") String from,
            @QueryParam("to") @Parameter(description = "As-of on or before", example = "2025-12") String to,
            @QueryParam("asKnownAt") @Parameter(description = AsKnownAt.DESCRIPTION, examples = {
                    @ExampleObject(name = "instant", ref = "asKnownAtInstant"),
                    @ExampleObject(name = "day", ref = "asKnownAtDay")}) String asKnownAt) {
        return claimTimeline.timeline(TimelineQuery.parse(force, country, place, kind, from, to,
                AsKnownAt.parse(asKnownAt, clock)));
    }

    @GET
    @Path("conflicts")
    @Operation(operationId = "listClaimConflicts", summary = "Claims that disagree",
            description = "Figures about the same force, country, place and kind (presence and target unless `kind` is "
                    + "given) whose as-of dates are within the window but whose figures cannot all hold, reading each "
                    + "claim as an interval: exact v → [v,v], approx (نحو، حوالي) → [0.85v, 1.15v], more_than → (v,∞), "
                    + "at_least → [v,∞), less_than → [0,v), at_most → [0,v], range → [low,high]. Also figures one source "
                    + "denies (نفى، غير صحيحة) and another asserts. Each conflict lists its sides, their claims and sources.")
    @APIResponse(responseCode = "200", description = "A page of conflicts, latest first",
            content = @Content(schema = @Schema(implementation = ConflictPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown force or kind, bad country code, bad windowDays, "
            + "asKnownAt not a past instant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConflictPage conflicts(
            @QueryParam("force") @Parameter(description = "Force code", example = "US") String force,
            @QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-2 country", example = "SY") String country,
            @QueryParam("kind") @Parameter(description = "Compare only claims of this kind", example = "presence")
            String kind,
            @QueryParam("windowDays") @Parameter(description = "Largest gap in days between two as-of dates that are "
                    + "compared (default raqib.claims.conflict-window-days, 90)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "36600")) String windowDays,
            @QueryParam("asKnownAt") @Parameter(description = AsKnownAt.DESCRIPTION, examples = {
                    @ExampleObject(name = "instant", ref = "asKnownAtInstant"),
                    @ExampleObject(name = "day", ref = "asKnownAtDay")}) String asKnownAt,
            @BeanParam Paging paging) {
        PageView<Conflict> page = claimConflicts.conflicts(ConflictQuery.parse(force, country, kind, windowDays,
                AsKnownAt.parse(asKnownAt, clock)), paging.validated());
        return new ConflictPage(page.items(), page.total(), page.page(), page.size());
    }

    @Schema(name = "ClaimConflictPage", description = "A page of conflicts: {items, total, page, size}")
    public record ConflictPage(List<Conflict> items, @Schema(example = "3") long total, @Schema(example = "0") int page,
                               @Schema(example = "20") int size) {
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, ClaimReviews.MEDIA_TYPE})
    @Operation(operationId = "getClaim", summary = "Get a claim",
            description = "The claim with its evidence (offsets, text, sentence), attribution and review state. "
                    + "`Accept: application/ld+json` answers the claim as a schema.org ClaimReview (JSON-LD), as "
                    + "listed by GET /claims/reviews.jsonld; an unreviewed claim's rating has no value, only "
                    + "`alternateName` لم يُراجَع بعد.")
    @APIResponse(responseCode = "200", description = "The claim", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)),
            @Content(mediaType = ClaimReviews.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") @Parameter(example = "42") long id, @Context HttpHeaders headers,
                        @Context UriInfo uri) {
        if (ClaimReviews.preferred(headers)) {
            return Response.ok(reviews.of(id, uri.getBaseUri()), ClaimReviews.MEDIA_TYPE).build();
        }
        return Response.ok(claims.get(id), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createClaim", summary = "Add a claim by hand",
            description = "For a figure the extractor missed. The offsets are checked against the article (0 <= start < "
                    + "end <= length of the field) and, when `text` is given, it must be exactly what is there. The claim "
                    + "has origin manual: re-extraction never changes or removes it.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ClaimInput.class), examples = @ExampleObject(
            name = "approximate figure", ref = "claimApproximateFigure")))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Unknown article, offsets outside the field, text not at the offsets, "
            + "unknown code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad offsets", ref = "claimBadOffsets")))
    @APIResponse(responseCode = "415", description = "Not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "a JSON claim is required") ClaimInput input, UriInfo uri) {
        ClaimView created = claims.create(input);
        return CreatedResponse.of(uri, created.id(), created);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(operationId = "reviewClaim", summary = "Review a claim: confirm, reject or correct it",
            description = "A JSON merge patch. `{\"review\":\"confirmed\"}` confirms; `{\"review\":\"rejected\"}` rejects "
                    + "(the claim stays, out of timelines and conflicts); changing a figure value corrects it (review "
                    + "becomes corrected and the extractor's values are kept in `extracted`). Reviewed claims survive "
                    + "re-extraction unchanged.")
    @RequestBody(content = {
            @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ClaimPatch.class), examples = {
                    @ExampleObject(name = "confirm", ref = "claimConfirm"),
                    @ExampleObject(name = "correct", ref = "claimCorrect"),
                    @ExampleObject(name = "reject", ref = "claimReject")}),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimPatch.class))})
    @APIResponse(responseCode = "200", description = "The claim as it now stands",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "Unknown field or code, wrong type, inconsistent figure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad review", ref = "claimBadReview")))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a JSON (merge patch) body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClaimView patch(@PathParam("id") @Parameter(example = "42") long id, JsonNode patch) {
        return review.patch(id, patch);
    }
}
