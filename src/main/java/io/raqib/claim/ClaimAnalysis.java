package io.raqib.claim;

import io.raqib.common.Codes;
import io.quarkus.panache.common.Parameters;
import io.raqib.arabic.ReducedDate;
import io.raqib.claim.extraction.FigureKind;
import io.raqib.claim.extraction.Qualifier;
import io.raqib.claim.extraction.Stance;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.ProblemException;
import io.raqib.config.RaqibConfig;
import io.raqib.source.Source;
import io.raqib.source.SourceRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
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

/** What the claims say together: figures over time, and where they disagree. */
@ApplicationScoped
public class ClaimAnalysis {
    /** Kinds that state a level, compared with each other for conflicts when no kind is asked for. */
    static final List<FigureKind> LEVELS = List.of(FigureKind.PRESENCE, FigureKind.TARGET);

    @Inject
    RaqibConfig config;

    // ------------------------------------------------------------------ timeline

    @Transactional
    public Timeline timeline(String forceParam, String countryParam, String placeParam, String kindParam,
                             String fromParam, String toParam) {
        String force = Codes.force("force", forceParam);
        String country = Codes.country("country", countryParam);
        FigureKind kind = Codes.parse(FigureKind.class, "kind", kindParam);
        if (kind == null) {
            kind = FigureKind.PRESENCE;
        }
        ReducedDate from = Codes.reducedDate("from", fromParam);
        ReducedDate to = Codes.reducedDate("to", toParam);
        String place = placeParam == null || placeParam.isBlank() ? null : placeParam.strip();
        List<String> where = new ArrayList<>(List.of("c.kind = :kind", "c.stance = :stance", "c.review <> :rejected",
                "c.asOfDate is not null"));
        Parameters params = Parameters.with("kind", kind).and("stance", Stance.ASSERTED)
                .and("rejected", Claim.Review.REJECTED);
        if (force != null) {
            where.add("c.force = :force");
            params.and("force", force);
        }
        if (country != null) {
            where.add("c.country = :country");
            params.and("country", country);
        }
        if (place != null) {
            where.add("c.placeKey = :place");
            params.and("place", ClaimExtraction.placeKey(place));
        }
        if (from != null) {
            where.add("c.asOfDate >= :from");
            params.and("from", from.firstDay());
        }
        if (to != null) {
            where.add("c.asOfDate <= :to");
            params.and("to", to.lastDay());
        }
        List<Claim> claims = Claim.list("from Claim c where " + String.join(" and ", where)
                + " order by c.asOfDate, c.id", params);
        claims = claims.stream().filter(c -> c.figureValue != null || c.low != null || c.high != null).toList();
        Map<String, List<Claim>> byPoint = new LinkedHashMap<>();
        claims.stream()
                .sorted(Comparator.comparing((Claim c) -> ReducedDate.parse(c.asOf))
                        .thenComparing(c -> c.figureValue != null ? c.figureValue : c.low != null ? c.low : c.high)
                        .thenComparing(c -> c.id))
                .forEach(c -> byPoint.computeIfAbsent(String.join("|", c.asOf, Objects.toString(c.figureValue),
                        Objects.toString(c.low), Objects.toString(c.high), c.qualifier.name()), k -> new ArrayList<>()).add(c));
        List<Timeline.Point> points = new ArrayList<>();
        for (List<Claim> group : byPoint.values()) {
            Claim first = group.get(0);
            List<Timeline.PointClaim> refs = group.stream().map(c -> new Timeline.PointClaim(c.id, c.article.id, c.text,
                    c.attribution, SourceRef.of(c.attributedTo), SourceRef.of(c.article.outlet), c.article.publishedAt,
                    Codes.code(c.review))).toList();
            points.add(new Timeline.Point(first.asOf, first.asOfDate, first.figureValue, first.low, first.high,
                    Codes.code(first.qualifier), refs, sources(group), outlets(group)));
        }
        return new Timeline(force, country, place, Codes.code(kind), points);
    }

    // ------------------------------------------------------------------ conflicts

    /** The figures a claim allows: [lo, hi] with open ends where the qualifier excludes the bound. */
    record Interval(double lo, boolean loOpen, double hi, boolean hiOpen) {
        static Interval of(Claim c) {
            Long v = c.figureValue != null ? c.figureValue : c.qualifier == Qualifier.RANGE ? null
                    : c.low != null ? c.low : c.high;
            double inf = Double.POSITIVE_INFINITY;
            if (c.qualifier == Qualifier.RANGE) {
                return c.low == null || c.high == null ? null : new Interval(c.low, false, c.high, false);
            }
            if (v == null) {
                return null;
            }
            return switch (c.qualifier) {
                case EXACT -> new Interval(v, false, v, false);
                case APPROX -> new Interval(0.85 * v, false, 1.15 * v, false);
                case MORE_THAN -> new Interval(v, true, inf, true);
                case AT_LEAST -> new Interval(v, false, inf, true);
                case LESS_THAN -> new Interval(0, false, v, true);
                case AT_MOST -> new Interval(0, false, v, false);
                default -> null;
            };
        }

        boolean overlaps(Interval o) {
            return below(o) == false && o.below(this) == false;
        }

        /** Entirely below the other interval. */
        private boolean below(Interval o) {
            return hi < o.lo || (hi == o.lo && (hiOpen || o.loOpen));
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

    @Transactional
    public PageView<Conflict> conflicts(String forceParam, String countryParam, String kindParam, String windowParam,
                                        Paging paging) {
        String force = Codes.force("force", forceParam);
        String country = Codes.country("country", countryParam);
        FigureKind kind = Codes.parse(FigureKind.class, "kind", kindParam);
        int window = windowDays(windowParam);
        List<Conflict> conflicts = compute(force, country, kind, window);
        int from = Math.min(conflicts.size(), paging.page * paging.size);
        return new PageView<>(conflicts.subList(from, Math.min(conflicts.size(), from + paging.size)), conflicts.size(),
                paging.page, paging.size);
    }

    /** Every conflict among all claims, with the configured window (the source track record counts them). */
    @Transactional
    public List<Conflict> allConflicts() {
        return compute(null, null, null, config.claims().conflictWindowDays());
    }

    private List<Conflict> compute(String force, String country, FigureKind kind, int window) {
        List<String> where = new ArrayList<>(List.of("c.review <> :rejected", "c.asOfDate is not null"));
        Parameters params = Parameters.with("rejected", Claim.Review.REJECTED);
        if (force != null) {
            where.add("c.force = :force");
            params.and("force", force);
        }
        if (country != null) {
            where.add("c.country = :country");
            params.and("country", country);
        }
        if (kind != null) {
            where.add("c.kind = :kind");
            params.and("kind", kind);
        }
        List<Claim> claims = Claim.list("from Claim c where " + String.join(" and ", where)
                + " order by c.asOfDate, c.id", params);
        Map<Long, Interval> intervals = new HashMap<>();
        for (Claim c : claims) {
            Interval interval = Interval.of(c);
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

    private int windowDays(String param) {
        if (param == null || param.isBlank()) {
            return config.claims().conflictWindowDays();
        }
        try {
            int days = Integer.parseInt(io.raqib.arabic.ArabicDigits.toAscii(param.strip()));
            if (days < 0 || days > 36_600) {
                throw new NumberFormatException();
            }
            return days;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("windowDays must be a whole number of days from 0 to 36600, not '"
                    + param + "'");
        }
    }

    /** Asserted figures about the same force, country, place and kind, close in time, that cannot all hold. */
    private List<Conflict> figureConflicts(List<Claim> claims, Map<Long, Interval> intervals, FigureKind kind,
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
            int n = group.size();
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            boolean[] involved = new boolean[n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    Claim a = group.get(i);
                    Claim b = group.get(j);
                    if (gapDays(a, b) > window) {
                        continue;
                    }
                    if (a.figureGroup != null && a.figureGroup.equals(b.figureGroup)) {
                        continue;
                    }
                    if (!intervals.get(a.id).overlaps(intervals.get(b.id))) {
                        parent[find(parent, i)] = find(parent, j);
                        involved[i] = true;
                        involved[j] = true;
                    }
                }
            }
            Map<Integer, List<Claim>> components = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                if (involved[i]) {
                    components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(group.get(i));
                }
            }
            for (List<Claim> members : components.values()) {
                out.add(figureConflict(members, intervals));
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Sides: claims whose intervals overlap (chained), lowest first. */
    private Conflict figureConflict(List<Claim> members, Map<Long, Interval> intervals) {
        List<Claim> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparingDouble((Claim c) -> intervals.get(c.id).lo()).thenComparing(c -> c.id));
        List<List<Claim>> sides = new ArrayList<>();
        Interval reach = null;
        for (Claim c : sorted) {
            Interval i = intervals.get(c.id);
            if (reach != null && reach.overlaps(i)) {
                sides.get(sides.size() - 1).add(c);
                if (i.hi() > reach.hi() || (i.hi() == reach.hi() && !i.hiOpen())) {
                    reach = new Interval(reach.lo(), reach.loOpen(), i.hi(), i.hiOpen());
                }
            } else {
                sides.add(new ArrayList<>(List.of(c)));
                reach = i;
            }
        }
        List<Conflict.Side> out = new ArrayList<>();
        for (List<Claim> side : sides) {
            double lo = side.stream().mapToDouble(c -> intervals.get(c.id).lo()).min().orElse(0);
            double hi = side.stream().mapToDouble(c -> intervals.get(c.id).hi()).max().orElse(0);
            Long low = Math.round(lo);
            Long high = Double.isInfinite(hi) ? null : Math.round(hi);
            String label = high == null ? "> " + low : low.equals(high) ? low.toString() : low + "–" + high;
            out.add(side(label, low, high, side));
        }
        Claim first = members.get(0);
        return new Conflict("figures", first.force, first.country, first.place, Codes.code(first.kind),
                earliest(members), latest(members), out);
    }

    /** A denied figure and the assertions of it: the same group, or the same force and figure close in time. */
    private List<Conflict> denials(List<Claim> claims, Map<Long, Interval> intervals, int window) {
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
                Interval di = intervals.get(d.id);
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
        return new Conflict.Side(label, low, high, ordered.stream().map(ClaimView::of).toList(), sources(ordered),
                outlets(ordered));
    }

    private static String earliest(List<Claim> claims) {
        return claims.stream().map(c -> ReducedDate.parse(c.asOf)).min(Comparator.naturalOrder())
                .map(ReducedDate::toIso).orElse(null);
    }

    private static String latest(List<Claim> claims) {
        return claims.stream().map(c -> ReducedDate.parse(c.asOf)).max(Comparator.naturalOrder())
                .map(ReducedDate::toIso).orElse(null);
    }

    private static List<SourceRef> sources(List<Claim> claims) {
        return distinct(claims.stream().map(c -> c.attributedTo).toList());
    }

    private static List<SourceRef> outlets(List<Claim> claims) {
        return distinct(claims.stream().map(c -> c.article.outlet).toList());
    }

    private static List<SourceRef> distinct(List<Source> sources) {
        Map<Long, SourceRef> refs = new LinkedHashMap<>();
        for (Source s : sources) {
            if (s != null) {
                refs.putIfAbsent(s.id, SourceRef.of(s));
            }
        }
        return List.copyOf(refs.values());
    }

    static LocalDate firstDay(String asOf) {
        return ReducedDate.parse(asOf).firstDay();
    }
}
