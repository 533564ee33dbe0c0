package io.raqib.claim;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.raqib.common.ProblemException;
import io.raqib.config.RaqibConfig;
import io.raqib.search.ArabicQuery;
import io.raqib.search.NameAliases;
import io.raqib.search.SearchIndex;
import io.raqib.search.SearchUnavailableException;
import io.raqib.search.TextQueryBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Arabic full-text over claim sentences (and the mention and its attribution), with the same
 * analysis and query rules as article search: spelling variants, month names, digits, phrases.
 * Answers the matching claim ids, most relevant first; the database applies the other filters.
 */
@ApplicationScoped
public class ClaimSearch {
    /** At most this many matches are considered (index.max_result_window). */
    public static final int MAX_MATCHES = 10_000;
    static final TextQueryBuilder.Fields FIELDS = new TextQueryBuilder.Fields(
            List.of("sentence", "text^2", "attribution"),
            List.of("sentence.exact^1.5", "text.exact^3", "attribution.exact"),
            List.of("sentence.exact", "text.exact^2"));

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchIndex index;

    @Inject
    ClaimDocuments claims;

    @Inject
    RaqibConfig config;

    @Inject
    NameAliases names;

    /** Parses q (400 when it is too long or has no words) without touching the index. */
    public ArabicQuery parse(String q) {
        // Same reading as article search, aliases included (سنتكوم ↔ القيادة المركزية الأمريكية).
        return ArabicQuery.parse(q, config.search().maxQueryLength(), config.search().maxQueryWords(),
                names.forQuery());
    }

    public List<Long> matchingIds(ArabicQuery query) {
        Query built = TextQueryBuilder.build(query, List.of(), FIELDS);
        SearchResponse<Map> response;
        try {
            index.ensureExists(claims);
            response = client.search(s -> s.index(claims.alias()).query(built).size(MAX_MATCHES)
                    .source(src -> src.fetch(false))
                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Desc))), Map.class);
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        } catch (ElasticsearchException e) {
            if (e.status() >= 500 || e.status() == 429) {
                throw new SearchUnavailableException(e);
            }
            throw ProblemException.badRequest("the search could not be run: " + e.error().reason());
        }
        return response.hits().hits().stream().map(h -> Long.parseLong(h.id())).toList();
    }
}
