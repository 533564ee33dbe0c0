package io.raqib.common;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code format} query parameter of the exports: csv (the default) or ndjson. */
public class ExportFormat {
    @QueryParam("format")
    @Parameter(description = "csv (default) or ndjson",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "ndjson"}, defaultValue = "csv"))
    public String format;

    /** "csv" or "ndjson", in whatever case and spacing it was asked for; a 400 problem for anything else. */
    public String wanted() {
        String wanted = format == null || format.isBlank() ? "csv" : format.strip().toLowerCase(Locale.ROOT);
        if (!wanted.equals("csv") && !wanted.equals("ndjson")) {
            throw ProblemException.badRequest("format must be csv or ndjson, not '" + format + "'");
        }
        return wanted;
    }
}
