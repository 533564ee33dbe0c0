package io.raqib.claim;

import io.raqib.common.Codes;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.raqib.source.AttributionView;
import io.raqib.source.SourceRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Claim", description = "A troop figure as one text states it, with the offsets of its evidence")
public record ClaimView(
        @Schema(example = "42") Long id,
        @Schema(example = "7") Long articleId,
        @Schema(description = "The article field the offsets point into", enumeration = {"title", "body"},
                example = "body") String field,
        @Schema(description = "Start offset (UTF-16 code units) into the field", example = "68") int start,
        @Schema(description = "End offset, exclusive: field.substring(start, end) equals text", example = "77") int end,
        @Schema(example = "2000 جندي") String text,
        @Schema(example = "ذكرت وزارة الدفاع الأمريكية أن عدد الجنود الأمريكيين في سوريا يبلغ 2000 جندي، وفقا لشبكة سي إن إن.")
        String sentence,
        @Schema(nullable = true, description = "The number; null for a vague quantity (عشرات) or a range",
                example = "2000") Long value,
        @Schema(nullable = true, description = "Lower bound, when the text gives one", example = "2000") Long low,
        @Schema(nullable = true, description = "Upper bound, when the text gives one", example = "2000") Long high,
        @Schema(enumeration = {"exact", "approx", "more_than", "less_than", "at_least", "at_most", "range"},
                example = "exact") String qualifier,
        @Schema(nullable = true, description = "Order of magnitude of a vague quantity (عشرات → tens)",
                example = "hundreds") String vague,
        @Schema(nullable = true, enumeration = {"US", "COALITION", "ISIS", "SDF", "SYRIAN_GOV", "IRAQI", "PESHMERGA",
                "PMF", "TURKISH", "RUSSIAN", "IRANIAN", "HTS", "NATO", "BRITISH", "FRENCH", "GERMAN",
                "ITALIAN", "SPANISH", "DUTCH", "JORDANIAN", "AUSTRALIAN", "CANADIAN", "DANISH", "NORWEGIAN", "BELGIAN", "FINNISH", "POLISH", "NEW_ZEALAND", "HUNGARIAN", "PORTUGUESE", "JAPANESE", "GEORGIAN", "SOUTH_KOREAN",
                "ROMANIAN", "SWEDISH", "LATVIAN", "CZECH", "ESTONIAN", "LITHUANIAN", "UKRAINIAN", "BULGARIAN",
                "SLOVAK", "ALBANIAN", "MONGOLIAN", "SALVADORAN", "AZERBAIJANI", "ARMENIAN", "KAZAKH", "MACEDONIAN", "ISRAELI", "UN", "IRISH", "AUSTRIAN", "NEPALESE", "FIJIAN", "FILIPINO", "CROATIAN",
                "INDIAN",
                "OTHER"}, example = "US") String force,
        @Schema(nullable = true, description = "ISO 3166-1 alpha-2", example = "SY") String country,
        @Schema(nullable = true, example = "التنف") String place,
        @Schema(enumeration = {"presence", "deployment", "withdrawal", "target", "casualties", "detained", "transfer",
                "other"}, example = "presence") String kind,
        @Schema(nullable = true, description = "The date the figure holds for, with the precision the text gave",
                example = "2024-12") String asOf,
        @Schema(nullable = true, description = "Who the text says the figure comes from, as written",
                example = "شبكة سي إن إن") String attribution,
        @Schema(nullable = true, description = "The originator source the attribution names") SourceRef attributedTo,
        @Schema(description = "The attribution chain: originator, reporter and outlet (e.g. CBS relaying anonymous "
                + "military officials, published by الخليج الجديد)", example = "{\"originator\": {\"id\": null, "
                + "\"name\": null, \"text\": \"مسؤولين عسكريين\", \"anonymous\": true}, \"reporter\": {\"id\": 12, "
                + "\"name\": \"سي بي إس\", \"text\": \"شبكة CBS\", \"anonymous\": false}, \"outlet\": {\"id\": 3, "
                + "\"name\": \"الخليج الجديد\", \"text\": null, \"anonymous\": false}}")
        AttributionView attributionChain,
        @Schema(enumeration = {"asserted", "denied"}, example = "asserted") String stance,
        @Schema(description = "0..1", example = "0.9") double confidence,
        @Schema(enumeration = {"extracted", "manual"}, example = "extracted") String origin,
        @Schema(enumeration = {"unreviewed", "confirmed", "rejected", "corrected"}, example = "unreviewed") String review,
        @Schema(nullable = true, description = "Repeated mentions of one figure in an article share it", example = "7:g1")
        String group,
        @Schema(nullable = true, example = "الرقم مؤكد من بيان البنتاغون") String reviewNote,
        @Schema(nullable = true, description = "The extractor's values, kept when a person corrected the claim",
                example = "{\"value\": 200, \"qualifier\": \"exact\", \"kind\": \"presence\"}")
        Map<String, Object> extracted,
        @Schema(nullable = true, description = "The outlet that published the article") SourceRef outlet,
        @Schema(nullable = true, example = "2024-12-20") LocalDate publishedAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true, description = "Independent originators and echoing outlets behind this figure: "
                + "the not rejected claims about the same force, country, place and kind, with the same stance and "
                + "as-of period, whose figures agree (see Confirmations). Null where not computed: exports, feeds, the claims inside a conflict (its sides carry their own).")
        Confirmations confirmations) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The claim without its confirmations (exports, feeds). */
    public static ClaimView of(Claim c) {
        return of(c, null);
    }

    public static ClaimView of(Claim c, Confirmations confirmations) {
        return new ClaimView(c.id, c.article.id, Codes.code(c.field), c.start, c.end, c.text, c.sentence,
                c.figureValue, c.low, c.high, Codes.code(c.qualifier), c.vague, c.force, c.country, c.place,
                Codes.code(c.kind), c.asOf, c.attribution, SourceRef.of(c.attributedTo),
                AttributionView.of(c.originator, c.attributedTo, c.reporter, c.reportedBy, c.article.outlet),
                Codes.code(c.stance), c.confidence, Codes.code(c.origin), Codes.code(c.review),
                c.figureGroup, c.reviewNote, snapshot(c.extracted), SourceRef.of(c.article.outlet), c.article.publishedAt,
                c.createdAt, c.updatedAt, confirmations);
    }

    /** The claim as its search document holds it ({@link ClaimDocument#complete}), with its confirmations. */
    public static ClaimView of(ClaimDocument d, Confirmations confirmations) {
        SourceRef attributedTo = ref(d.attributedToId(), d.attributedToName());
        SourceRef outlet = ref(d.outletId(), d.outletName());
        return new ClaimView(d.id(), d.articleId(), d.field(), d.start(), d.end(), d.text(), d.sentence(), d.value(),
                d.low(), d.high(), d.qualifier(), d.vague(), d.force(), d.country(), d.place(), d.kind(), d.asOf(),
                d.attribution(), attributedTo,
                AttributionView.of(d.originator(), attributedTo, d.reporter(), ref(d.reportedById(), d.reportedByName()),
                        outlet),
                d.stance(), d.confidence(), d.origin(), d.review(), d.figureGroup(), d.reviewNote(),
                snapshot(d.extracted()), outlet, d.publishedAt() == null ? null : LocalDate.parse(d.publishedAt()),
                Instant.parse(d.createdAt()), d.updatedAt() == null ? null : Instant.parse(d.updatedAt()), confirmations);
    }

    private static SourceRef ref(Long id, String name) {
        return id == null ? null : new SourceRef(id, name);
    }

    static Map<String, Object> snapshot(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, new TypeReference<>() {
            });
        } catch (Exception e) {
            return Map.of("raw", json);
        }
    }
}
