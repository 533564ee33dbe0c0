package io.raqib.deadline;

import java.util.Collection;
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

    /**
     * Persists deadlines new in this transaction ({@code added}, by chain, not yet persisted) with
     * their links set, and brings their chains up to date, reading and writing only what can
     * change; see {@link ChainExtension}.
     */
    public static void extend(java.util.Map<String, List<Deadline>> added) {
        ChainExtension.extend(added);
    }

    /** The walk itself, over a chain already in announcement order. */
    static void apply(List<Deadline> chain) {
        List<ChainLink> links = chain.stream().map(ChainLink::of).toList();
        new Walk(null, null).steps(links);
        // only links that change are assigned: an assignment alone marks a field dirty and costs an update
        links.stream().filter(ChainLink::changed).forEach(l -> l.writeTo(l.entity));
    }

    /**
     * The state of a walk along a chain: the standing deadline and the ones that confirmed it. A
     * walk resumed at the open end of a chain starts from its standing deadline alone and loads the
     * confirmers it had only when a later date revises them all.
     */
    static final class Walk {
        private ChainLink standing;
        private final List<ChainLink> confirmers = new java.util.ArrayList<>();
        private java.util.function.Supplier<List<ChainLink>> earlierConfirmers;

        Walk(ChainLink standing, java.util.function.Supplier<List<ChainLink>> earlierConfirmers) {
            this.standing = standing;
            this.earlierConfirmers = earlierConfirmers;
        }

        void steps(List<ChainLink> links) {
            links.forEach(this::step);
        }

        void step(ChainLink d) {
            Revision revision = null;
            Long previous = null;
            Long confirms = null;
            if (d.takesPart()) {
                if (standing != null) {
                    DuePeriod due = d.period;
                    DuePeriod current = standing.period;
                    Revision moved = due.first().isAfter(current.last()) ? Revision.POSTPONED
                            : due.last().isBefore(current.first()) ? Revision.SUPERSEDED : null;
                    if (moved != null) {
                        // the date moved: every announcement of it is revised
                        standing.revision = moved;
                        if (earlierConfirmers != null) {
                            confirmers.addAll(0, earlierConfirmers.get());
                            earlierConfirmers = null;
                        }
                        confirmers.forEach(c -> c.revision = moved);
                        previous = standing.id;
                        standing = d;
                        confirmers.clear();
                    } else {
                        if (standing.articleId != d.articleId) {
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

}
