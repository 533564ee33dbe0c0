package io.raqib.eval;

import io.raqib.arabic.TokenizedText;
import io.raqib.article.ArticleField;
import io.raqib.claim.extraction.ArticleFigureExtractor;
import io.raqib.claim.extraction.ExtractedFigure;
import io.raqib.deadline.extraction.DeadlineExtractor;
import io.raqib.deadline.extraction.ExtractedDeadline;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the same pure extraction the service runs at ingest ({@code ClaimExtraction} and
 * {@code DeadlineService}: figures over title and body together, deadlines over each field, each
 * field tokenised once for both, as a bulk import does), without
 * the database, and places every result in the document's excerpt.
 */
final class Predictions {
    private static final ArticleFigureExtractor FIGURES = new ArticleFigureExtractor();

    /** A predicted figure with its span in the excerpt. */
    record Figure(int start, int end, ExtractedFigure figure) {
        boolean vague() {
            return figure.value() == null && figure.low() == null && figure.high() == null;
        }
    }

    /** A predicted deadline with its span in the excerpt; {@code due} ISO or null. */
    record Deadline(int start, int end, String due, ExtractedDeadline deadline) {
    }

    private Predictions() {
    }

    static List<Figure> figures(EvalDocument doc) {
        List<Figure> out = new ArrayList<>();
        for (ExtractedFigure f : FIGURES.extractFrom(read(doc.title()), read(doc.body()), doc.published())) {
            int base = base(doc, f.field());
            out.add(new Figure(base + f.start(), base + f.end(), f));
        }
        return out;
    }

    static List<Deadline> deadlines(EvalDocument doc) {
        List<Deadline> out = new ArrayList<>();
        for (ArticleField field : List.of(ArticleField.TITLE, ArticleField.BODY)) {
            String text = field == ArticleField.TITLE ? doc.title() : doc.body();
            int base = base(doc, field);
            for (ExtractedDeadline d : DeadlineExtractor.extractFrom(read(text), field, doc.published())) {
                out.add(new Deadline(base + d.start(), base + d.end(), d.due() == null ? null : d.due().toIso(), d));
            }
        }
        return out;
    }

    /** Each field read once for both extractors, as an import reads it (LinePreparer). */
    private static TokenizedText read(String text) {
        return text == null ? null : TokenizedText.of(text);
    }

    private static int base(EvalDocument doc, ArticleField field) {
        return field == ArticleField.TITLE ? doc.titleStart() : doc.bodyStart();
    }
}
