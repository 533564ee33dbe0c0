package io.raqib.ingest;

import io.raqib.article.ArticleInput;
import io.raqib.claim.extraction.ExtractedFigure;
import io.raqib.deadline.extraction.ExtractedDeadline;
import io.raqib.source.AttributionChains;
import java.util.List;

/**
 * One NDJSON line made ready to store, off the database: parsed, validated, hashed, its figures
 * and deadlines extracted with their attribution chains. Either {@code failure} says why the line cannot become an article, or
 * the rest is set.
 */
record PreparedLine(int line, ArticleInput input, String hash, List<ExtractedFigure> figures,
                    List<AttributionChains.Chain> figureChains, List<ExtractedDeadline> deadlines,
                    List<AttributionChains.Chain> deadlineChains, String failure, long bytes) {

    static PreparedLine failed(int line, ArticleInput input, String reason, long bytes) {
        return new PreparedLine(line, input, null, List.of(), List.of(), List.of(), List.of(), reason, bytes);
    }

    boolean isFailed() {
        return failure != null;
    }

    String title() {
        return input == null ? null : input.title();
    }
}
