package io.raqib.claim;

import io.quarkus.panache.common.Sort;
import io.raqib.common.Where;
import io.raqib.source.Source;
import io.raqib.source.SourceRegistry;
import java.util.Optional;

/** The database side of a claim filter: its conditions and its order. Full text is {@link ClaimSelection}'s. */
final class ClaimQuery {
    static final String FROM = "from Claim c";

    private ClaimQuery() {
    }

    /** The filter's conditions (q aside), or empty when a named source does not exist (nothing can match). */
    static Optional<Where> where(ClaimFilter.Parsed f) {
        Where where = new Where()
                .and("c.article.id = :articleId", "articleId", f.articleId())
                .and("c.force = :force", "force", f.force())
                .and("c.country = :country", "country", f.country())
                .and("c.placeKey = :place", "place", f.placeKey())
                .and("c.kind = :kind", "kind", f.kind())
                .and("c.qualifier = :qualifier", "qualifier", f.qualifier())
                .and("c.asOfDate >= :from", "from", f.from())
                .and("c.asOfDate <= :to", "to", f.to())
                .and("c.stance = :stance", "stance", f.stance())
                .and("c.review = :review", "review", f.review())
                .and("c.origin = :origin", "origin", f.origin());
        String[][] bySource = {{f.outlet(), "c.article.outlet = :outlet", "outlet"},
                {f.attributedTo(), "(c.attributedTo = :source or c.reportedBy = :source)", "source"},
                {f.originator(), "c.attributedTo = :originator", "originator"},
                {f.reporter(), "c.reportedBy = :reporter", "reporter"}};
        for (String[] s : bySource) {
            if (s[0] != null) {
                Optional<Source> source = SourceRegistry.byIdOrName(s[0]);
                if (source.isEmpty()) {
                    return Optional.empty();
                }
                where.and(s[1], s[2], source.get());
            }
        }
        return Optional.of(where);
    }

    /** {@link #sort} as a JPQL order by clause over {@code c}. */
    static String orderBy(String sort) {
        String key = sort == null ? "-asOf" : sort;
        String direction = key.startsWith("-") ? "desc" : "asc";
        String field = switch (key.replace("-", "")) {
            case "value" -> "c.figureValue";
            case "confidence" -> "c.confidence";
            default -> "c.asOfDate";
        };
        return " order by " + field + " " + direction + " nulls last, c.id " + direction;
    }

    /** The order a {@code sort} parameter names (default: latest as-of first), ids breaking ties. */
    static Sort sort(String sort) {
        String key = sort == null ? "-asOf" : sort;
        Sort.Direction direction = key.startsWith("-") ? Sort.Direction.Descending : Sort.Direction.Ascending;
        String field = switch (key.replace("-", "")) {
            case "value" -> "figureValue";
            case "confidence" -> "confidence";
            default -> "asOfDate";
        };
        return Sort.by(field, direction, Sort.NullPrecedence.NULLS_LAST).and("id", direction);
    }
}
