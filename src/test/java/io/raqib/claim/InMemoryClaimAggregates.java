package io.raqib.claim;

import io.raqib.arabic.ReducedDate;
import io.raqib.claim.extraction.FigureKind;
import io.raqib.claim.extraction.Stance;
import io.raqib.common.Codes;
import io.raqib.common.Review;
import io.raqib.common.Where;
import io.raqib.source.SourceRef;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * The reference the database aggregation is checked against: timeline and conflicts computed in
 * memory over every loaded claim, as the service computed them before the grouping moved into the
 * database. Test only; call inside a transaction.
 */
final class InMemoryClaimAggregates {
    private InMemoryClaimAggregates() {
    }

    /** The timeline as the in-memory computation answered it (asKnownAt not supported). */
    static Timeline timeline(TimelineQuery q) {
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
        where.and("(c.figureValue is not null or c.low is not null or c.high is not null)");
        String ids = "select c.id " + where.query("from Claim c")
                + " order by c.asOfDate, length(c.asOf), coalesce(c.figureValue, c.low, c.high), c.id";
        ClaimBatches.each(ids, where.params(), Integer.MAX_VALUE, claims -> claims.forEach(add));
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

    /** Days between two as-of periods (0 when they overlap: 2024 and 2024-06). */
    static long gapDays(Claim a, Claim b) {
        ReducedDate x = ReducedDate.parse(a.asOf);
        ReducedDate y = ReducedDate.parse(b.asOf);
        if (x.lastDay().isBefore(y.firstDay())) {
            return ChronoUnit.DAYS.between(x.lastDay(), y.firstDay());
        }
        if (y.lastDay().isBefore(x.firstDay())) {
            return ChronoUnit.DAYS.between(y.lastDay(), x.firstDay());
        }
        return 0;
    }

    /** Every conflict of the selection, as the in-memory computation answered it. */
    static List<Conflict> conflicts(String force, String country, FigureKind kind, int window) {
        Where where = new Where().and("c.review <> :rejected", "rejected", Review.REJECTED).and("c.asOfDate is not null")
                .and("c.force = :force", "force", force)
                .and("c.country = :country", "country", country)
                .and("c.kind = :kind", "kind", kind);
        List<Claim> claims = Claim.list(where.query("from Claim c") + " order by c.asOfDate, c.id", where.params());
        Map<Long, FigureInterval> intervals = new HashMap<>();
        for (Claim c : claims) {
            FigureInterval interval = FigureInterval.of(c);
            if (interval != null) {
                intervals.put(c.id, interval);
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        conflicts.addAll(figureConflicts(claims, intervals, kind, window));
        conflicts.addAll(denials(claims, intervals, window));
        conflicts.sort(Comparator.comparing((Conflict c) -> c.to() == null ? "" : c.to()).reversed()
                .thenComparing(c -> c.sides().get(0).claims().get(0).id()));
        return conflicts;
    }

    /** Asserted figures about the same force, country, place and kind, close in time, that cannot all hold. */
    private static List<Conflict> figureConflicts(List<Claim> claims, Map<Long, FigureInterval> intervals, FigureKind kind,
                                           int window) {
        Map<String, List<Claim>> comparable = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (c.stance != Stance.ASSERTED || c.force == null || c.country == null || !intervals.containsKey(c.id)
                    || (kind == null && !ClaimConflicts.LEVELS.contains(c.kind))) {
                continue;
            }
            comparable.computeIfAbsent(String.join("|", c.force, c.country, Objects.toString(c.placeKey), c.kind.name()),
                    k -> new ArrayList<>()).add(c);
        }
        List<Conflict> out = new ArrayList<>();
        for (List<Claim> group : comparable.values()) {
            // a group is in as-of order; a period is at most a year long, so past window + 366 days
            // from a's first day no later claim is within the window of a
            List<List<Claim>> clashing = ConflictGroups.of(group, clash(intervals, window),
                    (a, b) -> ChronoUnit.DAYS.between(a.asOfDate, b.asOfDate) > window + 366L);
            for (List<Claim> members : clashing) {
                out.add(figureConflict(members, intervals));
            }
        }
        return out;
    }

    /** Two comparable figures clash: close in time, not one figure repeated, and they cannot both hold. */
    static BiPredicate<Claim, Claim> clash(Map<Long, FigureInterval> intervals, int window) {
        return (a, b) -> gapDays(a, b) <= window
                && (a.figureGroup == null || !a.figureGroup.equals(b.figureGroup))
                && !intervals.get(a.id).overlaps(intervals.get(b.id));
    }

    /** Sides: claims whose intervals overlap (chained), lowest first. */
    static Conflict figureConflict(List<Claim> members, Map<Long, FigureInterval> intervals) {
        List<List<Claim>> sides = ConflictSides.of(members, c -> intervals.get(c.id), Comparator.comparing(c -> c.id));
        List<Conflict.Side> out = new ArrayList<>();
        for (List<Claim> side : sides) {
            double lo = side.stream().mapToDouble(c -> intervals.get(c.id).lo()).min().orElse(0);
            double hi = side.stream().mapToDouble(c -> intervals.get(c.id).hi()).max().orElse(0);
            Long low = Math.round(lo);
            Long high = Double.isInfinite(hi) ? null : Math.round(hi);
            out.add(side(ConflictSides.label(low, high), low, high, side));
        }
        Claim first = members.get(0);
        return new Conflict("figures", first.force, first.country, first.place, Codes.code(first.kind),
                earliest(members), latest(members), out);
    }

    /** A denied figure and the assertions of it: the same group, or the same force and figure close in time. */
    private static List<Conflict> denials(List<Claim> claims, Map<Long, FigureInterval> intervals, int window) {
        Map<String, List<Claim>> deniedGroups = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (c.stance == Stance.DENIED) {
                deniedGroups.computeIfAbsent(c.figureGroup != null ? c.figureGroup : "claim:" + c.id,
                        k -> new ArrayList<>()).add(c);
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (List<Claim> denied : deniedGroups.values()) {
            Set<Claim> asserted = new LinkedHashSet<>();
            for (Claim d : denied) {
                FigureInterval di = intervals.get(d.id);
                for (Claim a : claims) {
                    if (a.stance != Stance.ASSERTED) {
                        continue;
                    }
                    boolean sameGroup = d.figureGroup != null && d.figureGroup.equals(a.figureGroup);
                    boolean sameFigure = d.force != null && d.force.equals(a.force)
                            && (d.country == null || a.country == null || d.country.equals(a.country))
                            && di != null && intervals.containsKey(a.id) && di.overlaps(intervals.get(a.id))
                            && gapDays(a, d) <= window;
                    if (sameGroup || sameFigure) {
                        asserted.add(a);
                    }
                }
            }
            if (asserted.isEmpty()) {
                continue;
            }
            List<Claim> all = new ArrayList<>(asserted);
            all.addAll(denied);
            Claim first = denied.get(0);
            out.add(new Conflict("denial", first.force, first.country, first.place, Codes.code(first.kind),
                    earliest(all), latest(all), List.of(
                    side("asserted", null, null, new ArrayList<>(asserted)), side("denied", null, null, denied))));
        }
        return out;
    }

    private static Conflict.Side side(String label, Long low, Long high, List<Claim> claims) {
        List<Claim> ordered = claims.stream().sorted(ClaimService.byAsOf()).toList();
        return new Conflict.Side(label, low, high, ordered.stream().map(ClaimView::of).toList(), ClaimRefs.sources(ordered),
                ClaimRefs.outlets(ordered),
                FigureSupport.count(ordered.stream().map(ClaimConfirmations::mention).toList()));
    }

    private static String earliest(List<Claim> claims) {
        return claims.stream().map(c -> ReducedDate.parse(c.asOf)).min(Comparator.naturalOrder())
                .map(ReducedDate::toIso).orElse(null);
    }

    private static String latest(List<Claim> claims) {
        return claims.stream().map(c -> ReducedDate.parse(c.asOf)).max(Comparator.naturalOrder())
                .map(ReducedDate::toIso).orElse(null);
    }
}
