package io.raqib.claim;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.raqib.common.Codes;
import io.raqib.source.Source;
import io.raqib.source.SourceRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conditions of a claim filter (q aside) as filters on the claims index, field for field the
 * same as {@link ClaimQuery}'s database conditions, so that a full-text query filters, sorts and
 * pages in Elasticsearch alone.
 */
final class ClaimIndexFilter {
    private ClaimIndexFilter() {
    }

    /** The filters, or empty when a named source does not exist (nothing can match). */
    static Optional<List<Query>> of(ClaimFilter.Parsed f) {
        List<Query> filters = new ArrayList<>();
        term(filters, "articleId", f.articleId());
        term(filters, "force", f.force());
        term(filters, "country", f.country());
        term(filters, "placeKey", f.placeKey());
        term(filters, "kind", Codes.code(f.kind()));
        term(filters, "qualifier", Codes.code(f.qualifier()));
        term(filters, "stance", Codes.code(f.stance()));
        term(filters, "review", Codes.code(f.review()));
        term(filters, "origin", Codes.code(f.origin()));
        LocalDate from = f.from();
        LocalDate to = f.to();
        if (from != null || to != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("asOfDate");
                if (from != null) {
                    d.gte(from.toString());
                }
                if (to != null) {
                    d.lte(to.toString());
                }
                return d;
            }))));
        }
        String[][] bySource = {{f.outlet(), "outletId"}, {f.originator(), "attributedToId"},
                {f.reporter(), "reportedById"}};
        for (String[] s : bySource) {
            if (s[0] != null) {
                Optional<Source> source = SourceRegistry.byIdOrName(s[0]);
                if (source.isEmpty()) {
                    return Optional.empty();
                }
                term(filters, s[1], source.get().id);
            }
        }
        if (f.attributedTo() != null) {
            Optional<Source> source = SourceRegistry.byIdOrName(f.attributedTo());
            if (source.isEmpty()) {
                return Optional.empty();
            }
            long id = source.get().id;
            filters.add(Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                    .should(s -> s.term(t -> t.field("attributedToId").value(id)))
                    .should(s -> s.term(t -> t.field("reportedById").value(id))))));
        }
        return Optional.of(filters);
    }

    private static void term(List<Query> filters, String field, Object value) {
        if (value == null) {
            return;
        }
        FieldValue v = value instanceof Long l ? FieldValue.of(l) : FieldValue.of(value.toString());
        filters.add(Query.of(q -> q.term(t -> t.field(field).value(v))));
    }
}
