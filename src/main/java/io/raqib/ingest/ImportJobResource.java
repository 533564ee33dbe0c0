package io.raqib.ingest;

import io.raqib.common.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP mapping of background imports. */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ImportJobResource {
    @Inject
    ImportJobs jobs;

    @GET
    @Path("{job}")
    @Operation(operationId = "getImportJob", summary = "Follow a background import",
            description = "The state of an import started with `Prefer: respond-async`: queued, running, done or failed; "
                    + "lines handled so far, articles created, duplicates, failed lines and the first of their reasons "
                    + "with line numbers. Any replica answers; the counts grow after every chunk written. Needs the "
                    + "role that may import (editor).")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "done", ref = "importJobDone")))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportJobView get(@PathParam("job") @Parameter(example = "0b9c6f7e-2a41-4c1e-9d55-3f1f3c2b8e10") String id) {
        return jobs.get(id);
    }
}
