package io.raqib.claim;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.quarkus.panache.common.Sort;
import io.raqib.common.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Which claims a filter selects, and in what order. Without full text, the database conditions of
 * {@link ClaimQuery}; with full text, the claims index alone filters, orders and pages
 * ({@link ClaimSearch}, {@link ClaimIndexFilter}), and the database reads the page's claims.
 */
@ApplicationScoped
public class ClaimSelection {
    @Inject
    ClaimSearch search;

    /** A JPQL selection (text == null), or a full-text one: the parsed q and the index filters. */
    record Selection(String query, Where where, Sort sort, Text text, boolean empty) {
        static final Selection NONE = new Selection(null, null, null, null, true);
    }

    /** A full-text selection, run by {@link ClaimSearch}. */
    record Text(io.raqib.search.ArabicQuery query, List<Query> filters, String sort) {
    }

    Selection select(ClaimFilter.Parsed f) {
        if (f.q() != null) {
            Optional<List<Query>> filters = ClaimIndexFilter.of(f);
            if (filters.isEmpty()) {
                return Selection.NONE;
            }
            return new Selection(null, null, null, new Text(search.parse(f.q()), filters.get(), f.sort()), false);
        }
        Optional<Where> conditions = ClaimQuery.where(f);
        if (conditions.isEmpty()) {
            return Selection.NONE;
        }
        Where where = conditions.get();
        return new Selection(where.query(ClaimQuery.FROM), where, ClaimQuery.sort(f.sort()), null, false);
    }
}
