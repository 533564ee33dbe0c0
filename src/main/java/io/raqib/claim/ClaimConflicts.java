package io.raqib.claim;

import io.raqib.common.Review;
import io.raqib.common.Codes;
import io.raqib.common.Where;
import io.raqib.arabic.ReducedDate;
import io.raqib.claim.extraction.FigureKind;
import io.raqib.claim.extraction.Stance;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.config.RaqibConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

/**
 * Where the claims disagree: figures about the same force, country, place and kind whose intervals
 * cannot all hold ({@link FigureInterval}, grouped by {@link ConflictGroups}, in {@link ConflictSides}),
 * and denials of asserted figures.
 */
@ApplicationScoped
public class ClaimConflicts {
    /** Kinds that state a level, compared with each other for conflicts when no kind is asked for. */
    static final List<FigureKind> LEVELS = List.of(FigureKind.PRESENCE, FigureKind.TARGET);

    @Inject
    RaqibConfig config;

    @Inject
    ClaimsAsKnown asKnown;

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

    @Transactional
    public PageView<Conflict> conflicts(ConflictQuery q, Paging paging) {
        int window = q.windowDays() == null ? config.claims().conflictWindowDays() : q.windowDays();
        List<Conflict> conflicts = compute(q.force(), q.country(), q.kind(), window, q.asKnownAt());
        int from = Math.min(conflicts.size(), paging.page * paging.size);
        return new PageView<>(conflicts.subList(from, Math.min(conflicts.size(), from + paging.size)), conflicts.size(),
                paging.page, paging.size);
    }

    /** Every conflict among all claims, with the configured window (the source track record counts them). */
    @Transactional
    public List<Conflict> allConflicts() {
        return compute(null, null, null, config.claims().conflictWindowDays(), null);
    }

    private List<Conflict> compute(String force, String country, FigureKind kind, int window, java.time.Instant at) {
        Where where = new Where().and("c.review <> :rejected", "rejected", Review.REJECTED).and("c.asOfDate is not null")
                .and("c.force = :force", "force", force)
                .and("c.country = :country", "country", country)
                .and("c.kind = :kind", "kind", kind);
        List<Claim> claims = at == null
                ? Claim.list(where.query("from Claim c") + " order by c.asOfDate, c.id", where.params())
                : asKnown.list(asKnown.snapshot(at), where, c -> c.review != Review.REJECTED && c.asOfDate != null
                        && (force == null || force.equals(c.force)) && (country == null || country.equals(c.country))
                        && (kind == null || kind == c.kind), ClaimService.byAsOf());
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
    private List<Conflict> figureConflicts(List<Claim> claims, Map<Long, FigureInterval> intervals, FigureKind kind,
                                           int window) {
        Map<String, List<Claim>> comparable = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (c.stance != Stance.ASSERTED || c.force == null || c.country == null || !intervals.containsKey(c.id)
                    || (kind == null && !LEVELS.contains(c.kind))) {
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
    private List<Conflict> denials(List<Claim> claims, Map<Long, FigureInterval> intervals, int window) {
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
