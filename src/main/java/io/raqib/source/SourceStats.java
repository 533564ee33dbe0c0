package io.raqib.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SourceStats", description = "A source's track record: what it published, and the deadlines it "
        + "announced and how they fared")
public record SourceStats(
        @Schema(example = "17") Long sourceId,
        @Schema(example = "البنتاغون") String name,
        @Schema(description = "Articles this source published (as their outlet)", example = "12") long articlesPublished,
        @Schema(description = "Deadlines this source announced (linked announcer)", example = "4") long deadlinesAnnounced,
        @Schema(description = "Deadlines in the articles it published, whoever announced them", example = "6")
        long deadlinesRelayed,
        @Schema(description = "Announced deadlines still ahead", example = "1") long deadlinesUpcoming,
        @Schema(description = "Announced deadlines whose date came without a later announcement moving it",
                example = "1") long deadlinesKept,
        @Schema(description = "Announced deadlines a later announcement moved to a later date", example = "2")
        long deadlinesPostponed,
        @Schema(description = "Announced deadlines a later announcement replaced with an earlier date", example = "0")
        long deadlinesSuperseded) {
}
