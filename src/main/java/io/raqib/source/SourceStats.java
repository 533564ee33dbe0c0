package io.raqib.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SourceStats", description = "A source's track record: what it published, the claims it originated "
        + "and relayed and how reviewers judged them, and the deadlines it announced and how they fared")
public record SourceStats(
        @Schema(example = "17") Long sourceId,
        @Schema(example = "البنتاغون") String name,
        @Schema(description = "Articles this source published (as their outlet)", example = "12") long articlesPublished,
        @Schema(description = "Claims it originated (first in their attribution chain)", example = "9")
        long claimsOriginated,
        @Schema(description = "Claims it relayed as reporter (e.g. نقلت شبكة CBS عن مسؤولين)", example = "5")
        long claimsRelayed,
        @Schema(description = "Claims in the articles it published, whoever said them", example = "20")
        long claimsInArticles,
        @Schema(description = "Of the claims it originated: confirmed by a reviewer", example = "3")
        long claimsConfirmed,
        @Schema(description = "Of the claims it originated: rejected by a reviewer", example = "1") long claimsRejected,
        @Schema(description = "Of the claims it originated: corrected by a reviewer", example = "1")
        long claimsCorrected,
        @Schema(description = "Of the claims it originated: those in a conflict (GET /claims/conflicts, configured "
                + "window, rejected claims left out) whose other side has a claim from another originator or none",
                example = "2") long claimsInConflict,
        @Schema(description = "Deadlines this source announced (linked announcer)", example = "4") long deadlinesAnnounced,
        @Schema(description = "Deadlines in the articles it published, whoever announced them", example = "6")
        long deadlinesRelayed,
        @Schema(description = "Deadlines it relayed as reporter (the medium between announcer and outlet)",
                example = "2") long deadlinesReported,
        @Schema(description = "Announced deadlines still ahead", example = "1") long deadlinesUpcoming,
        @Schema(description = "Announced deadlines whose date came without a later announcement moving it",
                example = "1") long deadlinesKept,
        @Schema(description = "Announced deadlines a later announcement moved to a later date", example = "2")
        long deadlinesPostponed,
        @Schema(description = "Announced deadlines a later announcement replaced with an earlier date", example = "0")
        long deadlinesSuperseded) {
}
