package io.raqib.article;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import io.raqib.arabic.ArabicNormalizer;
import io.raqib.common.Paging;
import io.raqib.common.ProblemException;
import io.raqib.config.RaqibConfig;
import io.raqib.search.ArabicQuery;
import io.raqib.search.NameAliases;
import io.raqib.search.NodeSearch;
import io.raqib.search.SearchIndex;
import io.raqib.search.SearchUnavailableException;
import io.raqib.search.TextQueryBuilder;
import io.raqib.source.SourceRef;
import io.raqib.source.SourceRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Arabic full-text search over the article index, with filters, facets and highlights. */
@ApplicationScoped
public class ArticleSearch {
    /** Elasticsearch pages no deeper than this by default (index.max_result_window). */
    static final int MAX_WINDOW = 10_000;
    static final TextQueryBuilder.Fields FIELDS = new TextQueryBuilder.Fields(
            List.of("title^2", "body"), List.of("title.exact^3", "body.exact^1.5"), List.of("title.exact^2", "body.exact"));

    @Inject
    NodeSearch node;

    @Inject
    SearchIndex index;

    @Inject
    ArticleDocuments articles;

    @Inject
    RaqibConfig config;

    @Inject
    NameAliases names;

    public ArticleSearchResults search(String q, ArticleFilter filter, Paging paging) {
        return search(q, filter, paging, null);
    }

    /**
     * The search as the archive would have answered at {@code knownAt} (null: now): articles created by then.
     * No transaction of its own: only an outlet filter reads the database, in one of its own.
     */
    public ArticleSearchResults search(String q, ArticleFilter filter, Paging paging, java.time.Instant knownAt) {
        filter.validate();
        if ((paging.page + 1L) * paging.size > MAX_WINDOW) {
            throw ProblemException.badRequest("page × size may reach at most " + MAX_WINDOW + " results; narrow the query");
        }
        List<Query> filters = new ArrayList<>();
        if (filter.outlet != null && !filter.outlet.isBlank()) {
            long outletId = QuarkusTransaction.joiningExisting().call(
                    () -> SourceRegistry.byIdOrName(filter.outlet).map(s -> s.id).orElse(-1L));
            filters.add(Query.of(f -> f.term(t -> t.field("outletId").value(outletId))));
        }
        LocalDate from = filter.fromDate();
        LocalDate to = filter.toDate();
        if (from != null || to != null) {
            filters.add(Query.of(f -> f.range(r -> r.date(d -> {
                d.field("publishedAt");
                if (from != null) {
                    d.gte(from.toString());
                }
                if (to != null) {
                    d.lte(to.toString());
                }
                return d;
            }))));
        }
        if (knownAt != null) {
            filters.add(Query.of(f -> f.range(r -> r.date(d -> d.field("createdAt").lte(knownAt.toString())))));
        }
        if (filter.keyword != null && !filter.keyword.isBlank()) {
            // Both spellings: an index built before hamza seats were folded holds the first.
            String keyword = Keyword.normalize(filter.keyword);
            List<FieldValue> keys = Stream.of(keyword, ArabicNormalizer.foldHamzaSeats(keyword)).distinct()
                    .map(FieldValue::of).toList();
            filters.add(Query.of(f -> f.terms(t -> t.field("keywordsNormalized").terms(v -> v.value(keys)))));
        }
        boolean hasText = q != null && !q.isBlank();
        return run(query(q, filters), hasText, paging);
    }

    /** The query for a user's text (all articles when blank) under the given filters. */
    Query query(String q, List<Query> filters) {
        return q != null && !q.isBlank()
                ? TextQueryBuilder.build(ArabicQuery.parse(q, config.search().maxQueryLength(),
                        config.search().maxQueryWords(), names.forQuery()), filters, FIELDS)
                : Query.of(b -> b.bool(bool -> bool.filter(filters)));
    }

    /** The Elasticsearch request for a query: hits, highlights and facets in one round trip. */
    SearchRequest request(Query query, boolean byRelevance, Paging paging) {
        return SearchRequest.of(s -> {
            s.index(articles.alias()).query(query).from(paging.page * paging.size).size(paging.size)
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes("body")))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>")
                            .fields("title", f -> f.numberOfFragments(0))
                            .fields("body", f -> f.fragmentSize(160).numberOfFragments(3)))
                    .aggregations("outlets", a -> a.terms(t -> t.field("outlet").size(20)))
                    .aggregations("keywords", a -> a.terms(t -> t.field("keywords").size(20)))
                    .aggregations("months", a -> a.dateHistogram(d -> d.field("publishedAt")
                            .calendarInterval(CalendarInterval.Month).format("yyyy-MM").minDocCount(1)));
            if (byRelevance) {
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            }
            s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc).missing(FieldValue.of("_last"))));
            s.sort(o -> o.field(f -> f.field("id").order(SortOrder.Desc)));
            return s;
        });
    }

    private ArticleSearchResults run(Query query, boolean byRelevance, Paging paging) {
        try {
            index.ensureExists(articles);
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        }
        NodeSearch.Answer<ArticleDocument> answer = node.search(request(query, byRelevance, paging), ArticleDocument.class);
        List<NodeSearch.Hit<ArticleDocument>> found = answer.list();
        List<ArticleSearchResults.Hit> hits = new ArrayList<>(found.size());
        for (NodeSearch.Hit<ArticleDocument> hit : found) {
            ArticleDocument doc = hit.source();
            hits.add(new ArticleSearchResults.Hit(doc.id(), doc.title(),
                    doc.publishedAt() == null ? null : LocalDate.parse(doc.publishedAt()),
                    doc.outletId() == null ? null : new SourceRef(doc.outletId(), doc.outlet()),
                    doc.keywords(), hit.score() == null ? 0 : hit.score(), hit.highlights()));
        }
        ArticleSearchResults.Facets facets = new ArticleSearchResults.Facets(
                buckets(answer.facet("outlets")), buckets(answer.facet("months")), buckets(answer.facet("keywords")));
        return new ArticleSearchResults(hits, answer.total(), paging.page, paging.size, facets);
    }

    private static List<ArticleSearchResults.Bucket> buckets(List<NodeSearch.Bucket> buckets) {
        List<ArticleSearchResults.Bucket> out = new ArrayList<>(buckets.size());
        for (NodeSearch.Bucket b : buckets) {
            out.add(new ArticleSearchResults.Bucket(b.label(), b.docCount()));
        }
        return out;
    }
}
