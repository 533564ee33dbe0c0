package io.raqib.ingest;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportJob", description = "A background import (POST /articles/import with Prefer: respond-async) "
        + "and how far it has got")
public record ImportJobView(
        @Schema(example = "0b9c6f7e-2a41-4c1e-9d55-3f1f3c2b8e10") String id,
        @Schema(description = "queued, running, done (every line handled) or failed (the job stopped; see error)",
                enumeration = {"queued", "running", "done", "failed"}, example = "running") String state,
        @Schema(description = "Lines of the body handled so far, blank ones included", example = "1400") long linesDone,
        @Schema(description = "Articles created", example = "1390") long created,
        @Schema(description = "Lines whose article was already archived", example = "6") long duplicates,
        @Schema(description = "Lines that failed; the first of them are listed in errors", example = "4") long failed,
        @Schema(description = "The first failed lines with their reasons (at most raqib.import.max-job-errors)")
        List<LineError> errors,
        @Schema(description = "Whether more lines failed than errors lists", example = "false") boolean errorsTruncated,
        @Schema(nullable = true, description = "Why the job stopped, when it failed as a whole",
                example = "the NDJSON document has no articles") String error,
        @Schema(example = "2026-12-02T01:40:00Z") Instant createdAt,
        @Schema(nullable = true, example = "2026-12-02T01:40:01Z") Instant startedAt,
        @Schema(nullable = true, example = "2026-12-02T01:41:10Z") Instant finishedAt) {

    @Schema(name = "ImportLineError")
    public record LineError(@Schema(example = "17") int line,
                            @Schema(example = "title: title must not be blank") String reason) {
    }
}
