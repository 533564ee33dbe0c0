package io.raqib.article;

import io.quarkus.panache.common.Sort;
import io.raqib.config.RaqibConfig;
import io.raqib.search.IndexedType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Articles as the search index holds them. */
@ApplicationScoped
public class ArticleDocuments implements IndexedType<ArticleDocument> {
    @Inject
    RaqibConfig config;

    @Override
    public String aggregate() {
        return ArticleService.AGGREGATE;
    }

    @Override
    public String alias() {
        return config.search().articlesAlias();
    }

    @Override
    public String definition() {
        return "/search/articles-index.json";
    }

    @Override
    public Optional<ArticleDocument> load(long id) {
        return Article.<Article>findByIdOptional(id).map(ArticleDocument::of);
    }

    @Override
    public List<ArticleDocument> after(long afterId, int size) {
        return Article.<Article>find("id > ?1", Sort.by("id"), afterId).page(0, size).list().stream().map(ArticleDocument::of).toList();
    }

    @Override
    public long idOf(ArticleDocument document) {
        return document.id();
    }
}
