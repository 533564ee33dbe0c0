package io.raqib.deadline;

import io.raqib.common.Review;
import io.raqib.deadline.extraction.DeadlineModifier;
import io.raqib.deadline.extraction.DeadlineQualifier;
import io.raqib.deadline.extraction.DeadlineSubject;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A deadline's correctable fields as the API writes them: the current values a merge patch is
 * merged into ({@link io.raqib.common.MergePatch}), and the shape of a PATCH body in the contract.
 * After the merge every component is present; empty means null (cleared). Its constraints are
 * those of a new deadline ({@link DeadlineInput}); the merged patch is checked against them.
 * Any change marks the deadline {@code corrected} unless {@code review} is given.
 */
@Schema(name = "DeadlinePatch", description = "Fields to correct; absent fields stay, null clears (merge patch). "
        + "A correction marks the deadline reviewed as corrected, and re-extraction never overwrites it.")
public record DeadlinePatch(
        @Schema(type = SchemaType.STRING, nullable = true, example = "2026-09") Optional<String> due,
        @Schema(type = SchemaType.STRING, nullable = true, example = "أيلول/سبتمبر 2026")
        Optional<@Size(max = 300, message = "dueText has at most 300 characters") String> dueText,
        @Schema(type = SchemaType.STRING, nullable = true, enumeration = {"early", "mid", "late", "end"})
        Optional<DeadlineModifier> modifier,
        @Schema(type = SchemaType.STRING, nullable = true, example = "خلال الأشهر المقبلة")
        Optional<@Size(max = 300, message = "relative has at most 300 characters") String> relative,
        @Schema(type = SchemaType.STRING, enumeration = {"withdrawal", "mission_end", "presence_until", "deployment",
                "other"}) Optional<DeadlineSubject> subject,
        @Schema(type = SchemaType.STRING, nullable = true, enumeration = {"at_least", "proposed"})
        Optional<DeadlineQualifier> qualifier,
        @Schema(type = SchemaType.STRING, nullable = true, example = "US") Optional<String> force,
        @Schema(type = SchemaType.STRING, nullable = true, example = "IQ") Optional<String> country,
        @Schema(type = SchemaType.STRING, nullable = true, example = "وزارة الدفاع الأمريكية")
        Optional<@Size(max = 300, message = "announcedBy has at most 300 characters") String> announcedBy,
        @Schema(type = SchemaType.STRING, enumeration = {"unreviewed", "confirmed", "rejected", "corrected"},
                example = "confirmed") Optional<Review> review) {
    static final List<String> FIELDS = List.of("due", "dueText", "modifier", "relative", "subject", "qualifier",
            "force", "country", "announcedBy", "review");

    static DeadlinePatch of(Deadline d) {
        return new DeadlinePatch(Optional.ofNullable(d.dueIso), Optional.ofNullable(d.dueText),
                Optional.ofNullable(d.modifier), Optional.ofNullable(d.relative), Optional.ofNullable(d.subject),
                Optional.ofNullable(d.qualifier), Optional.ofNullable(d.force), Optional.ofNullable(d.country),
                Optional.ofNullable(d.announcedBy), Optional.ofNullable(d.review));
    }
}
