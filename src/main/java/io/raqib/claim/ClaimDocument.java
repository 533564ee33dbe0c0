package io.raqib.claim;

import io.raqib.common.Codes;

/**
 * What the claims index holds for a claim; rebuilt from the database like every document. It holds
 * every field a claim filter or sort reads, so that a full-text query filters and pages there alone.
 */
public record ClaimDocument(
        Long id,
        Long articleId,
        String sentence,
        String text,
        String attribution,
        Long value,
        String qualifier,
        String force,
        String country,
        String place,
        String placeKey,
        String kind,
        String asOf,
        String asOfDate,
        Long attributedToId,
        Long reportedById,
        Long outletId,
        String stance,
        String origin,
        String review,
        double confidence,
        String updatedAt) {

    public static ClaimDocument of(Claim c) {
        return new ClaimDocument(c.id, c.article.id, c.sentence, c.text, c.attribution, c.figureValue,
                Codes.code(c.qualifier), c.force, c.country, c.place, c.placeKey, Codes.code(c.kind), c.asOf,
                c.asOfDate == null ? null : c.asOfDate.toString(),
                c.attributedTo == null ? null : c.attributedTo.id,
                c.reportedBy == null ? null : c.reportedBy.id,
                c.article.outlet == null ? null : c.article.outlet.id,
                Codes.code(c.stance), Codes.code(c.origin), Codes.code(c.review), c.confidence,
                c.updatedAt == null ? null : c.updatedAt.toString());
    }
}
