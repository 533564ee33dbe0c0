package io.raqib.claim;

import io.raqib.common.Codes;

/**
 * What the claims index holds for a claim; rebuilt from the database like every document. It holds
 * every field a claim filter or sort reads, so that a full-text query filters and pages there alone,
 * and every field the claim's view shows (stored, not searched), so that the page is served from the
 * hits without reading the claims again ({@link #complete}).
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
        String updatedAt,
        String field,
        int start,
        int end,
        Long low,
        Long high,
        String vague,
        String originator,
        String reporter,
        String attributedToName,
        String reportedByName,
        String outletName,
        String publishedAt,
        String figureGroup,
        String reviewNote,
        String extracted,
        String createdAt) {

    public static ClaimDocument of(Claim c) {
        return new ClaimDocument(c.id, c.article.id, c.sentence, c.text, c.attribution, c.figureValue,
                Codes.code(c.qualifier), c.force, c.country, c.place, c.placeKey, Codes.code(c.kind), c.asOf,
                c.asOfDate == null ? null : c.asOfDate.toString(),
                c.attributedTo == null ? null : c.attributedTo.id,
                c.reportedBy == null ? null : c.reportedBy.id,
                c.article.outlet == null ? null : c.article.outlet.id,
                Codes.code(c.stance), Codes.code(c.origin), Codes.code(c.review), c.confidence,
                c.updatedAt == null ? null : c.updatedAt.toString(),
                Codes.code(c.field), c.start, c.end, c.low, c.high, c.vague, c.originator, c.reporter,
                c.attributedTo == null ? null : c.attributedTo.name, c.reportedBy == null ? null : c.reportedBy.name,
                c.article.outlet == null ? null : c.article.outlet.name,
                c.article.publishedAt == null ? null : c.article.publishedAt.toString(),
                c.figureGroup, c.reviewNote, c.extracted, c.createdAt == null ? null : c.createdAt.toString());
    }

    /**
     * Whether the document holds the whole view: documents indexed before the view's fields were
     * added lack them (until the index is rebuilt), and their claims are read from the database.
     */
    public boolean complete() {
        return createdAt != null;
    }
}
