package io.raqib.deadline;

import io.raqib.common.Review;
import io.raqib.deadline.extraction.DeadlineQualifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings chains up to date after deadlines were added to them (a chunk of a bulk import), with
 * the same result as walking each chain whole ({@link DeadlineChains}), but reading only what can
 * change and writing only the deadlines whose links do change:
 * <ul>
 *   <li>a chain the deadlines are all appended to (nothing announced after the first of them, as
 *       when an archive is imported in date order) resumes from its standing deadline alone; the
 *       deadlines confirming it are loaded only if a later date revises them;</li>
 *   <li>any other chain is walked whole, over plain values (no entities), and only the deadlines
 *       whose links the walk changed are loaded and updated.</li>
 * </ul>
 * A handful of queries for all the chains of the chunk, whatever their number. Only links that change are
 * assigned: Hibernate's dirty tracking counts an assignment as a change, so a walk that assigned
 * every link it passed updated every deadline it read (18 of them per imported article at 3,000
 * archived, against fewer than 2 whose links changed).
 */
final class ChainExtension {
    /** A deadline's place in its chain and its links, as {@link ChainLink#of(Object[])} reads them. */
    static final String SELECT = "select d.id, d.announcedOn, d.article.id, d.field, d.start, d.dueIso, d.modifier,"
            + " d.review, d.qualifier, d.revision, d.previousId, d.confirmsId, d.chainKey from Deadline d where ";
    private static final String TAKES_PART = " and d.dueIso is not null and d.review <> :rejected"
            + " and (d.qualifier is null or d.qualifier <> :proposed)";

    private ChainExtension() {
    }

    static void extend(Map<String, List<Deadline>> added) {
        Map<String, List<ChainLink>> fresh = new LinkedHashMap<>();
        List<Long> addedIds = new ArrayList<>();
        added.forEach((key, deadlines) -> {
            if (key != null && !deadlines.isEmpty()) {
                fresh.put(key, deadlines.stream().map(ChainLink::of).sorted(ChainLink.ORDER).toList());
                deadlines.forEach(d -> addedIds.add(d.id));
            }
        });
        if (fresh.isEmpty()) {
            return;
        }
        List<String> appended = new ArrayList<>();
        List<String> walkedWhole = new ArrayList<>();
        java.time.LocalDate earliest = fresh.values().stream().map(l -> l.get(0).announcedOn)
                .reduce((x, y) -> x == null ? y : y == null ? x : x.isBefore(y) ? x : y).orElse(null);
        Map<String, List<ChainLink>> later = byChain(around(fresh.keySet(), addedIds, earliest, true));
        fresh.forEach((key, links) -> {
            ChainLink first = links.get(0);
            boolean before = later.getOrDefault(key, List.of()).stream().anyMatch(l -> ChainLink.ORDER.compare(l, first) > 0);
            (before ? walkedWhole : appended).add(key);
        });
        List<ChainLink> touched = new ArrayList<>();
        if (!appended.isEmpty()) {
            Map<String, List<ChainLink>> ends = byChain(rows("d.chainKey in :keys and d.id not in :added"
                    + " and d.revision is null and d.confirmsId is null" + TAKES_PART, appended, addedIds));
            for (String key : appended) {
                ChainLink standing = ends.getOrDefault(key, List.of()).stream().min(ChainLink.ORDER).orElse(null);
                if (standing != null) {
                    touched.add(standing);
                }
                new DeadlineChains.Walk(standing, standing == null ? null : () -> {
                    List<ChainLink> confirmers = confirmersOf(key, standing, addedIds);
                    touched.addAll(confirmers);
                    return confirmers;
                }).steps(fresh.get(key));
            }
        }
        if (!walkedWhole.isEmpty()) {
            // the rest of these chains: announced before the earliest added deadline
            Map<String, List<ChainLink>> chains = byChain(around(walkedWhole, addedIds, earliest, false));
            for (String key : walkedWhole) {
                List<ChainLink> chain = new ArrayList<>(chains.getOrDefault(key, List.of()));
                chain.addAll(later.getOrDefault(key, List.of()));
                touched.addAll(chain);
                chain.addAll(fresh.get(key));
                chain.sort(ChainLink.ORDER);
                new DeadlineChains.Walk(null, null).steps(chain);
            }
        }
        fresh.values().forEach(links -> links.forEach(l -> l.writeTo(l.entity)));
        write(touched);
    }

    /**
     * Rows of these chains announced on or after {@code earliest}, or undated ({@code later}), or
     * else the rest: announced before it. The two halves of a chain, read only when needed.
     */
    private static List<Object[]> around(Collection<String> keys, List<Long> addedIds, java.time.LocalDate earliest,
                                         boolean later) {
        String when = later
                ? (earliest == null ? " and d.announcedOn is null" : " and (d.announcedOn is null or d.announcedOn >= :earliest)")
                : (earliest == null ? " and d.announcedOn is not null" : " and d.announcedOn < :earliest");
        var query = Deadline.getEntityManager().createQuery(SELECT + "d.chainKey in :keys and d.id not in :added" + when,
                Object[].class).setParameter("keys", keys).setParameter("added", addedIds);
        if (earliest != null) {
            query.setParameter("earliest", earliest);
        }
        return query.getResultList();
    }

    private static List<Object[]> rows(String where, Collection<String> keys, List<Long> addedIds) {
        return Deadline.getEntityManager().createQuery(SELECT + where, Object[].class)
                .setParameter("keys", keys).setParameter("added", addedIds)
                .setParameter("rejected", Review.REJECTED).setParameter("proposed", DeadlineQualifier.PROPOSED)
                .getResultList();
    }

    private static Map<String, List<ChainLink>> byChain(List<Object[]> rows) {
        Map<String, List<ChainLink>> chains = new HashMap<>();
        for (Object[] row : rows) {
            chains.computeIfAbsent((String) row[12], k -> new ArrayList<>()).add(ChainLink.of(row));
        }
        return chains;
    }

    /**
     * The deadlines that confirmed a chain's standing one (the rest of its open end), as entities:
     * loaded only when a later date revises them, which changes every one of them.
     */
    private static List<ChainLink> confirmersOf(String key, ChainLink standing, List<Long> addedIds) {
        return Deadline.<Deadline>list("chainKey = ?1 and id not in ?2 and id <> ?3 and revision is null"
                        + " and dueIso is not null and review <> ?4 and (qualifier is null or qualifier <> ?5)",
                key, addedIds, standing.id, Review.REJECTED, DeadlineQualifier.PROPOSED)
                .stream().map(ChainLink::of).toList();
    }

    /** Loads, in one query, the deadlines read as plain values whose links changed, and writes them. */
    private static void write(List<ChainLink> touched) {
        Map<Long, ChainLink> changed = new HashMap<>();
        for (ChainLink l : touched) {
            if (l.entity != null) {
                l.writeTo(l.entity);
            } else if (l.changed()) {
                changed.put(l.id, l);
            }
        }
        List<Long> ids = new ArrayList<>(changed.keySet());
        for (int from = 0; from < ids.size(); from += 1000) {
            for (Deadline d : Deadline.<Deadline>list("id in ?1", ids.subList(from, Math.min(ids.size(), from + 1000)))) {
                changed.get(d.id).writeTo(d);
            }
        }
    }
}
