package io.raqib.deadline;

import io.raqib.article.ArticleField;
import io.raqib.deadline.extraction.DeadlineModifier;
import io.raqib.deadline.extraction.DeadlineQualifier;
import io.raqib.deadline.extraction.DeadlineSubject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadlineInput", description = "A deadline a person adds: where it stands in an article, and what it says. "
        + "text and sentence are taken from the article at the offsets.")
public record DeadlineInput(
        @NotNull(message = "articleId is required") @Schema(example = "7") Long articleId,
        @NotNull(message = "field is required")
        @Schema(type = SchemaType.STRING, enumeration = {"title", "body"}, example = "body") ArticleField field,
        @NotNull(message = "start is required") @PositiveOrZero(message = "start must not be negative")
        @Schema(example = "31") Integer start,
        @NotNull(message = "end is required") @Schema(example = "62") Integer end,
        @Schema(type = SchemaType.STRING, nullable = true, description = "2029, 2025-09 or 2025-09-30",
                example = "2026-09") String due,
        @Size(max = 300, message = "dueText has at most 300 characters")
        @Schema(nullable = true, example = "أيلول/سبتمبر 2026") String dueText,
        @Schema(type = SchemaType.STRING, nullable = true, enumeration = {"early", "mid", "late", "end"},
                example = "end") DeadlineModifier modifier,
        @Size(max = 300, message = "relative has at most 300 characters")
        @Schema(nullable = true, description = "The relative expression, when the date is relative or vague",
                example = "خلال الأشهر المقبلة") String relative,
        @NotNull(message = "subject is required")
        @Schema(type = SchemaType.STRING, enumeration = {"withdrawal", "mission_end", "presence_until", "deployment",
                "other"}, example = "withdrawal") DeadlineSubject subject,
        @Schema(type = SchemaType.STRING, nullable = true, enumeration = {"at_least", "proposed"})
        DeadlineQualifier qualifier,
        @Schema(nullable = true, description = "Force code (US, COALITION, ISIS, …)", example = "US") String force,
        @Schema(nullable = true, description = "ISO 3166-1 alpha-2", example = "SY") String country,
        @Size(max = 300, message = "announcedBy has at most 300 characters")
        @Schema(nullable = true, example = "البنتاغون") String announcedBy) {
}
