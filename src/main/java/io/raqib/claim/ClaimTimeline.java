package io.raqib.claim;

import io.raqib.common.Review;
import io.raqib.common.Codes;
import io.raqib.common.Where;
import io.raqib.arabic.ReducedDate;
import io.raqib.claim.extraction.Stance;
import io.raqib.source.SourceRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Figures over time: one point per as-of date and figure, with the claims and sources behind it. */
@ApplicationScoped
public class ClaimTimeline {
    @jakarta.inject.Inject
    ClaimsAsKnown asKnown;

    @Transactional
    public Timeline timeline(TimelineQuery q) {
        Where where = new Where().and("c.kind = :kind", "kind", q.kind()).and("c.stance = :stance", "stance", Stance.ASSERTED)
                .and("c.review <> :rejected", "rejected", Review.REJECTED).and("c.asOfDate is not null")
                .and("c.force = :force", "force", q.force())
                .and("c.country = :country", "country", q.country())
                .and("c.placeKey = :place", "place", q.place() == null ? null : ClaimFigures.placeKey(q.place()))
                .and("c.asOfDate >= :from", "from", q.from() == null ? null : q.from().firstDay())
                .and("c.asOfDate <= :to", "to", q.to() == null ? null : q.to().lastDay());
        List<Claim> claims = q.asKnownAt() == null
                ? Claim.list(where.query("from Claim c") + " order by c.asOfDate, c.id", where.params())
                : asKnown.list(asKnown.snapshot(q.asKnownAt()), where, c -> c.kind == q.kind()
                        && c.stance == Stance.ASSERTED && c.review != Review.REJECTED && c.asOfDate != null
                        && (q.force() == null || q.force().equals(c.force))
                        && (q.country() == null || q.country().equals(c.country))
                        && (q.place() == null || ClaimFigures.placeKey(q.place()).equals(c.placeKey))
                        && (q.from() == null || !c.asOfDate.isBefore(q.from().firstDay()))
                        && (q.to() == null || !c.asOfDate.isAfter(q.to().lastDay())), ClaimService.byAsOf());
        claims = claims.stream().filter(c -> c.figureValue != null || c.low != null || c.high != null).toList();
        Map<String, List<Claim>> byPoint = new LinkedHashMap<>();
        claims.stream()
                .sorted(Comparator.comparing((Claim c) -> ReducedDate.parse(c.asOf))
                        .thenComparing(c -> c.figureValue != null ? c.figureValue : c.low != null ? c.low : c.high)
                        .thenComparing(c -> c.id))
                .forEach(c -> byPoint.computeIfAbsent(String.join("|", c.asOf, Objects.toString(c.figureValue),
                        Objects.toString(c.low), Objects.toString(c.high), c.qualifier.name()), k -> new ArrayList<>()).add(c));
        List<FigureSupport.Mention> mentions = claims.stream().map(ClaimConfirmations::mention).toList();
        Map<Long, FigureSupport.Mention> mentionOf = new java.util.HashMap<>();
        mentions.forEach(m -> mentionOf.put(m.id(), m));
        List<Timeline.Point> points = new ArrayList<>();
        for (List<Claim> group : byPoint.values()) {
            Claim first = group.get(0);
            List<Timeline.PointClaim> refs = group.stream().map(c -> new Timeline.PointClaim(c.id, c.article.id, c.text,
                    c.attribution, SourceRef.of(c.attributedTo), SourceRef.of(c.article.outlet), c.article.publishedAt,
                    Codes.code(c.review))).toList();
            points.add(new Timeline.Point(first.asOf, first.asOfDate, first.figureValue, first.low, first.high,
                    Codes.code(first.qualifier), refs, ClaimRefs.sources(group), ClaimRefs.outlets(group),
                    confirmations(group, mentionOf, mentions)));
        }
        return new Timeline(q.force(), q.country(), q.place(), Codes.code(q.kind()), points);
    }

    /**
     * A point's confirmations: its claims and every claim of the series holding the same figure as one
     * of them (the series holds all of them: they share force, country, place, kind and as-of).
     */
    private static Confirmations confirmations(List<Claim> point, Map<Long, FigureSupport.Mention> mentionOf,
                                               List<FigureSupport.Mention> series) {
        Map<Long, FigureSupport.Mention> holding = new LinkedHashMap<>();
        for (Claim c : point) {
            FigureSupport.Mention m = mentionOf.get(c.id);
            holding.put(m.id(), m);
            for (FigureSupport.Mention other : series) {
                if (FigureSupport.sameFigure(m, other)) {
                    holding.putIfAbsent(other.id(), other);
                }
            }
        }
        return FigureSupport.count(holding.values());
    }
}
