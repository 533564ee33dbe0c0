package io.raqib.claim;

import io.raqib.claim.extraction.Qualifier;
import io.raqib.common.Codes;
import io.raqib.source.SourceRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The points of a timeline as they are handed over: cells (the claims of one figure, force,
 * country, place, originator and outlet, counted once however many they are) say which points
 * there are, in what order, and their confirmations; each claim's reference then joins its point.
 * Memory follows the cells and the references the answer shows, never the claims behind the cells.
 */
final class TimelinePoints {
    /** Claims of one figure stated about one place by one originator in one outlet; {@code firstId} the lowest id. */
    record Cell(String asOf, LocalDate asOfDate, Qualifier qualifier, Long value, Long low, Long high, String force,
                String country, String placeKey, String originator, String outlet, long firstId) {

        String point() {
            return key(asOf, value, low, high, qualifier);
        }

        FigureInterval interval() {
            return FigureInterval.of(qualifier, value, low, high);
        }
    }

    private final Map<String, Point> points = new HashMap<>();
    private final Map<String, List<Cell>> byPeriod = new HashMap<>();

    /** A point's key: the as-of and the figure as stated. */
    static String key(String asOf, Long value, Long low, Long high, Qualifier qualifier) {
        return String.join("|", asOf, Objects.toString(value), Objects.toString(low), Objects.toString(high),
                qualifier.name());
    }

    void cell(Cell c) {
        points.computeIfAbsent(c.point(), k -> new Point(c)).add(c);
        byPeriod.computeIfAbsent(Objects.toString(FigureSupport.period(c.asOf())), k -> new ArrayList<>()).add(c);
    }

    /** A claim's reference, handed over in id order; its point must have a cell. */
    void claim(String point, Timeline.PointClaim ref) {
        Point p = points.get(point);
        if (p != null) {
            p.refs.add(ref);
        }
    }

    /** The points in the chart's order: as-of, then precision, then figure, then first claim. */
    List<Timeline.Point> points() {
        return points.values().stream().sorted(Comparator.comparing((Point p) -> p.first.asOfDate())
                        .thenComparing(p -> p.first.asOf().length())
                        .thenComparing(p -> p.first.value() != null ? p.first.value()
                                : p.first.low() != null ? p.first.low() : p.first.high())
                        .thenComparing(p -> p.firstId))
                .map(this::point).toList();
    }

    private Timeline.Point point(Point p) {
        Cell f = p.first;
        Map<Long, SourceRef> sources = new LinkedHashMap<>();
        Map<Long, SourceRef> outlets = new LinkedHashMap<>();
        for (Timeline.PointClaim ref : p.refs) {
            if (ref.attributedTo() != null) {
                sources.putIfAbsent(ref.attributedTo().id(), ref.attributedTo());
            }
            if (ref.outlet() != null) {
                outlets.putIfAbsent(ref.outlet().id(), ref.outlet());
            }
        }
        return new Timeline.Point(f.asOf(), f.asOfDate(), f.value(), f.low(), f.high(), Codes.code(f.qualifier()),
                p.refs, List.copyOf(sources.values()), List.copyOf(outlets.values()), confirmations(p));
    }

    /**
     * The point's confirmations: its claims and every claim of the series holding the same figure as
     * one of them (the series holds all of them: they share kind and stance; same force, country,
     * place and as-of month, overlapping figures, as {@link FigureSupport#sameFigure}).
     */
    private Confirmations confirmations(Point p) {
        Set<String> originators = new HashSet<>();
        Set<String> carried = new HashSet<>();
        FigureInterval interval = p.first.interval();
        String period = FigureSupport.period(p.first.asOf());
        Set<List<String>> places = new HashSet<>();
        for (Cell c : p.cells) {
            originators.add(c.originator());
            carried.add(c.originator() + "|" + c.outlet());
            if (interval != null && period != null && c.force() != null && c.country() != null) {
                places.add(java.util.Arrays.asList(c.force(), c.country(), c.placeKey()));
            }
        }
        if (!places.isEmpty()) {
            for (Cell other : byPeriod.getOrDefault(period, List.of())) {
                FigureInterval o = other.interval();
                if (o != null && places.contains(java.util.Arrays.asList(other.force(), other.country(), other.placeKey()))
                        && interval.overlaps(o)) {
                    originators.add(other.originator());
                    carried.add(other.originator() + "|" + other.outlet());
                }
            }
        }
        return new Confirmations(originators.size(), carried.size() - originators.size());
    }

    private static final class Point {
        final Cell first;
        long firstId;
        final List<Cell> cells = new ArrayList<>();
        final List<Timeline.PointClaim> refs = new ArrayList<>();

        Point(Cell first) {
            this.first = first;
            this.firstId = first.firstId();
        }

        void add(Cell c) {
            cells.add(c);
            firstId = Math.min(firstId, c.firstId());
        }
    }
}
