package io.raqib.admin;

import io.raqib.common.Problem;
import io.raqib.search.OutboxIndexer;
import io.raqib.search.SearchIndex;
import io.raqib.search.SearchUnavailableException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Search index maintenance")
public class AdminResource {
    @Inject
    SearchIndex index;

    @Inject
    OutboxIndexer indexer;

    @POST
    @Path("reindex")
    @Operation(operationId = "reindexSearch", summary = "Rebuild the search indices from the database",
            description = "For each index (articles, …) builds the next version, loads every document into it, "
                    + "then moves the alias to it in one step; searches keep answering from the old one meanwhile. "
                    + "One rebuild at a time across all replicas (a lease in the database): another request "
                    + "meanwhile is answered 409.")
    @APIResponse(responseCode = "200", description = "Per index: the new version and how many documents it holds",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SearchIndex.ReindexReport.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is already running on this or another replica",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Elasticsearch is unreachable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SearchIndex.ReindexReport> reindex() {
        try {
            return index.reindexAll();
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        }
    }

    @Schema(name = "OutboxStatus")
    public record OutboxStatus(
            @Schema(description = "Changes not yet in the search index", example = "0") long pending,
            @Schema(nullable = true) Instant oldest,
            @Schema(nullable = true, description = "Why the indexer is waiting, if it is") String lastFailure,
            @Schema(nullable = true) Instant retryAt) {
    }

    @GET
    @Path("outbox")
    @Operation(operationId = "getOutboxStatus", summary = "Indexing backlog", description = "How far the search index is behind the archive.")
    @APIResponse(responseCode = "200", description = "The backlog",
            content = @Content(schema = @Schema(implementation = OutboxStatus.class)))
    public OutboxStatus outbox() {
        OutboxIndexer.Backlog backlog = indexer.backlog();
        return new OutboxStatus(backlog.pending(), backlog.oldest(), backlog.lastFailure(), backlog.retryAt());
    }
}
