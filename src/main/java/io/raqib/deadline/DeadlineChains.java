package io.raqib.deadline;

import io.raqib.common.Review;
import io.raqib.arabic.ReducedDate;
import io.raqib.deadline.extraction.DeadlineQualifier;
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
 *   <li>a later date (its period starts after the standing one ends) marks the standing deadline,
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

    /** The walk itself, over a chain already in announcement order. */
    static void apply(List<Deadline> chain) {
        Deadline standing = null;
        List<Deadline> confirmers = new java.util.ArrayList<>();
        for (Deadline d : chain) {
            Revision revision = null;
            Long previous = null;
            Long confirms = null;
            ReducedDate due = d.due();
            if (takesPart(d) && due != null) {
                if (standing != null) {
                    ReducedDate current = standing.due();
                    Revision moved = due.firstDay().isAfter(current.lastDay()) ? Revision.POSTPONED
                            : due.lastDay().isBefore(current.firstDay()) ? Revision.SUPERSEDED : null;
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
