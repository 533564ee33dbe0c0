package io.raqib.deadline;

import io.raqib.common.Review;
import io.raqib.arabic.ReducedDate;
import io.raqib.deadline.extraction.DeadlineQualifier;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The lifecycle of a chain (deadlines about one force, country and subject), recomputed whole
 * after every change to it, so the result never depends on the order writes came in.
 *
 * <p>Walking the chain in announcement order, the date that currently stands is compared with
 * each new announcement:
 * <ul>
 *   <li>a later date (its period, narrowed by its modifier, see {@link DuePeriod}, starts after the
 *       standing one ends: "مطلع أيلول" then "نهاية أيلول") marks the standing deadline,
 *       and every announcement that confirmed it, {@code postponed}, and becomes the standing one;</li>
 *   <li>an earlier date marks them {@code superseded} and becomes the standing one;</li>
 *   <li>the same or an overlapping date ("2025" after "2025-09") confirms the standing one, which
 *       stays: confirmations accumulate on the first announcement of a date. A repeat in the same
 *       article (title and body) is no confirmation.</li>
 * </ul>
 * Deadlines without a resolved date, recommendations ({@code proposed}) and rejected ones are
 * listed in the chain but neither revise nor confirm anything.
 */
public final class DeadlineChains {
    private DeadlineChains() {
    }

    /**
     * Takes the deadline writers' lock for the rest of the transaction. Call it before the first
     * deadline is touched: a chain spans articles, so two writers recomputing it would otherwise
     * update each other's rows in opposite orders and deadlock.
     */
    public static void lock() {
        Deadline.getEntityManager().createNativeQuery("select id from deadline_chain_lock where id = 1 for update")
                .getResultList();
    }

    /** Recomputes every chain named (null keys are ignored). */
    public static void recompute(Collection<String> keys) {
        keys.stream().filter(Objects::nonNull).distinct().forEach(DeadlineChains::recompute);
    }

    public static void recompute(String key) {
        if (key == null) {
            return;
        }
        apply(Deadline.chain(key));
    }

    /** The order chains are walked in: that of {@link Deadline#chain}. */
    static final Comparator<Deadline> CHAIN_ORDER = Comparator
            .comparing((Deadline d) -> d.announcedOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.article.id)
            .thenComparing(d -> d.field.name(), Comparator.reverseOrder())
            .thenComparingInt(d -> d.start)
            .thenComparing(d -> d.id);

    /**
     * Brings a chain up to date after deadlines were added to it (in this transaction, flushed).
     * When they all come after the chain's last announcement, as an archive imported in date order
     * does, only the chain's open end is read: the standing deadline and those confirming it, the
     * only ones a later announcement can still revise. Otherwise the whole chain is walked again.
     */
    public static void extend(String key, List<Deadline> added) {
        if (key == null || added.isEmpty()) {
            return;
        }
        List<Deadline> sorted = added.stream().sorted(CHAIN_ORDER).toList();
        List<Long> ids = sorted.stream().map(d -> d.id).toList();
        Deadline last = Deadline.lastOfChain(key, ids);
        if (last != null && CHAIN_ORDER.compare(last, sorted.get(0)) > 0) {
            recompute(key);
            return;
        }
        List<Deadline> open = Deadline.openEndOfChain(key, ids).stream()
                .filter(d -> takesPart(d) && d.due() != null).sorted(CHAIN_ORDER).toList();
        Walk walk = new Walk(open);
        sorted.forEach(walk::step);
    }

    /** The walk itself, over a chain already in announcement order. */
    static void apply(List<Deadline> chain) {
        Walk walk = new Walk(List.of());
        chain.forEach(walk::step);
    }

    /** The state of a walk along a chain: the standing deadline and the ones that confirmed it. */
    private static final class Walk {
        private Deadline standing;
        private final List<Deadline> confirmers = new java.util.ArrayList<>();

        /** Resumes after the open end of a chain: its standing deadline first, then its confirmers. */
        Walk(List<Deadline> openEnd) {
            if (!openEnd.isEmpty()) {
                standing = openEnd.get(0);
                confirmers.addAll(openEnd.subList(1, openEnd.size()));
            }
        }

        void step(Deadline d) {
            Revision revision = null;
            Long previous = null;
            Long confirms = null;
            ReducedDate dueDate = d.due();
            if (takesPart(d) && dueDate != null) {
                if (standing != null) {
                    DuePeriod due = DuePeriod.of(dueDate, d.modifier);
                    DuePeriod current = DuePeriod.of(standing.due(), standing.modifier);
                    Revision moved = due.first().isAfter(current.last()) ? Revision.POSTPONED
                            : due.last().isBefore(current.first()) ? Revision.SUPERSEDED : null;
                    if (moved != null) {
                        // the date moved: every announcement of it is revised
                        standing.revision = moved;
                        confirmers.forEach(c -> c.revision = moved);
                        previous = standing.id;
                        standing = d;
                        confirmers.clear();
                    } else {
                        if (!standing.article.id.equals(d.article.id)) {
                            confirms = standing.id;
                        }
                        confirmers.add(d);
                    }
                } else {
                    standing = d;
                }
            }
            d.revision = revision;
            d.previousId = previous;
            d.confirmsId = confirms;
        }
    }

    private static boolean takesPart(Deadline d) {
        return d.review != Review.REJECTED && d.qualifier != DeadlineQualifier.PROPOSED;
    }
}
