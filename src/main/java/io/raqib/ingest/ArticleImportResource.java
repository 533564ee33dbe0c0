package io.raqib.ingest;

import io.raqib.article.importing.ImportReport;
import io.raqib.article.importing.ImportService;
import io.raqib.common.Problem;
import io.raqib.common.ProblemException;
import io.raqib.common.StreamedImport;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP mapping of bulk imports: a news document at once, NDJSON streamed, or NDJSON as a background job. */
@Path(StreamedImport.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleImportResource {
    @Inject
    ImportService documents;

    @Inject
    NdjsonImporter ndjson;

    @Inject
    ImportJobs jobs;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(operationId = "importArticles", summary = "Import articles in bulk",
            description = "`text/plain`: a news document as pages are saved (title line; `تاريخ النشر: 3rd, March 2025 GMT`; "
                    + "body; `المصدر: …`; `كلمات دلالية: …`; `إقرأ أيضاً:` sections, each a related article), held to the "
                    + "normal body limit. `application/x-ndjson`: one ArticleInput JSON object per line, of any length: the "
                    + "body is read as a stream and written in chunks (one transaction each), with claims and deadlines "
                    + "extracted on every core; a line over the per-line limit (`raqib.import.max-line-bytes`) fails alone. "
                    + "Every article is stored or reported; one bad line never stops the others. With "
                    + "`Prefer: respond-async` an NDJSON import answers 202 at once, with the job to follow at `Location` "
                    + "(GET /imports/{id}); a text/plain document is always imported at once.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, examples = @ExampleObject(name = "news document", ref = "importNewsDocument")),
            @Content(mediaType = StreamedImport.MEDIA_TYPE, examples = @ExampleObject(name = "two articles", ref = "importNdjson"))})
    @APIResponse(responseCode = "200", description = "What was created, what was already there, what failed and why, line by line",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "202", description = "NDJSON with `Prefer: respond-async`: the import runs in the background",
            headers = @Header(name = "Location", description = "The job: /imports/{id}", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "queued", ref = "importJobQueued")))
    @APIResponse(responseCode = "400", description = "Empty document",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "A text/plain document over the configured body limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport importDocument(String document,
            @HeaderParam("Prefer") @Parameter(in = ParameterIn.HEADER, name = "Prefer",
                    description = "`respond-async` runs an NDJSON import in the background (202 and a job)",
                    example = "respond-async") String prefer) {
        return documents.importNewsDocument(document);
    }

    /** The NDJSON form, documented with the text/plain one above. */
    @POST
    @Consumes(StreamedImport.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response importNdjson(InputStream body, @HeaderParam("Prefer") String prefer, UriInfo uri) {
        if (respondAsync(prefer)) {
            ImportJobView job = jobs.start(body);
            return Response.accepted(job).location(uri.getBaseUriBuilder().path("imports").path(job.id()).build())
                    .header("Preference-Applied", "respond-async").build();
        }
        List<ImportReport.Item> items = new ArrayList<>();
        try {
            ndjson.run(body, items::addAll);
        } catch (IOException e) {
            throw ProblemException.badRequest("the request body could not be read to its end after " + items.size()
                    + " articles (those are stored): " + e.getMessage());
        }
        if (items.isEmpty()) {
            throw ProblemException.badRequest("the NDJSON document has no articles");
        }
        return Response.ok(ImportReport.of(items, List.of())).build();
    }

    /** RFC 7240: preferences are comma-separated tokens, case-insensitive. */
    static boolean respondAsync(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String token : prefer.split(",")) {
            if (token.strip().toLowerCase(Locale.ROOT).split(";")[0].strip().equals("respond-async")) {
                return true;
            }
        }
        return false;
    }
}
