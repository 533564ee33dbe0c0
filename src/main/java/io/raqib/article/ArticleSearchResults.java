package io.raqib.article;

import io.raqib.source.SourceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleSearchResults", description = "A page of matching articles with facets over all matches")
public record ArticleSearchResults(
        List<Hit> items,
        @Schema(example = "12") long total,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        Facets facets) {

    @Schema(name = "ArticleSearchHit")
    public record Hit(
            @Schema(example = "7") Long id,
            @Schema(example = "البنتاغون: نحو 2000 جندي أمريكي في سوريا") String title,
            @Schema(nullable = true, example = "2024-12-19") LocalDate publishedAt,
            @Schema(nullable = true) SourceRef outlet,
            List<String> keywords,
            @Schema(example = "7.31") double score,
            @Schema(description = "HTML-escaped fragments per field, matches marked with <em>",
                    example = "{\"body\": [\"أكد <em>البنتاغون</em> وجود نحو 2000 جندي\"]}")
            Map<String, List<String>> highlights) {
    }

    @Schema(name = "ArticleSearchFacets", description = "Counts over every match, not just this page")
    public record Facets(List<Bucket> outlets, List<Bucket> months, List<Bucket> keywords) {
    }

    @Schema(name = "FacetBucket")
    public record Bucket(@Schema(example = "شفق نيوز") String key, @Schema(example = "4") long count) {
    }
}
