package io.raqib.history;

import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/claims/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimHistoryResource {
    @Inject
    HistoryService history;

    @GET
    @Operation(operationId = "getClaimHistory", summary = "The claim's change history",
            description = "Every change, oldest first: who (API key name, token subject or anonymous), when, and each "
                    + "changed field before and after. Kept after the claim is deleted.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "404", description = "No such claim, and no history of one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<HistoryView> history(@PathParam("id") @Parameter(example = "7") long id, @BeanParam Paging paging) {
        return history.of("claim", id, paging.validated());
    }
}
