package io.raqib.deadline;

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
 *   <li>a later date (its period starts after the standing one ends) marks the standing deadline
 *       {@code postponed} and becomes the standing one;</li>
 *   <li>an earlier date marks it {@code superseded} and becomes the standing one;</li>
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
        for (Deadline d : chain) {
            Revision revision = null;
            Long previous = null;
            Long confirms = null;
            ReducedDate due = d.due();
            if (takesPart(d) && due != null) {
                if (standing != null) {
                    ReducedDate current = standing.due();
                    if (due.firstDay().isAfter(current.lastDay())) {
                        standing.revision = Revision.POSTPONED;
                        previous = standing.id;
                        standing = d;
                    } else if (due.lastDay().isBefore(current.firstDay())) {
                        standing.revision = Revision.SUPERSEDED;
                        previous = standing.id;
                        standing = d;
                    } else if (!standing.article.id.equals(d.article.id)) {
                        confirms = standing.id;
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
