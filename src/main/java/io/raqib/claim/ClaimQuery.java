package io.raqib.claim;

import io.quarkus.panache.common.Sort;
import io.raqib.common.Where;
import io.raqib.source.Source;
import io.raqib.source.SourceRegistry;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;

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

    /**
     * The same conditions in Java, for claims rebuilt as they once were (asKnownAt); empty when a named
     * source does not exist.
     */
    static Optional<Predicate<Claim>> predicate(ClaimFilter.Parsed f) {
        String[] names = {f.outlet(), f.attributedTo(), f.originator(), f.reporter()};
        Long[] ids = new Long[4];
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                Optional<Source> found = SourceRegistry.byIdOrName(names[i]);
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                ids[i] = found.get().id;
            }
        }
        Long outletId = ids[0];
        Long sourceId = ids[1];
        Long originatorId = ids[2];
        Long reporterId = ids[3];
        return Optional.of(c -> (f.articleId() == null || f.articleId().equals(c.article.id))
                && eq(f.force(), c.force) && eq(f.country(), c.country) && eq(f.placeKey(), c.placeKey)
                && eq(f.kind(), c.kind) && eq(f.qualifier(), c.qualifier)
                && (f.from() == null || (c.asOfDate != null && !c.asOfDate.isBefore(f.from())))
                && (f.to() == null || (c.asOfDate != null && !c.asOfDate.isAfter(f.to())))
                && eq(f.stance(), c.stance) && eq(f.review(), c.review) && eq(f.origin(), c.origin)
                && (outletId == null || outletId.equals(idOf(c.article.outlet)))
                && (sourceId == null || sourceId.equals(idOf(c.attributedTo)) || sourceId.equals(idOf(c.reportedBy)))
                && (originatorId == null || originatorId.equals(idOf(c.attributedTo)))
                && (reporterId == null || reporterId.equals(idOf(c.reportedBy))));
    }

    private static boolean eq(Object wanted, Object actual) {
        return wanted == null || wanted.equals(actual);
    }

    private static Long idOf(Source s) {
        return s == null ? null : s.id;
    }

    /** The order of {@link #sort} in Java. */
    static Comparator<Claim> comparator(String sort) {
        String key = sort == null ? "-asOf" : sort;
        boolean descending = key.startsWith("-");
        Comparator<Claim> byField = switch (key.replace("-", "")) {
            case "value" -> Comparator.comparing((Claim c) -> c.figureValue, nullsLast(descending));
            case "confidence" -> Comparator.comparing((Claim c) -> c.confidence, nullsLast(descending));
            default -> Comparator.comparing((Claim c) -> c.asOfDate, nullsLast(descending));
        };
        Comparator<Claim> byId = Comparator.comparing(c -> c.id);
        return byField.thenComparing(descending ? byId.reversed() : byId);
    }

    private static <T extends Comparable<? super T>> Comparator<T> nullsLast(boolean descending) {
        return Comparator.nullsLast(descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder());
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
