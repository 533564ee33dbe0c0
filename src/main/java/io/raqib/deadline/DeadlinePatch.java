package io.raqib.deadline;

import io.raqib.deadline.extraction.DeadlineModifier;
import io.raqib.deadline.extraction.DeadlineQualifier;
import io.raqib.deadline.extraction.DeadlineSubject;
import io.raqib.common.ProblemException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A correction (JSON merge patch): a field left out is unchanged, a field set to null is cleared.
 * Any change marks the deadline {@code corrected} unless {@code review} is given.
 */
@Schema(name = "DeadlinePatch", description = "Fields to correct; absent fields stay, null clears (merge patch). "
        + "A correction marks the deadline reviewed as corrected, and re-extraction never overwrites it.")
public record DeadlinePatch(
        @Schema(type = SchemaType.STRING, nullable = true, example = "2026-09") Optional<String> due,
        @Schema(type = SchemaType.STRING, nullable = true, example = "أيلول/سبتمبر 2026") Optional<String> dueText,
        @Schema(type = SchemaType.STRING, nullable = true, enumeration = {"early", "mid", "late", "end"})
        Optional<DeadlineModifier> modifier,
        @Schema(type = SchemaType.STRING, nullable = true, example = "خلال الأشهر المقبلة") Optional<String> relative,
        @Schema(type = SchemaType.STRING, enumeration = {"withdrawal", "mission_end", "presence_until", "deployment",
                "other"}) Optional<DeadlineSubject> subject,
        @Schema(type = SchemaType.STRING, nullable = true, enumeration = {"at_least", "proposed"})
        Optional<DeadlineQualifier> qualifier,
        @Schema(type = SchemaType.STRING, nullable = true, example = "US") Optional<String> force,
        @Schema(type = SchemaType.STRING, nullable = true, example = "IQ") Optional<String> country,
        @Schema(type = SchemaType.STRING, nullable = true, example = "وزارة الدفاع الأمريكية") Optional<String> announcedBy,
        @Schema(type = SchemaType.STRING, enumeration = {"unreviewed", "confirmed", "rejected", "corrected"},
                example = "confirmed") Optional<Review> review) {
    private static final java.util.List<String> FIELDS = java.util.List.of("due", "dueText", "modifier", "relative",
            "subject", "qualifier",
            "force", "country", "announcedBy", "review");

    /**
     * Reads a patch from JSON, keeping "absent" (null component) apart from "null" (empty Optional),
     * which a record deserialiser cannot do.
     */
    public static DeadlinePatch from(com.fasterxml.jackson.databind.JsonNode json) {
        if (json == null || !json.isObject()) {
            throw ProblemException.badRequest("the body must be a JSON object of fields to correct");
        }
        json.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw ProblemException.badRequest("unknown field '" + name + "'; a patch may hold " + FIELDS);
            }
        });
        return new DeadlinePatch(text(json, "due"), text(json, "dueText"),
                code(json, "modifier", DeadlineModifier.values(), DeadlineModifier::code), text(json, "relative"),
                code(json, "subject", DeadlineSubject.values(), DeadlineSubject::code),
                code(json, "qualifier", DeadlineQualifier.values(), DeadlineQualifier::code),
                text(json, "force"), text(json, "country"), text(json, "announcedBy"),
                code(json, "review", Review.values(), Review::code));
    }

    private static Optional<String> text(com.fasterxml.jackson.databind.JsonNode json, String name) {
        if (!json.has(name)) {
            return null;
        }
        com.fasterxml.jackson.databind.JsonNode value = json.get(name);
        if (value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw ProblemException.badRequest("field '" + name + "' must be a string or null");
        }
        return Optional.of(value.asText());
    }

    private static <E> Optional<E> code(com.fasterxml.jackson.databind.JsonNode json, String name, E[] values,
            java.util.function.Function<E, String> codeOf) {
        Optional<String> written = text(json, name);
        if (written == null || written.isEmpty()) {
            return written == null ? null : Optional.empty();
        }
        for (E value : values) {
            if (codeOf.apply(value).equalsIgnoreCase(written.get().strip())) {
                return Optional.of(value);
            }
        }
        throw ProblemException.badRequest("field '" + name + "' must be one of "
                + java.util.Arrays.stream(values).map(codeOf).toList() + ", not '" + written.get() + "'");
    }
}
