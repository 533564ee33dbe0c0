package io.raqib.admin;

import io.raqib.claim.ClaimIngest;
import io.raqib.deadline.DeadlineIngest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One re-extraction run: the claim counts at the top level, the deadline counts under {@code deadlines}. */
@Schema(name = "ReextractReport", description = "What a re-extraction changed")
public record ReextractReport(
        @Schema(description = "Articles read", example = "12") long articles,
        @Schema(description = "New claims", example = "5") long added,
        @Schema(description = "Unreviewed extracted claims whose values changed in place", example = "2") long updated,
        @Schema(description = "Unreviewed extracted claims found again as they were", example = "30") long unchanged,
        @Schema(description = "Unreviewed extracted claims the extractor no longer finds", example = "1") long removed,
        @Schema(description = "Manual or reviewed claims left as people made them", example = "4") long kept,
        @Schema(description = "Figures not added because a kept claim already covers their text", example = "3")
        long skipped,
        @Schema(description = "Kept claims whose offsets moved to where their text now is (after an edit)",
                example = "0") long relocated,
        @Schema(description = "Kept claims whose text is no longer in the article (after an edit)", example = "0")
        long stale,
        @Schema(nullable = true, description = "What the same run did to the deadlines")
        DeadlineIngest.Report deadlines) {

    static ReextractReport of(ClaimIngest.Report claims, DeadlineIngest.Report deadlines) {
        return new ReextractReport(claims.articles(), claims.added(), claims.updated(), claims.unchanged(),
                claims.removed(), claims.kept(), claims.skipped(), claims.relocated(), claims.stale(), deadlines);
    }
}
