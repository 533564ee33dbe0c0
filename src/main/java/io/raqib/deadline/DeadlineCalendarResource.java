package io.raqib.deadline;

import io.raqib.common.Problem;
import io.raqib.config.RaqibConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The deadlines as a calendar a newsroom subscribes to. */
@Path("/deadlines.ics")
@Tag(name = "Deadlines")
public class DeadlineCalendarResource {
    @Inject
    DeadlineQueries deadlines;

    @Inject
    RaqibConfig config;

    @GET
    @Produces(DeadlineCalendar.MEDIA_TYPE + ";charset=UTF-8")
    @Operation(operationId = "deadlinesCalendar", summary = "Deadlines as an iCalendar feed",
            description = "RFC 5545: one all-day event per deadline with a resolved date, on the last day of its due "
                    + "period (when it falls due and its status turns to passed), UID `deadline-{id}@raqib`, an Arabic "
                    + "summary, and the status and sources in the description. Postponed and superseded deadlines are "
                    + "CANCELLED events, recommendations TENTATIVE. Same filters as GET /deadlines, without paging.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = DeadlineCalendar.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile
                    .openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "one event", ref = "deadlinesCalendarEvent")))
    @APIResponse(responseCode = "400", description = "Invalid filter, or asKnownAt not a past instant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response calendar(@BeanParam DeadlineFilter filter) {
        String body = DeadlineCalendar.render(deadlines.calendar(filter, config.deadlines().calendarMaxEvents()),
                Instant.now());
        return Response.ok(body, DeadlineCalendar.MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"raqib-deadlines.ics\"").build();
    }
}
