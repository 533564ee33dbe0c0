package io.raqib.changes;

import io.raqib.common.Problem;
import io.raqib.common.ProblemException;
import io.raqib.config.RaqibConfig;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/changes")
@Tag(name = "Changes", description = "Every create, update and delete, in commit order, for dashboards and sync")
public class ChangesResource {
    static final int MAX_LIMIT = 1000;

    @Inject
    ChangeFeed feed;

    @Inject
    RaqibConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listChanges", summary = "Changes since a cursor",
            description = "Every create, update and delete of articles, claims, deadlines and sources, in the order "
                    + "they were committed, oldest first. Start without `since` (the whole archive: every live record "
                    + "appears at least once), then pass the `cursor` of each answer as `since`: the next page starts "
                    + "exactly after the last change read, with nothing skipped or repeated, whatever other writers "
                    + "do meanwhile. `op` is `upsert` (read the record again) or `delete` (it is gone). Deletions "
                    + "stay listed for raqib.changes.retention (30 days by default); a cursor older than a deletion "
                    + "the feed no longer holds is answered 410, and the client reads the feed again from the start. "
                    + "With `Accept: text/event-stream` the answer is a live stream instead: one `change` event per "
                    + "change (data: a Change; id: its cursor, so `Last-Event-ID` resumes), starting after `since` "
                    + "or, without it, with the next change made.")
    @APIResponse(responseCode = "200", description = "The changes after `since`, and the cursor after them", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class),
                    examples = @ExampleObject(name = "changes", ref = "changesPage")),
            @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "stream", ref = "changesStream"))})
    @APIResponse(responseCode = "400", description = "A cursor this feed did not give, or a limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad cursor", ref = "changesBadCursor")))
    @APIResponse(responseCode = "410", description = "The cursor is older than a deletion the feed no longer keeps",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChangePage list(
            @QueryParam("since") @Parameter(description = "The cursor of the previous answer; none to start from the "
                    + "beginning", example = "1042-0") String since,
            @QueryParam("limit") @Parameter(description = "Most changes in the answer (1–1000, default 100)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
            Integer limit) {
        return feed.page(since, limit(limit));
    }

    /** The same resource as a live stream (GET /changes with Accept: text/event-stream; documented above). */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(hidden = true)
    @Blocking
    public Multi<OutboundSseEvent> stream(@QueryParam("since") String since,
            @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        String resumeFrom = lastEventId != null && !lastEventId.isBlank() ? lastEventId.strip() : since;
        AtomicLong cursor = new AtomicLong(feed.start(resumeFrom));
        return Multi.createFrom().ticks().every(config.changes().streamPollInterval())
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> Uni.createFrom()
                        .item(() -> feed.after(cursor.get(), MAX_LIMIT).changes())
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .onItem().transformToIterable(changes -> {
                    if (!changes.isEmpty()) {
                        cursor.set(changes.get(changes.size() - 1).seq());
                    }
                    return changes;
                })
                .map(change -> sse.newEventBuilder().name("change").id(change.cursor())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(ChangeItem.class, change.item()).build());
    }

    private static int limit(Integer limit) {
        if (limit == null) {
            return 100;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        return limit;
    }
}
