package io.raqib.claim;

import io.raqib.arabic.ReducedDate;
import io.raqib.common.PastStates;
import io.raqib.common.Where;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Claims as the archive knew them at an instant: the rows nobody touched since (read with the
 * caller's query, created by then), and the others rebuilt from the change history
 * ({@link PastStates}) and tested with the caller's conditions in Java.
 */
@ApplicationScoped
public class ClaimsAsKnown {

    /** Every claim as it stood at {@code at} that had been changed, deleted or created since. */
    public PastStates.Snapshot<Claim> snapshot(Instant at) {
        return PastStates.at(Claim.getEntityManager(), Claim.class, "claim", at, ClaimsAsKnown::derive);
    }

    /** Recomputes what the history leaves out because it follows from other fields. */
    static void derive(Claim c) {
        c.placeKey = c.place == null ? null : ClaimFigures.placeKey(c.place);
        c.asOfDate = c.asOf == null ? null : ReducedDate.parse(c.asOf).firstDay();
    }

    /** The untouched rows' extra conditions: archived by then, and not rebuilt. */
    static Where untouched(Where where, PastStates.Snapshot<Claim> snapshot) {
        return where.and("c.createdAt <= :knownAt", "knownAt", snapshot.at()).and(PastStates.untouchedSince("c", "claim"));
    }

    /**
     * The claims matching {@code where} (JPQL over {@code Claim c}) as known at the snapshot's
     * instant; {@code same} must say in Java what {@code where} says. In {@code order}.
     */
    /** One page of the claims as known, the untouched rows read no further than the page's end. */
    record Found(List<Claim> items, long total) {
    }

    Found page(PastStates.Snapshot<Claim> snapshot, Where where, Predicate<Claim> same, io.quarkus.panache.common.Sort sort,
               Comparator<Claim> order, int first, int size) {
        Where w = untouched(where, snapshot);
        var query = Claim.find(w.query("from Claim c"), sort, w.params());
        List<Claim> merged = new ArrayList<>(query.range(0, first + size - 1).<Claim>list());
        List<Claim> rebuilt = snapshot.states().stream().filter(same).toList();
        merged.addAll(rebuilt);
        merged.sort(order);
        List<Claim> items = merged.subList(Math.min(first, merged.size()), Math.min(first + size, merged.size()));
        return new Found(List.copyOf(items), query.count() + rebuilt.size());
    }

    List<Claim> list(PastStates.Snapshot<Claim> snapshot, Where where, Predicate<Claim> same, Comparator<Claim> order) {
        Where w = untouched(where, snapshot);
        List<Claim> out = new ArrayList<>(Claim.list(w.query("from Claim c"), w.params()));
        snapshot.states().stream().filter(same).forEach(out::add);
        out.sort(order);
        return out;
    }
}
