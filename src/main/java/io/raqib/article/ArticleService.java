package io.raqib.article;

import io.raqib.common.RetriedOnConflict;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.ProblemException;
import io.raqib.common.Where;
import io.raqib.outbox.OutboxEvent;
import io.raqib.source.Source;
import io.raqib.source.SourceRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The article archive: every write also records an outbox event for the search index. */
@ApplicationScoped
public class ArticleService {
    public static final String AGGREGATE = "article";

    @Inject
    Event<ArticleChanged> changes;

    /** The outcome of a create: the article, and whether it was new or already archived. */
    public record Created(ArticleView article, boolean isNew) {
    }

    @RetriedOnConflict
    @Transactional
    public Created create(ArticleInput input) {
        String hash = ContentHash.of(input.title(), input.body());
        Optional<Article> existing = Article.findByContentHash(hash);
        if (existing.isPresent()) {
            return new Created(ArticleView.of(existing.get()), false);
        }
        Article article = new Article();
        article.createdAt = Instant.now();
        apply(article, input, hash);
        article.persist();
        linkRelated(article, input.related());
        OutboxEvent.record(AGGREGATE, article.id, OutboxEvent.Operation.UPSERT);
        changes.fire(new ArticleChanged(article, ArticleChanged.Change.CREATED));
        return new Created(ArticleView.of(article), true);
    }

    @RetriedOnConflict
    @Transactional
    public ArticleView update(long id, ArticleInput input) {
        Article article = require(id);
        String hash = ContentHash.of(input.title(), input.body());
        Article.findByContentHash(hash).filter(other -> !other.id.equals(article.id)).ifPresent(other -> {
            throw new ProblemException(409, "conflict", "Conflict",
                    "article " + other.id + " already has this title and body");
        });
        Long outletBefore = article.outlet == null ? null : article.outlet.id;
        java.time.LocalDate publishedBefore = article.publishedAt;
        apply(article, input, hash);
        boolean outletChanged = !java.util.Objects.equals(outletBefore, article.outlet == null ? null : article.outlet.id);
        if (input.related() != null) {
            for (Article other : new ArrayList<>(article.related)) {
                if (!input.related().contains(other.id)) {
                    article.related.remove(other);
                    other.related.remove(article);
                }
            }
            linkRelated(article, input.related());
        }
        OutboxEvent.record(AGGREGATE, article.id, OutboxEvent.Operation.UPSERT);
        changes.fire(new ArticleChanged(article, ArticleChanged.Change.UPDATED, outletChanged,
                !java.util.Objects.equals(publishedBefore, article.publishedAt)));
        return ArticleView.of(article);
    }

    /** Relates two archived articles both ways; idempotent. */
    @RetriedOnConflict
    @Transactional
    public void relate(long id, long otherId) {
        Article article = require(id);
        Article other = require(otherId);
        if (!article.related.contains(other)) {
            article.relateTo(other);
        }
    }

    @RetriedOnConflict
    @Transactional
    public void delete(long id) {
        Article article = require(id);
        changes.fire(new ArticleChanged(article, ArticleChanged.Change.DELETING));
        article.unrelateAll();
        article.delete();
        OutboxEvent.record(AGGREGATE, id, OutboxEvent.Operation.DELETE);
    }

    @Transactional
    public ArticleView get(long id) {
        return ArticleView.of(require(id));
    }

    @Transactional
    public PageView<ArticleSummary> list(ArticleFilter filter, Paging paging) {
        Optional<Where> where = where(filter);
        if (where.isEmpty()) {
            return new PageView<>(List.of(), 0, paging.page, paging.size);
        }
        Sort sort = Sort.by("publishedAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
                .and("id", Sort.Direction.Descending);
        var found = Article.find(where.get().query("from Article a"), sort, where.get().params())
                .page(Page.of(paging.page, paging.size));
        List<ArticleSummary> items = found.<Article>list().stream().map(ArticleSummary::of).toList();
        return new PageView<>(items, found.count(), paging.page, paging.size);
    }

    /** The conditions of the list filters over {@code Article a}, or empty when the named outlet does not exist. */
    static Optional<Where> where(ArticleFilter filter) {
        filter.validate();
        Where where = new Where();
        if (filter.outlet != null && !filter.outlet.isBlank()) {
            Optional<Source> outlet = SourceRegistry.byIdOrName(filter.outlet);
            if (outlet.isEmpty()) {
                return Optional.empty();
            }
            where.and("a.outlet = :outlet", "outlet", outlet.get());
        }
        where.and("a.publishedAt >= :from", "from", filter.fromDate())
                .and("a.publishedAt <= :to", "to", filter.toDate());
        if (filter.keyword != null && !filter.keyword.isBlank()) {
            where.and("exists (select 1 from Article k join k.keywords kw where k = a and kw.normalized = :keyword)",
                    "keyword", Keyword.normalize(filter.keyword));
        }
        return Optional.of(where);
    }

    private static Article require(long id) {
        return Article.require(id);
    }

    /**
     * A new article, not yet persisted, whose outlet the caller resolved (a bulk import resolves
     * each outlet once per import, not once per article).
     */
    public static Article newArticle(ArticleInput input, String hash, Source outlet) {
        Article article = new Article();
        article.createdAt = Instant.now();
        apply(article, input, hash, outlet);
        return article;
    }

    private static void apply(Article article, ArticleInput input, String hash) {
        apply(article, input, hash, input.outlet() == null || input.outlet().isBlank()
                ? null : SourceRegistry.outlet(input.outlet()));
    }

    private static void apply(Article article, ArticleInput input, String hash, Source outlet) {
        article.title = input.title().strip();
        article.body = input.body().strip();
        article.publishedAt = input.publishedAt();
        article.outlet = outlet;
        article.keywords.clear();
        if (input.keywords() != null) {
            input.keywords().stream().map(String::strip).distinct().map(Keyword::new).forEach(article.keywords::add);
        }
        article.url = input.url();
        article.language = input.language() == null ? "ar" : input.language();
        article.contentHash = hash;
        article.updatedAt = Instant.now();
    }

    private static void linkRelated(Article article, List<Long> relatedIds) {
        if (relatedIds == null) {
            return;
        }
        for (Long relatedId : relatedIds) {
            if (relatedId == null) {
                throw ProblemException.badRequest("related must not contain null");
            }
            Article other = Article.findById(relatedId);
            if (other == null) {
                throw ProblemException.badRequest("related article " + relatedId + " does not exist");
            }
            if (!article.related.contains(other) && !other.id.equals(article.id)) {
                article.relateTo(other);
            }
        }
    }
}
