package io.raqib.changes;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change in the feed: which record, whether it now exists (upsert) or is gone (delete), and when. */
@Schema(name = "Change")
public record ChangeItem(
        @Schema(description = "The kind of record", enumeration = {"article", "claim", "deadline", "source"},
                example = "article", required = true) String type,
        @Schema(description = "The record's id", example = "12", required = true) long id,
        @Schema(description = "upsert: created or changed, read it again; delete: it is gone",
                enumeration = {"upsert", "delete"}, example = "upsert", required = true) String op,
        @Schema(description = "When the change was made", example = "2026-11-22T06:41:22.187Z", required = true)
        Instant at) {
}
