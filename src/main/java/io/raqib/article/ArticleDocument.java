package io.raqib.article;

import io.raqib.arabic.ArabicNormalizer;
import java.util.List;

/** What the search index holds for an article; everything in it is rebuilt from the database. */
public record ArticleDocument(
        Long id,
        String title,
        String body,
        String publishedAt,
        String outlet,
        Long outletId,
        List<String> keywords,
        List<String> keywordsNormalized,
        String language,
        String updatedAt,
        String createdAt) {

    public static ArticleDocument of(Article article) {
        return new ArticleDocument(
                article.id,
                article.title,
                article.body,
                article.publishedAt == null ? null : article.publishedAt.toString(),
                article.outlet == null ? null : article.outlet.name,
                article.outlet == null ? null : article.outlet.id,
                article.keywords.stream().map(k -> k.keyword).toList(),
                article.keywords.stream().map(k -> ArabicNormalizer.foldHamzaSeats(k.normalized)).distinct().toList(),
                article.language,
                article.updatedAt == null ? null : article.updatedAt.toString(),
                article.createdAt == null ? null : article.createdAt.toString());
    }
}
