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

    /**
     * {@code added}: deadlines new in this transaction, not yet persisted. They are persisted here,
     * once the walk has set their links, so each is one insert and no update: the walk needs their
     * ids, so it runs over provisional ones (negative, in the order they were added, which is the
     * order their real ids follow), and each is persisted in chain order, after every deadline it
     * can point at.
     */
    static void extend(Map<String, List<Deadline>> added) {
        Map<String, List<ChainLink>> fresh = new LinkedHashMap<>();
        long provisional = Long.MIN_VALUE;
        for (Map.Entry<String, List<Deadline>> chain : added.entrySet()) {
            if (chain.getKey() == null) {
                chain.getValue().forEach(d -> d.persist());
                continue;
            }
            List<ChainLink> links = new ArrayList<>();
            for (Deadline d : chain.getValue()) {
                links.add(ChainLink.unsaved(d, provisional++));
            }
            if (!links.isEmpty()) {
                links.sort(ChainLink.ORDER);
                fresh.put(chain.getKey(), links);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        List<String> appended = new ArrayList<>();
        List<String> walkedWhole = new ArrayList<>();
        java.time.LocalDate earliest = fresh.values().stream().map(l -> l.get(0).announcedOn)
                .reduce((x, y) -> x == null ? y : y == null ? x : x.isBefore(y) ? x : y).orElse(null);
        Map<String, List<ChainLink>> later = byChain(around(fresh.keySet(), earliest, true));
        fresh.forEach((key, links) -> {
            ChainLink first = links.get(0);
            boolean before = later.getOrDefault(key, List.of()).stream().anyMatch(l -> ChainLink.ORDER.compare(l, first) > 0);
            (before ? walkedWhole : appended).add(key);
        });
        List<ChainLink> touched = new ArrayList<>();
        if (!appended.isEmpty()) {
            Map<String, List<ChainLink>> ends = byChain(rows("d.chainKey in :keys"
                    + " and d.revision is null and d.confirmsId is null" + TAKES_PART, appended));
            for (String key : appended) {
                ChainLink standing = ends.getOrDefault(key, List.of()).stream().min(ChainLink.ORDER).orElse(null);
                if (standing != null) {
                    touched.add(standing);
                }
                new DeadlineChains.Walk(standing, standing == null ? null : () -> {
                    List<ChainLink> confirmers = confirmersOf(key, standing);
                    touched.addAll(confirmers);
                    return confirmers;
                }).steps(fresh.get(key));
            }
        }
        if (!walkedWhole.isEmpty()) {
            // the rest of these chains: announced before the earliest added deadline
            Map<String, List<ChainLink>> chains = byChain(around(walkedWhole, earliest, false));
            for (String key : walkedWhole) {
                List<ChainLink> chain = new ArrayList<>(chains.getOrDefault(key, List.of()));
                chain.addAll(later.getOrDefault(key, List.of()));
                touched.addAll(chain);
                chain.addAll(fresh.get(key));
                chain.sort(ChainLink.ORDER);
                new DeadlineChains.Walk(null, null).steps(chain);
            }
        }
        Map<Long, Long> ids = new HashMap<>();
        for (List<ChainLink> links : fresh.values()) {
            for (ChainLink l : links) {
                // a link points back along the chain: what it points at is persisted already
                l.resolve(ids);
                l.writeTo(l.entity);
                l.entity.persist();
                ids.put(l.id, l.entity.id);
            }
        }
        touched.forEach(l -> l.resolve(ids));
        write(touched);
    }

    /**
     * Rows of these chains announced on or after {@code earliest}, or undated ({@code later}), or
     * else the rest: announced before it. The two halves of a chain, read only when needed.
     */
    private static List<Object[]> around(Collection<String> keys, java.time.LocalDate earliest, boolean later) {
        String when = later
                ? (earliest == null ? " and d.announcedOn is null" : " and (d.announcedOn is null or d.announcedOn >= :earliest)")
                : (earliest == null ? " and d.announcedOn is not null" : " and d.announcedOn < :earliest");
        var query = Deadline.getEntityManager().createQuery(SELECT + "d.chainKey in :keys" + when,
                Object[].class).setParameter("keys", keys);
        if (earliest != null) {
            query.setParameter("earliest", earliest);
        }
        return query.getResultList();
    }

    private static List<Object[]> rows(String where, Collection<String> keys) {
        return Deadline.getEntityManager().createQuery(SELECT + where, Object[].class)
                .setParameter("keys", keys)
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
    private static List<ChainLink> confirmersOf(String key, ChainLink standing) {
        return Deadline.<Deadline>list("chainKey = ?1 and id <> ?2 and revision is null"
                        + " and dueIso is not null and review <> ?3 and (qualifier is null or qualifier <> ?4)",
                key, standing.id, Review.REJECTED, DeadlineQualifier.PROPOSED)
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
