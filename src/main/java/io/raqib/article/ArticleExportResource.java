package io.raqib.article;

import io.raqib.common.ExportFormat;
import io.raqib.common.Problem;
import io.raqib.common.RowExport;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/articles/export")
@Tag(name = "Articles")
public class ArticleExportResource {

    @GET
    @Produces({RowExport.CSV, RowExport.NDJSON})
    @Operation(operationId = "exportArticles", summary = "Export articles",
            description = "Every article matching the filters of GET /articles, in id order, streamed from the "
                    + "database a page at a time (any size of archive, bounded memory): CSV (UTF-8 with a byte order "
                    + "mark so spreadsheets read the Arabic, header row, RFC 4180 quoting; keywords joined by ` | `) "
                    + "or NDJSON (one Article JSON object per line).")
    @APIResponse(responseCode = "200", description = "The articles", content = {
            @Content(mediaType = RowExport.CSV, schema = @Schema(type = SchemaType.STRING), examples =
            @ExampleObject(name = "csv", ref = "articlesCsv")),
            @Content(mediaType = RowExport.NDJSON, schema = @Schema(type = SchemaType.STRING), examples =
            @ExampleObject(name = "ndjson", ref = "articlesNdjson"))})
    @APIResponse(responseCode = "400", description = "Unknown format, or an invalid filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(
            @BeanParam ExportFormat format, @BeanParam ArticleFilter filter) {
        String wanted = format.wanted();
        return ArticleExports.of(filter).response(wanted, "raqib-articles");
    }
}
