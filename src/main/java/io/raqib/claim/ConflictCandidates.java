package io.raqib.claim;

import io.raqib.claim.extraction.FigureKind;
import io.raqib.claim.extraction.Qualifier;
import io.raqib.claim.extraction.Stance;
import io.raqib.common.Review;
import io.raqib.common.Where;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * The rows {@link ConflictDetection} needs, read from the database without reading every claim.
 * Figures: the database sums the claims up per force, country, place, kind, as-of month and
 * qualifier (lowest and highest figure); a claim can clash only where a month within reach holds a
 * figure entirely below or above it, so only the months where that can happen are read, and of
 * them only the claims for which it does. Denials: the denied claims, and per denied claim the
 * asserted ones of its group or its force within reach. Memory follows the months and the
 * claims in conflict, not the table. Call inside a transaction.
 */
record ConflictCandidates(String force, String country, FigureKind kind, int window) {
    private static final int RANGES_PER_QUERY = 50;
    private static final String MONTHS = "select c.force, c.country, c.placeKey, c.kind, extract(year from c.asOfDate), "
            + "extract(month from c.asOfDate), c.qualifier, min(coalesce(c.figureValue, c.low, c.high)), "
            + "max(coalesce(c.figureValue, c.low, c.high)), min(c.high), max(c.low) ";
    private static final String MONTH_GROUPS = " group by c.force, c.country, c.placeKey, c.kind, "
            + "extract(year from c.asOfDate), extract(month from c.asOfDate), c.qualifier";

    /** The extreme figures of one qualifier in one month of one comparable series. */
    private record Extremes(int month, FigureInterval lowest, FigureInterval highest) {
        /** Some figure here is entirely below or above {@code i}. */
        boolean disagrees(FigureInterval i) {
            return lowest != null && lowest.below(i) || highest != null && i.below(highest);
        }
    }

    /** A month of one series to read, as [first, last] month indexes. */
    private record Range(ConflictRow series, int first, int last) {
    }

    /** Months apart within which two as-of dates can be within {@code window} days (a period is at most a year). */
    static int reach(int window) {
        return (window + 366) / 28 + 2;
    }

    /** The comparable rows that may clash with another, in as-of then id order. */
    List<ConflictRow> figures() {
        Where where = comparable();
        Map<String, List<Extremes>> series = new HashMap<>();
        Map<String, ConflictRow> seriesRow = new LinkedHashMap<>();
        for (Object[] r : query(MONTHS + where.query("from Claim c") + MONTH_GROUPS, where)) {
            ConflictRow key = new ConflictRow(0, (String) r[0], (String) r[1], null, (String) r[2], (FigureKind) r[3],
                    Stance.ASSERTED, null, null, null, null);
            int month = ((Number) r[4]).intValue() * 12 + ((Number) r[5]).intValue() - 1;
            Qualifier q = (Qualifier) r[6];
            FigureInterval lowest = q == Qualifier.RANGE ? bounded(null, (Long) r[9]) : FigureInterval.of(q, (Long) r[7], null, null);
            FigureInterval highest = q == Qualifier.RANGE ? bounded((Long) r[10], null) : FigureInterval.of(q, (Long) r[8], null, null);
            series.computeIfAbsent(key.comparableKey(), k -> new ArrayList<>()).add(new Extremes(month, lowest, highest));
            seriesRow.putIfAbsent(key.comparableKey(), key);
        }
        int reach = reach(window);
        List<Range> ranges = new ArrayList<>();
        for (Map.Entry<String, ConflictRow> s : seriesRow.entrySet()) {
            List<Extremes> months = series.get(s.getKey());
            months.sort(java.util.Comparator.comparingInt(Extremes::month));
            Range open = null;
            for (Extremes x : months) {
                if (!suspect(x, months, reach)) {
                    continue;
                }
                if (open != null && open.last() >= x.month() - 1) {
                    open = new Range(open.series(), open.first(), x.month());
                } else {
                    if (open != null) {
                        ranges.add(open);
                    }
                    open = new Range(s.getValue(), x.month(), x.month());
                }
            }
            if (open != null) {
                ranges.add(open);
            }
        }
        List<ConflictRow> out = new ArrayList<>();
        for (int from = 0; from < ranges.size(); from += RANGES_PER_QUERY) {
            read(where, ranges.subList(from, Math.min(ranges.size(), from + RANGES_PER_QUERY)), series, reach, out);
        }
        out.sort(ConflictDraft.BY_AS_OF);
        return out;
    }

    /** Denied rows of the selection, in as-of then id order. */
    List<ConflictRow> denied() {
        Where where = selection().and("c.stance = :denied", "denied", Stance.DENIED);
        List<ConflictRow> out = new ArrayList<>();
        for (Object[] r : query("select " + ConflictRow.COLUMNS + " " + where.query("from Claim c")
                + " order by c.asOfDate, c.id", where)) {
            out.add(ConflictRow.of(r));
        }
        return out;
    }

    /** Asserted rows of the selection that may assert what {@code d} denies (a superset of those that do). */
    Collection<ConflictRow> asserting(ConflictRow d) {
        if (d.figureGroup() == null && (d.force() == null || d.interval() == null)) {
            return List.of();
        }
        Where where = selection().and("c.stance = :asserted", "asserted", Stance.ASSERTED);
        List<String> either = new ArrayList<>();
        if (d.figureGroup() != null) {
            either.add("c.figureGroup = :group");
            where.params().and("group", d.figureGroup());
        }
        if (d.force() != null && d.interval() != null) {
            either.add("(c.force = :dforce and c.asOfDate >= :dfrom and c.asOfDate <= :dto"
                    + (d.country() == null ? "" : " and (c.country = :dcountry or c.country is null)") + ")");
            where.params().and("dforce", d.force()).and("dfrom", d.asOfDate().minusDays(window + 366L))
                    .and("dto", d.asOfDate().plusDays(window + 366L));
            if (d.country() != null) {
                where.params().and("dcountry", d.country());
            }
        }
        where.and("(" + String.join(" or ", either) + ")");
        List<ConflictRow> out = new ArrayList<>();
        for (Object[] r : query("select " + ConflictRow.COLUMNS + " " + where.query("from Claim c")
                + " order by c.asOfDate, c.id", where)) {
            out.add(ConflictRow.of(r));
        }
        return out;
    }

    /** The claims compared: not rejected, dated, of the force, country and kind asked for (any when null). */
    Where selection() {
        return new Where().and("c.review <> :rejected", "rejected", Review.REJECTED).and("c.asOfDate is not null")
                .and("c.force = :force", "force", force)
                .and("c.country = :country", "country", country)
                .and("c.kind = :kind", "kind", kind);
    }

    private Where comparable() {
        Where where = selection().and("c.stance = :asserted", "asserted", Stance.ASSERTED)
                .and("c.force is not null").and("c.country is not null")
                .and("(c.figureValue is not null or c.low is not null or c.high is not null)");
        if (kind == null) {
            where.and("c.kind in :levels", "levels", ClaimConflicts.LEVELS);
        }
        return where;
    }

    /** A month may hold a clashing figure: a month within reach holds one below or above one of its own. */
    private static boolean suspect(Extremes x, List<Extremes> months, int reach) {
        for (Extremes y : months) {
            if (Math.abs(y.month() - x.month()) <= reach && (x.highest() != null && y.disagrees(x.highest())
                    || x.lowest() != null && y.disagrees(x.lowest()))) {
                return true;
            }
        }
        return false;
    }

    private static void read(Where where, List<Range> ranges, Map<String, List<Extremes>> series, int reach,
                             List<ConflictRow> out) {
        StringBuilder jpql = new StringBuilder("select ").append(ConflictRow.COLUMNS).append(' ')
                .append(where.query("from Claim c")).append(" and (");
        Map<String, Object> params = new HashMap<>(where.params().map());
        for (int i = 0; i < ranges.size(); i++) {
            Range r = ranges.get(i);
            jpql.append(i == 0 ? "" : " or ").append("(c.force = :f").append(i).append(" and c.country = :c").append(i)
                    .append(" and c.kind = :k").append(i)
                    .append(r.series().placeKey() == null ? " and c.placeKey is null" : " and c.placeKey = :p" + i)
                    .append(" and c.asOfDate >= :d").append(i).append(" and c.asOfDate < :e").append(i).append(')');
            params.put("f" + i, r.series().force());
            params.put("c" + i, r.series().country());
            params.put("k" + i, r.series().kind());
            if (r.series().placeKey() != null) {
                params.put("p" + i, r.series().placeKey());
            }
            params.put("d" + i, firstDay(r.first()));
            params.put("e" + i, firstDay(r.last() + 1));
        }
        TypedQuery<Object[]> query = Claim.getEntityManager().createQuery(jpql.append(')').toString(), Object[].class);
        params.forEach(query::setParameter);
        try (Stream<Object[]> rows = query.setHint(HibernateHints.HINT_FETCH_SIZE, 1000).getResultStream()) {
            rows.map(ConflictRow::of).filter(c -> c.interval() != null && disagreed(c, series.get(c.comparableKey()), reach))
                    .forEach(out::add);
        }
    }

    /** Some figure within reach of the row is entirely below or above its own. */
    private static boolean disagreed(ConflictRow c, List<Extremes> months, int reach) {
        int month = c.asOfDate().getYear() * 12 + c.asOfDate().getMonthValue() - 1;
        return months != null && months.stream().anyMatch(y -> Math.abs(y.month() - month) <= reach
                && y.disagrees(c.interval()));
    }

    private static FigureInterval bounded(Long low, Long high) {
        if (low == null && high == null) {
            return null;
        }
        return new FigureInterval(low == null ? 0 : low, false, high == null ? Double.POSITIVE_INFINITY : high, high == null);
    }

    private static LocalDate firstDay(int month) {
        return LocalDate.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1);
    }

    private static List<Object[]> query(String jpql, Where where) {
        TypedQuery<Object[]> query = Claim.getEntityManager().createQuery(jpql, Object[].class);
        where.params().map().forEach(query::setParameter);
        return query.getResultList();
    }
}
