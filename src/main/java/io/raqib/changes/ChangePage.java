package io.raqib.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the changes feed and the cursor that resumes after it. */
@Schema(name = "ChangePage")
public record ChangePage(
        @Schema(required = true) List<ChangeItem> items,
        @Schema(description = "Pass as since= to read the changes after these; the same cursor when there were none",
                example = "1042-0", required = true) String cursor) {
}
