package io.raqib.claim;

import io.raqib.common.Review;
import io.raqib.common.Codes;
import io.raqib.common.Where;
import io.raqib.claim.extraction.Stance;
import io.raqib.source.SourceRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

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
        // Claims come in the chart's order (as-of, then precision, then figure), from the database a batch
        // at a time; only what the answer shows is kept (a point's references and each claim's few
        // columns for its confirmations), so memory follows the answer, not the archive.
        Map<String, PointClaims> byPoint = new LinkedHashMap<>();
        Map<String, List<FigureSupport.Mention>> byPeriod = new HashMap<>();
        Consumer<Claim> add = c -> {
            FigureSupport.Mention m = ClaimConfirmations.mention(c);
            byPeriod.computeIfAbsent(Objects.toString(m.period()), k -> new ArrayList<>()).add(m);
            byPoint.computeIfAbsent(String.join("|", c.asOf, Objects.toString(c.figureValue), Objects.toString(c.low),
                    Objects.toString(c.high), c.qualifier.name()), k -> new PointClaims(c)).add(c, m);
        };
        if (q.asKnownAt() == null) {
            where.and("(c.figureValue is not null or c.low is not null or c.high is not null)");
            String ids = "select c.id " + where.query("from Claim c")
                    + " order by c.asOfDate, length(c.asOf), coalesce(c.figureValue, c.low, c.high), c.id";
            ClaimBatches.each(ids, where.params(), Integer.MAX_VALUE, claims -> claims.forEach(add));
        } else {
            asKnown.list(asKnown.snapshot(q.asKnownAt()), where, c -> c.kind == q.kind()
                            && c.stance == Stance.ASSERTED && c.review != Review.REJECTED && c.asOfDate != null
                            && (q.force() == null || q.force().equals(c.force))
                            && (q.country() == null || q.country().equals(c.country))
                            && (q.place() == null || ClaimFigures.placeKey(q.place()).equals(c.placeKey))
                            && (q.from() == null || !c.asOfDate.isBefore(q.from().firstDay()))
                            && (q.to() == null || !c.asOfDate.isAfter(q.to().lastDay())), ClaimService.byAsOf())
                    .stream().filter(c -> c.figureValue != null || c.low != null || c.high != null)
                    .sorted(Comparator.comparing((Claim c) -> c.asOfDate).thenComparing(c -> c.asOf.length())
                            .thenComparing(c -> c.figureValue != null ? c.figureValue : c.low != null ? c.low : c.high)
                            .thenComparing(c -> c.id))
                    .forEach(add);
        }
        List<Timeline.Point> points = byPoint.values().stream().map(p -> p.point(byPeriod)).toList();
        return new Timeline(q.force(), q.country(), q.place(), Codes.code(q.kind()), points);
    }

    /** One point as its claims arrive: the first claim's figure, every claim's reference, distinct sources. */
    private static final class PointClaims {
        final Timeline.Point figure;
        final List<Timeline.PointClaim> refs = new ArrayList<>();
        final List<FigureSupport.Mention> mentions = new ArrayList<>();
        final Map<Long, SourceRef> sources = new LinkedHashMap<>();
        final Map<Long, SourceRef> outlets = new LinkedHashMap<>();

        PointClaims(Claim first) {
            // the figure alone: the entity itself is let go with its batch
            this.figure = new Timeline.Point(first.asOf, first.asOfDate, first.figureValue, first.low, first.high,
                    Codes.code(first.qualifier), null, null, null, null);
        }

        void add(Claim c, FigureSupport.Mention m) {
            refs.add(new Timeline.PointClaim(c.id, c.article.id, c.text, c.attribution, SourceRef.of(c.attributedTo),
                    SourceRef.of(c.article.outlet), c.article.publishedAt, Codes.code(c.review)));
            mentions.add(m);
            if (c.attributedTo != null) {
                sources.putIfAbsent(c.attributedTo.id, SourceRef.of(c.attributedTo));
            }
            if (c.article.outlet != null) {
                outlets.putIfAbsent(c.article.outlet.id, SourceRef.of(c.article.outlet));
            }
        }

        Timeline.Point point(Map<String, List<FigureSupport.Mention>> byPeriod) {
            return new Timeline.Point(figure.asOf(), figure.date(), figure.value(), figure.low(), figure.high(),
                    figure.qualifier(), refs, List.copyOf(sources.values()), List.copyOf(outlets.values()),
                    confirmations(byPeriod));
        }

        /**
         * The point's confirmations: its claims and every claim of the series holding the same figure as
         * one of them (the series holds all of them: they share force, country, place, kind and period).
         */
        private Confirmations confirmations(Map<String, List<FigureSupport.Mention>> byPeriod) {
            Map<Long, FigureSupport.Mention> holding = new LinkedHashMap<>();
            for (FigureSupport.Mention m : mentions) {
                holding.put(m.id(), m);
                for (FigureSupport.Mention other : byPeriod.getOrDefault(Objects.toString(m.period()), List.of())) {
                    if (FigureSupport.sameFigure(m, other)) {
                        holding.putIfAbsent(other.id(), other);
                    }
                }
            }
            return FigureSupport.count(holding.values());
        }
    }
}
