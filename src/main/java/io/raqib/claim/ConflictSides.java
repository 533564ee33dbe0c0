package io.raqib.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The sides of a figure conflict: items whose intervals overlap, chained (lowest first), stand on
 * one side; a gap between intervals starts the next side.
 */
final class ConflictSides {
    private ConflictSides() {
    }

    /** {@code items} in sides, lowest first; within a side by the lower bound, then {@code tieBreak}. */
    static <T> List<List<T>> of(List<T> items, Function<T, FigureInterval> interval, Comparator<T> tieBreak) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble((T t) -> interval.apply(t).lo()).thenComparing(tieBreak));
        List<List<T>> sides = new ArrayList<>();
        FigureInterval reach = null;
        for (T item : sorted) {
            FigureInterval i = interval.apply(item);
            if (reach != null && reach.overlaps(i)) {
                sides.get(sides.size() - 1).add(item);
                reach = reach.reaching(i);
            } else {
                sides.add(new ArrayList<>(List.of(item)));
                reach = i;
            }
        }
        return sides;
    }

    /** How a side reads: "2000", "1700–2300", "> 2500" (no upper bound). */
    static String label(Long low, Long high) {
        return high == null ? "> " + low : low.equals(high) ? low.toString() : low + "–" + high;
    }
}
