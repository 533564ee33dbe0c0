package io.raqib.deadline;

import io.raqib.common.Review;
import io.raqib.common.Origin;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.raqib.arabic.ReducedDate;
import io.raqib.article.ArticleSummary;
import io.raqib.article.ArticleField;
import io.raqib.deadline.extraction.DeadlineQualifier;
import io.raqib.deadline.extraction.DeadlineSubject;
import io.raqib.source.AttributionView;
import io.raqib.source.SourceRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Deadline", description = "An announced date for a troop presence, withdrawal, mission end or "
        + "deployment, with where it was read and where it stands")
public record DeadlineView(
        @Schema(example = "12") Long id,
        @Schema(example = "7") Long articleId,
        @Schema(type = SchemaType.STRING, enumeration = {"title", "body"}, example = "body") ArticleField field,
        @Schema(description = "Offset of the first character of text in the field", example = "31") int start,
        @Schema(description = "Offset after the last character of text in the field", example = "62") int end,
        @Schema(example = "تنتهي بحلول أيلول/سبتمبر 2025") String text,
        @Schema(example = "أعلن التحالف الدولي أن مهمته العسكرية في بغداد تنتهي بحلول أيلول/سبتمبر 2025.") String sentence,
        @Schema(type = SchemaType.STRING, nullable = true, description = "ISO 8601 at the precision the text "
                + "gave (2029, 2025-09, 2025-09-30); null when a relative period could not be resolved",
                example = "2025-09") ReducedDate due,
        @Schema(nullable = true, example = "أيلول/سبتمبر 2025") String dueText,
        @Schema(type = SchemaType.STRING, enumeration = {"withdrawal", "mission_end", "presence_until", "deployment",
                "other"}, example = "mission_end") DeadlineSubject subject,
        @Schema(type = SchemaType.STRING, nullable = true, enumeration = {"at_least", "proposed"})
        DeadlineQualifier qualifier,
        @Schema(nullable = true, example = "COALITION") String force,
        @Schema(nullable = true, example = "IQ") String country,
        @Schema(nullable = true, description = "The announcer as the text names it", example = "التحالف الدولي")
        String announcedBy,
        @Schema(nullable = true, description = "The registered source the announcer was linked to") SourceRef announcer,
        @Schema(description = "The attribution chain: originator (the announcer), reporter and outlet",
                example = "{\"originator\": {\"id\": 5, \"name\": \"القيادة المركزية الأمريكية\", "
                + "\"text\": \"القيادة المركزية الأمريكية (سنتكوم)\", \"anonymous\": false}, \"reporter\": {\"id\": 2, "
                + "\"name\": \"وكالة الأنباء العراقية\", \"text\": \"وكالة الأنباء العراقية (واع)\", \"anonymous\": false}, "
                + "\"outlet\": {\"id\": 7, \"name\": \"شفق نيوز\", \"text\": null, \"anonymous\": false}}")
        AttributionView attributionChain,
        @Schema(type = SchemaType.STRING, enumeration = {"upcoming", "passed", "postponed", "superseded"},
                example = "postponed") DeadlineStatus status,
        @Schema(type = SchemaType.STRING, enumeration = {"extracted", "manual"}, example = "extracted") Origin origin,
        @Schema(type = SchemaType.STRING, enumeration = {"unreviewed", "confirmed", "rejected", "corrected"},
                example = "unreviewed") Review review,
        @Schema(nullable = true, example = "0.9") Double confidence,
        @Schema(nullable = true, description = "Publication date of the announcing article", example = "2024-09-27")
        LocalDate announcedOn,
        @Schema(nullable = true, description = "The earlier deadline of the chain this one postponed or superseded",
                example = "9") Long previousId,
        @Schema(nullable = true, description = "The earlier announcement of the same date this one confirms")
        Long confirmsId,
        @Schema(description = "How many later announcements, in other articles, gave the same date", example = "1")
        long confirmations,
        @Schema(description = "The announcing article") ArticleSummary article,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, description = "GET /deadlines/{id} only: every deadline about the same force, country "
                + "and subject, in announcement order, each with its article")
        List<DeadlineView> chain,
        Instant createdAt,
        Instant updatedAt) {

    public static DeadlineView of(Deadline d, LocalDate today, long confirmations, List<DeadlineView> chain) {
        return new DeadlineView(d.id, d.article.id, d.field, d.start, d.end, d.text, d.sentence, d.due(), d.dueText,
                d.subject, d.qualifier, d.force, d.country, d.announcedBy, SourceRef.of(d.announcer),
                AttributionView.of(d.originator, d.announcer, d.reporter, d.reportedBy, d.article.outlet), d.statusOn(today),
                d.origin, d.review, d.confidence, d.announcedOn, d.previousId, d.confirmsId, confirmations,
                ArticleSummary.of(d.article), chain, d.createdAt, d.updatedAt);
    }
}
