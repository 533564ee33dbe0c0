package io.raqib.claim;

import io.raqib.arabic.ReducedDate;
import java.util.Comparator;
import java.util.List;

/**
 * A conflict found, before its claims are read: its type, first claim (for force, country, place
 * and kind), span and sides of rows. Enough to order and page conflicts; {@link ClaimConflicts}
 * reads the whole claims of the page's conflicts only.
 */
record ConflictDraft(String type, ConflictRow first, String from, String to, List<Side> sides) {

    /** In the order of the answer: latest {@code to} first, then the first claim shown. */
    static final Comparator<ConflictDraft> ORDER = Comparator.comparing((ConflictDraft d) -> d.to() == null ? "" : d.to())
            .reversed().thenComparing(ConflictDraft::firstClaimId);

    /** A side's rows (in any order: the answer shows them by as-of, then id). */
    record Side(String label, Long low, Long high, List<ConflictRow> claims) {
    }

    static final Comparator<ConflictRow> BY_AS_OF = Comparator.comparing(ConflictRow::asOfDate,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ConflictRow::id);

    static ConflictDraft of(String type, ConflictRow first, List<ConflictRow> all, List<Side> sides) {
        return new ConflictDraft(type, first, all.stream().map(c -> ReducedDate.parse(c.asOf())).min(Comparator.naturalOrder())
                .map(ReducedDate::toIso).orElse(null), all.stream().map(c -> ReducedDate.parse(c.asOf()))
                .max(Comparator.naturalOrder()).map(ReducedDate::toIso).orElse(null), sides);
    }

    /** The id of the first claim the answer shows: the first side's earliest. */
    long firstClaimId() {
        return sides.get(0).claims().stream().min(BY_AS_OF).orElseThrow().id();
    }
}
