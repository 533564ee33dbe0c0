package io.raqib.claim;

import io.quarkus.panache.common.Sort;
import io.raqib.common.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which claims a filter selects, and in what order: the database conditions of {@link ClaimQuery},
 * narrowed by the claims index when the filter has full text. Without an explicit sort, full text
 * ranks by relevance: then the selection is the ranked ids the conditions allow.
 */
@ApplicationScoped
public class ClaimSelection {
    @Inject
    ClaimSearch search;

    /** A JPQL selection; or, for a full-text query without an explicit sort, the ids by relevance. */
    record Selection(String query, Where where, Sort sort, List<Long> ranked, boolean empty) {
        static final Selection NONE = new Selection(null, null, null, null, true);
    }

    Selection select(ClaimFilter.Parsed f) {
        Optional<Where> conditions = ClaimQuery.where(f);
        if (conditions.isEmpty()) {
            return Selection.NONE;
        }
        Where where = conditions.get();
        List<Long> matches = null;
        if (f.q() != null) {
            matches = search.matchingIds(search.parse(f.q()));
            if (matches.isEmpty()) {
                return Selection.NONE;
            }
            where.and("c.id in :matches", "matches", matches);
        }
        String query = where.query(ClaimQuery.FROM);
        if (matches != null && f.sort() == null) {
            var ids = Claim.getEntityManager().createQuery("select c.id " + query, Long.class);
            where.params().map().forEach(ids::setParameter);
            Set<Long> allowed = new HashSet<>(ids.getResultList());
            List<Long> ranked = matches.stream().filter(allowed::contains).toList();
            return new Selection(null, null, null, ranked, ranked.isEmpty());
        }
        return new Selection(query, where, ClaimQuery.sort(f.sort()), null, false);
    }
}
