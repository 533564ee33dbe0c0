package io.raqib.claim;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.raqib.common.ProblemException;
import io.raqib.config.RaqibConfig;
import io.raqib.search.ArabicQuery;
import io.raqib.search.NameAliases;
import io.raqib.search.NodeSearch;
import io.raqib.search.SearchIndex;
import io.raqib.search.SearchUnavailableException;
import io.raqib.search.TextQueryBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Arabic full-text over claim sentences (and the mention and its attribution), with the same
 * analysis and query rules as article search: spelling variants, month names, digits, phrases.
 * The claim filters are applied in the index too, so matches are filtered, ordered and paged in
 * one place, and the page is served from the hits' documents (the database reads only the claims a
 * document does not hold whole yet, and the confirmations).
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

    @Inject
    NodeSearch node;

    /** Parses q (400 when it is too long or has no words) without touching the index. */
    public ArabicQuery parse(String q) {
        // Same reading as article search, aliases included (سنتكوم ↔ القيادة المركزية الأمريكية).
        return ArabicQuery.parse(q, config.search().maxQueryLength(), config.search().maxQueryWords(),
                names.forQuery());
    }

    /** A page of matching claims as the index holds them, in order, and how many claims match in all. */
    public record Matches(List<ClaimDocument> documents, long total) {
        public List<Long> ids() {
            return documents.stream().map(ClaimDocument::id).toList();
        }
    }

    /**
     * The claims matching q under the filter's other conditions ({@link ClaimIndexFilter}), a page
     * at a time, ordered by relevance or by {@code sort} (as {@link ClaimQuery#sort}); at most
     * {@link #MAX_MATCHES} of them can be paged through.
     */
    public Matches page(ArabicQuery query, List<Query> filters, String sort, int from, int size) {
        int start = Math.min(from, MAX_MATCHES);
        int count = Math.max(0, Math.min(size, MAX_MATCHES - start));
        try {
            index.ensureExists(claims);
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        }
        NodeSearch.Answer<ClaimDocument> answer = node.search(request(query, filters, sort, start, count, null),
                ClaimDocument.class);
        long total = answer.hits() == null || answer.hits().total() == null ? 0 : answer.hits().total().value();
        return new Matches(answer.list().stream().map(NodeSearch.Hit::source).toList(), total);
    }

    /** The ids of up to {@link #MAX_MATCHES} claims matching q by relevance, whatever their other fields (asKnownAt filters them as they were). */
    public List<Long> matchingIds(ArabicQuery query) {
        return ids(run(request(query, List.of(), null, 0, MAX_MATCHES, null, false), Void.class));
    }

    /**
     * Every match in order, a batch at a time (search_after), up to {@code limit}: for the export,
     * which writes each batch before it asks for the next.
     */
    public void each(ArabicQuery query, List<Query> filters, String sort, int limit, int batch,
                     Consumer<List<Long>> sink) {
        List<FieldValue> after = null;
        int seen = 0;
        while (seen < limit) {
            SearchResponse<Void> response = run(request(query, filters, sort, 0, Math.min(batch, limit - seen), after,
                    false), Void.class);
            List<Hit<Void>> hits = response.hits().hits();
            if (hits.isEmpty()) {
                return;
            }
            sink.accept(ids(response));
            seen += hits.size();
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /**
     * The Elasticsearch request for a page of matches with their documents (public: the benchmark
     * sends it to the node itself).
     */
    public SearchRequest request(ArabicQuery query, List<Query> filters, String sort, int from, int size,
                                 List<FieldValue> after) {
        return request(query, filters, sort, from, size, after, true);
    }

    /** The same, with the documents or only the ids (exports and asKnownAt read the claims from the database). */
    private SearchRequest request(ArabicQuery query, List<Query> filters, String sort, int from, int size,
                                  List<FieldValue> after, boolean documents) {
        Query built = TextQueryBuilder.build(query, filters, FIELDS);
        return SearchRequest.of(s -> {
            s.index(claims.alias()).query(built).size(size).trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.fetch(documents));
            if (after != null) {
                s.searchAfter(after);
            } else {
                s.from(from);
            }
            if (sort == null) {
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
                s.sort(o -> o.field(f -> f.field("id").order(SortOrder.Desc)));
                return s;
            }
            SortOrder order = sort.startsWith("-") ? SortOrder.Desc : SortOrder.Asc;
            String field = switch (sort.replace("-", "")) {
                case "value" -> "value";
                case "confidence" -> "confidence";
                default -> "asOfDate";
            };
            // as in SQL: claims without the value last in either direction, ids breaking ties
            s.sort(o -> o.field(f -> f.field(field).order(order).missing(FieldValue.of("_last"))));
            s.sort(o -> o.field(f -> f.field("id").order(order)));
            return s;
        });
    }

    private <T> SearchResponse<T> run(SearchRequest request, Class<T> type) {
        try {
            index.ensureExists(claims);
            return client.search(request, type);
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        } catch (ElasticsearchException e) {
            if (e.status() >= 500 || e.status() == 429) {
                throw new SearchUnavailableException(e);
            }
            throw ProblemException.badRequest("the search could not be run: " + e.error().reason());
        }
    }

    private static List<Long> ids(SearchResponse<Void> response) {
        return response.hits().hits().stream().map(h -> Long.parseLong(h.id())).toList();
    }
}
