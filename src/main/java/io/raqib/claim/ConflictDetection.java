package io.raqib.claim;

import io.raqib.claim.extraction.FigureKind;
import io.raqib.claim.extraction.Stance;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Which claims disagree, over rows: figures about the same force, country, place and kind whose
 * intervals cannot all hold ({@link FigureInterval}, grouped by {@link ConflictGroups}, in
 * {@link ConflictSides}), and denials of asserted figures. Pure: where the rows come from is the
 * caller's ({@link ConflictCandidates} from the database, or claims as known at an instant).
 */
final class ConflictDetection {
    private ConflictDetection() {
    }

    /** Days between two as-of periods (0 when they overlap: 2024 and 2024-06). */
    static long gapDays(ConflictRow a, ConflictRow b) {
        if (a.lastDay().isBefore(b.firstDay())) {
            return ChronoUnit.DAYS.between(a.lastDay(), b.firstDay());
        }
        if (b.lastDay().isBefore(a.firstDay())) {
            return ChronoUnit.DAYS.between(b.lastDay(), a.firstDay());
        }
        return 0;
    }

    /** True for a row compared for figure conflicts ({@code kind} null: the level kinds). */
    static boolean comparable(ConflictRow c, FigureKind kind) {
        return c.stance() == Stance.ASSERTED && c.force() != null && c.country() != null && c.interval() != null
                && c.asOfDate() != null && (kind == null ? ClaimConflicts.LEVELS.contains(c.kind()) : kind == c.kind());
    }

    /** Two comparable figures clash: close in time, not one figure repeated, and they cannot both hold. */
    static BiPredicate<ConflictRow, ConflictRow> clash(int window) {
        return (a, b) -> !a.interval().overlaps(b.interval()) && gapDays(a, b) <= window
                && (a.figureGroup() == null || !a.figureGroup().equals(b.figureGroup()));
    }

    /**
     * The figure conflicts among {@code rows} (comparable ones, in as-of then id order). Any superset
     * of the rows that clash with another gives the same conflicts: a row clashing with nothing is in none.
     */
    static List<ConflictDraft> figures(List<ConflictRow> rows, int window) {
        Map<String, List<ConflictRow>> comparable = new LinkedHashMap<>();
        for (ConflictRow c : rows) {
            comparable.computeIfAbsent(c.comparableKey(), k -> new ArrayList<>()).add(c);
        }
        List<ConflictDraft> out = new ArrayList<>();
        for (List<ConflictRow> group : comparable.values()) {
            // a group is in as-of order; a period is at most a year long, so past window + 366 days
            // from a's first day no later claim is within the window of a
            for (List<ConflictRow> members : ConflictGroups.of(group, clash(window),
                    (a, b) -> ChronoUnit.DAYS.between(a.asOfDate(), b.asOfDate()) > window + 366L)) {
                out.add(figureConflict(members));
            }
        }
        return out;
    }

    /** Sides: rows whose intervals overlap (chained), lowest first. */
    static ConflictDraft figureConflict(List<ConflictRow> members) {
        List<ConflictDraft.Side> out = new ArrayList<>();
        for (List<ConflictRow> side : ConflictSides.of(members, ConflictRow::interval,
                java.util.Comparator.comparingLong(ConflictRow::id))) {
            double lo = side.stream().mapToDouble(c -> c.interval().lo()).min().orElse(0);
            double hi = side.stream().mapToDouble(c -> c.interval().hi()).max().orElse(0);
            Long low = Math.round(lo);
            Long high = Double.isInfinite(hi) ? null : Math.round(hi);
            out.add(new ConflictDraft.Side(ConflictSides.label(low, high), low, high, side));
        }
        return ConflictDraft.of("figures", members.get(0), members, out);
    }

    /** True when {@code a} asserts what {@code d} denies: the same group, or the same force and figure close in time. */
    static boolean asserts(ConflictRow a, ConflictRow d, int window) {
        if (a.stance() != Stance.ASSERTED) {
            return false;
        }
        boolean sameGroup = d.figureGroup() != null && d.figureGroup().equals(a.figureGroup());
        return sameGroup || d.force() != null && d.force().equals(a.force())
                && (d.country() == null || a.country() == null || d.country().equals(a.country()))
                && d.interval() != null && a.interval() != null && d.interval().overlaps(a.interval())
                && gapDays(a, d) <= window;
    }

    /** The denied rows (in as-of then id order) by figure group; a row with no group alone. */
    static List<List<ConflictRow>> deniedGroups(Collection<ConflictRow> denied) {
        Map<String, List<ConflictRow>> groups = new LinkedHashMap<>();
        for (ConflictRow c : denied) {
            groups.computeIfAbsent(c.figureGroup() != null ? c.figureGroup() : "claim:" + c.id(),
                    k -> new ArrayList<>()).add(c);
        }
        return List.copyOf(groups.values());
    }

    /**
     * A denial conflict per denied group that someone asserts; {@code candidates} gives, for a denied
     * row, the asserted rows that may assert it (any superset of those that do).
     */
    static List<ConflictDraft> denials(List<List<ConflictRow>> deniedGroups,
                                       Function<ConflictRow, Collection<ConflictRow>> candidates, int window) {
        List<ConflictDraft> out = new ArrayList<>();
        for (List<ConflictRow> denied : deniedGroups) {
            Set<ConflictRow> asserted = new LinkedHashSet<>();
            for (ConflictRow d : denied) {
                for (ConflictRow a : candidates.apply(d)) {
                    if (asserts(a, d, window)) {
                        asserted.add(a);
                    }
                }
            }
            if (asserted.isEmpty()) {
                continue;
            }
            List<ConflictRow> all = new ArrayList<>(asserted);
            all.addAll(denied);
            out.add(ConflictDraft.of("denial", denied.get(0), all, List.of(
                    new ConflictDraft.Side("asserted", null, null, List.copyOf(asserted)),
                    new ConflictDraft.Side("denied", null, null, denied))));
        }
        return out;
    }
}
