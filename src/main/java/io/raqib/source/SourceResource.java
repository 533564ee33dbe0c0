package io.raqib.source;

import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.Problem;
import io.raqib.common.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
    @Operation(summary = "List sources", description = "Outlets and originators, by name. `q` matches any alias "
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
    @Operation(summary = "Get a source")
    @APIResponse(responseCode = "200", description = "The source")
    @APIResponse(responseCode = "404", description = "No such source",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SourceView get(@PathParam("id") @Parameter(example = "1") long id) {
        return sources.get(id);
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
