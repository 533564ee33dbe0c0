package io.raqib.article;

import io.raqib.source.SourceRef;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleSummary", description = "An article without its body")
public record ArticleSummary(
        @Schema(example = "7") Long id,
        @Schema(example = "التحالف الدولي ينهي مهمته في بغداد بحلول أيلول/سبتمبر 2025") String title,
        @Schema(example = "2024-09-27", nullable = true) LocalDate publishedAt,
        @Schema(nullable = true) SourceRef outlet,
        @Schema(example = "[\"العراق\", \"التحالف الدولي\"]") List<String> keywords) {

    public static ArticleSummary of(Article article) {
        return new ArticleSummary(article.id, article.title, article.publishedAt, SourceRef.of(article.outlet),
                article.keywordTexts());
    }
}
