package io.raqib.source;

import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.Problem;
import io.raqib.common.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Outlets that publish articles and originators they quote")
public class SourceResource {
    @Inject
    SourceService sources;

    @GET
    @Operation(operationId = "listSources", summary = "List sources", description = "Outlets and originators, by name. `q` matches any alias "
            + "after Arabic normalisation (hamza, teh marbuta, the article ال, quotes, Latin case).")
    @APIResponse(responseCode = "200", description = "A page of sources")
    @APIResponse(responseCode = "400", description = "Invalid paging or type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<SourceView> list(
            @QueryParam("q") @Parameter(description = "Any written form of the name", example = "الخليج الجديد") String q,
            @QueryParam("type") @Parameter(description = "OUTLET or ORIGINATOR",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"OUTLET", "ORIGINATOR"})) String type,
            @BeanParam Paging paging) {
        return sources.list(q, parseType(type), paging.validated());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSource", summary = "Get a source",
            description = "The outlet or originator with every alias it is known by.")
    @APIResponse(responseCode = "200", description = "The source")
    @APIResponse(responseCode = "404", description = "No such source",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SourceView get(@PathParam("id") @Parameter(example = "1") long id) {
        return sources.get(id);
    }

    /** Body of a merge: the source to keep. */
    @Schema(name = "MergeRequest")
    public record MergeRequest(@Schema(description = "Id of the source to keep; the one in the path is merged into it "
            + "and deleted", example = "3", required = true) Long into) {
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeSource", summary = "Merge a duplicate source into another",
            description = "The source in the path is the duplicate: its aliases move to the source named by `into`, "
                    + "the articles it published, the claims and deadlines it originated and those it relayed as "
                    + "reporter are repointed, and it is deleted, all in one transaction; the affected articles and "
                    + "claims are reindexed. Answers the surviving source.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MergeRequest.class),
            examples = @ExampleObject(name = "واع into وكالة الأنباء العراقية", ref = "sourceMergeInto")))
    @APIResponse(responseCode = "200", description = "The surviving source, with every alias",
            content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "400", description = "No `into`, `into` unknown, or a source merged into itself",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such source (the duplicate)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SourceView merge(@PathParam("id") @Parameter(example = "9") long id,
            @NotNull(message = "a JSON body {\"into\": id} is required") MergeRequest request) {
        return sources.merge(id, request.into());
    }

    @GET
    @Path("{id}/stats")
    @Operation(operationId = "getSourceStats", summary = "A source's track record",
            description = "Articles it published (as outlet); claims it originated, relayed as reporter, and those in "
                    + "its articles; how reviewers judged the claims it originated (confirmed, rejected, corrected) and "
                    + "how many of them conflict with another source's figures (the GET /claims/conflicts computation); "
                    + "deadlines it announced, relayed and those in its articles, and how its deadlines fared: upcoming, "
                    + "kept (the date came and stood), postponed, superseded. Rejected deadlines are not counted.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation =
            SourceStats.class), examples = @ExampleObject(name = "سي بي إس", ref = "sourceStats")))
    @APIResponse(responseCode = "404", description = "No such source",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SourceStats stats(@PathParam("id") @Parameter(example = "17") long id) {
        return sources.stats(id);
    }

    private static SourceType parseType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return SourceType.valueOf(type.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("type must be OUTLET or ORIGINATOR, not '" + type + "'");
        }
    }
}
