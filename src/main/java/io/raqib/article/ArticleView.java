package io.raqib.article;

import io.raqib.source.SourceRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Article", description = "An archived article with its related articles")
public record ArticleView(
        @Schema(example = "7") Long id,
        @Schema(example = "التحالف الدولي ينهي مهمته في بغداد بحلول أيلول/سبتمبر 2025") String title,
        @Schema(example = "أعلن التحالف الدولي أن مهمته العسكرية في بغداد تنتهي بحلول أيلول/سبتمبر 2025.") String body,
        @Schema(example = "2024-09-27", nullable = true) LocalDate publishedAt,
        @Schema(nullable = true) SourceRef outlet,
        @Schema(example = "[\"العراق\", \"التحالف الدولي\"]") List<String> keywords,
        @Schema(nullable = true, example = "https://example.org/news/coalition-2025") String url,
        @Schema(example = "ar") String language,
        @Schema(description = "SHA-256 of the normalised title and body; equal content, equal hash") String contentHash,
        List<ArticleSummary> related,
        Instant createdAt,
        Instant updatedAt) {

    public static ArticleView of(Article article) {
        List<ArticleSummary> related = article.related.stream()
                .sorted(Comparator.comparing(a -> a.id))
                .map(ArticleSummary::of)
                .toList();
        return new ArticleView(article.id, article.title, article.body, article.publishedAt,
                SourceRef.of(article.outlet), article.keywordTexts(), article.url, article.language,
                article.contentHash, related, article.createdAt, article.updatedAt);
    }
}
