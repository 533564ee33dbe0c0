package io.raqib.deadline;

import io.raqib.common.CreatedResponse;
import io.raqib.common.MergePatch;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.Problem;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP mapping of deadlines; the work is in {@link DeadlineService}. */
@Path("/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines", description = "Announced dates for troop withdrawals, mission ends, presence and deployments, "
        + "with their history")
public class DeadlineResource {
    public static final String MERGE_PATCH = MergePatch.MEDIA_TYPE;

    @Inject
    DeadlineService deadlines;

    @Inject
    DeadlineQueries queries;

    @GET
    @Operation(operationId = "listDeadlines", summary = "List deadlines",
            description = "Earliest due first; deadlines whose relative date could not be resolved last. `status` is "
                    + "computed against today: `upcoming` until the last day of the due period, then `passed`, unless a "
                    + "later announcement about the same force, country and subject `postponed` (later date) or "
                    + "`superseded` (earlier date) it. With `asKnownAt`, the deadlines and chains as the archive knew "
                    + "them then, and `status` computed against that day.")
    @APIResponse(responseCode = "200", description = "A page of deadlines")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging, or asKnownAt not a past instant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown status", ref = "deadlinesUnknownStatus")))
    public PageView<DeadlineView> list(@BeanParam DeadlineFilter filter, @BeanParam Paging paging) {
        return queries.list(filter, paging.validated());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDeadline", summary = "Get a deadline with its chain",
            description = "`chain` lists every deadline about the same force, country and subject in announcement "
                    + "order, each with its article: the history of the date (announced, postponed, confirmed).")
    @APIResponse(responseCode = "200", description = "The deadline",
            content = @Content(schema = @Schema(implementation = DeadlineView.class)))
    @APIResponse(responseCode = "404", description = "No such deadline",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadlineView get(@PathParam("id") @Parameter(example = "12") long id) {
        return deadlines.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDeadline", summary = "Add a deadline by hand",
            description = "For a date the extractor missed. The text and sentence are read from the article at the "
                    + "offsets. A manual deadline is never replaced when the article is extracted again.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineInput.class),
            examples = @ExampleObject(name = "postponed withdrawal", ref = "deadlinePostponedWithdrawal")))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = DeadlineView.class)))
    @APIResponse(responseCode = "400", description = "Invalid deadline: unknown article, offsets outside the field, "
            + "unknown force or subject, malformed due date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "offsets", ref = "deadlineBadOffsets")))
    @APIResponse(responseCode = "415", description = "Not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "a JSON deadline is required") DeadlineInput input, UriInfo uri) {
        DeadlineView created = deadlines.create(input);
        return CreatedResponse.of(uri, created.id(), created);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(operationId = "correctDeadline", summary = "Correct a deadline",
            description = "JSON merge patch: fields left out stay, null clears. A correction marks the deadline "
                    + "`corrected` (or sets `review` as given) and re-extraction never overwrites it. The chain is "
                    + "recomputed.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlinePatch.class),
                    examples = @ExampleObject(name = "correct the date", ref = "deadlineCorrectDate")),
            @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = DeadlinePatch.class),
                    examples = @ExampleObject(name = "confirm, clear the announcer", ref = "deadlineConfirmClearAnnouncer"))})
    @APIResponse(responseCode = "200", description = "The corrected deadline",
            content = @Content(schema = @Schema(implementation = DeadlineView.class)))
    @APIResponse(responseCode = "400", description = "Invalid correction",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such deadline",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadlineView patch(@PathParam("id") long id,
            @NotNull(message = "a JSON object of fields to correct is required") com.fasterxml.jackson.databind.JsonNode patch) {
        return deadlines.patch(id, patch);
    }
}
