package io.raqib.claim.extraction;

import io.raqib.arabic.TokenizedText;
import io.raqib.article.ArticleField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link FigureExtractor} over an article's title and body, each with the other as
 * neighbouring context, and groups repeated mentions across both fields (a headline figure and
 * the same figure in the body share a group).
 */
public final class ArticleFigureExtractor {
    private final FigureExtractor extractor = new FigureExtractor();

    /** Title figures first, then body figures, each in text order. */
    public List<ExtractedFigure> extract(String title, String body, LocalDate published) {
        Analysis t = title == null || title.isBlank() ? null : new Analysis(title, published);
        Analysis b = body == null || body.isBlank() ? null : new Analysis(body, published);
        return extract(t, b);
    }

    /** The same, over fields read once for every extractor ({@link TokenizedText}). */
    public List<ExtractedFigure> extractFrom(TokenizedText title, TokenizedText body, LocalDate published) {
        Analysis t = title == null || title.isBlank() ? null : new Analysis(title, published);
        Analysis b = body == null || body.isBlank() ? null : new Analysis(body, published);
        return extract(t, b);
    }

    private List<ExtractedFigure> extract(Analysis t, Analysis b) {
        List<ExtractedFigure> all = new ArrayList<>();
        if (t != null) {
            all.addAll(extractor.extract(t, ArticleField.TITLE, b));
        }
        if (b != null) {
            all.addAll(extractor.extract(b, ArticleField.BODY, t));
        }
        return FigureGrouper.assign(all);
    }
}
