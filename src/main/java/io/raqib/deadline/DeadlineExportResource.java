package io.raqib.deadline;

import io.raqib.common.ExportFormat;
import io.raqib.common.Problem;
import io.raqib.common.RowExport;
import io.raqib.source.AttributionView;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/deadlines/export")
@Tag(name = "Deadlines")
public class DeadlineExportResource {
    static final List<String> COLUMNS = List.of("id", "articleId", "field", "start", "end", "text", "sentence", "due",
            "dueText", "modifier", "relative", "subject", "qualifier", "force", "country", "announcedBy", "announcerId",
            "announcer", "reporterId", "reporter", "outletId", "outlet", "status", "origin", "review", "confidence",
            "announcedOn", "previousId", "confirmsId", "confirmations", "createdAt", "updatedAt");

    @Inject
    DeadlineQueries queries;

    @GET
    @Produces({RowExport.CSV, RowExport.NDJSON})
    @Operation(operationId = "exportDeadlines", summary = "Export deadlines",
            description = "Every deadline matching the filters of GET /deadlines, in id order, streamed from the "
                    + "database a page at a time (bounded memory): CSV (UTF-8 with a byte order mark, header row, "
                    + "RFC 4180 quoting) or NDJSON (one Deadline JSON object per line).")
    @APIResponse(responseCode = "200", description = "The deadlines", content = {
            @Content(mediaType = RowExport.CSV, schema = @Schema(type = SchemaType.STRING), examples =
            @ExampleObject(name = "csv", ref = "deadlinesCsv")),
            @Content(mediaType = RowExport.NDJSON, schema = @Schema(type = SchemaType.STRING), examples =
            @ExampleObject(name = "ndjson", ref = "deadlinesNdjson"))})
    @APIResponse(responseCode = "400", description = "Unknown format, or an invalid filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(
            @BeanParam ExportFormat format, @BeanParam DeadlineFilter filter) {
        String wanted = format.wanted();
        filter.validate();
        return new RowExport<>((after, size) -> queries.after(filter, after, size), DeadlineView::id, COLUMNS,
                DeadlineExportResource::cells).response(wanted, "raqib-deadlines");
    }

    private static List<Object> cells(DeadlineView d) {
        List<Object> cells = new ArrayList<>(List.of(d.id(), d.articleId(), d.field(), d.start(), d.end()));
        cells.add(d.text());
        cells.add(d.sentence());
        cells.add(d.due());
        cells.add(d.dueText());
        cells.add(d.modifier());
        cells.add(d.relative());
        cells.add(d.subject());
        cells.add(d.qualifier());
        cells.add(d.force());
        cells.add(d.country());
        cells.add(d.announcedBy());
        cells.add(d.announcer() == null ? null : d.announcer().id());
        cells.add(d.announcer() == null ? null : d.announcer().name());
        AttributionView chain = d.attributionChain();
        cells.add(chain == null || chain.reporter() == null ? null : chain.reporter().id());
        cells.add(chain == null || chain.reporter() == null ? null : chain.reporter().name());
        cells.add(chain == null || chain.outlet() == null ? null : chain.outlet().id());
        cells.add(chain == null || chain.outlet() == null ? null : chain.outlet().name());
        cells.add(d.status());
        cells.add(d.origin());
        cells.add(d.review());
        cells.add(d.confidence());
        cells.add(d.announcedOn());
        cells.add(d.previousId());
        cells.add(d.confirmsId());
        cells.add(d.confirmations());
        cells.add(d.createdAt());
        cells.add(d.updatedAt());
        return cells;
    }
}
