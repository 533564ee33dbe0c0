package io.raqib.article;

import io.quarkus.panache.common.Sort;
import io.raqib.config.RaqibConfig;
import io.raqib.search.IndexedType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    public Map<Long, ArticleDocument> loadAll(Collection<Long> ids) {
        Map<Long, ArticleDocument> found = new HashMap<>();
        if (!ids.isEmpty()) {
            Article.getEntityManager().createQuery("select distinct a from Article a left join fetch a.outlet"
                            + " left join fetch a.keywords where a.id in :ids", Article.class)
                    .setParameter("ids", ids).getResultList().forEach(a -> found.put(a.id, ArticleDocument.of(a)));
        }
        return found;
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
