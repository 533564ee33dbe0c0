package io.raqib.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.raqib.arabic.TokenizedText;
import io.raqib.article.ArticleField;
import io.raqib.claim.extraction.ArticleFigureExtractor;
import io.raqib.deadline.extraction.DeadlineExtractor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An import tokenises each field once and hands the tokens and gazetteer names to both extractors
 * ({@link TokenizedText}); every figure and deadline found must be the same as when each extractor
 * reads the text by itself. Checked over every document of the development corpus and the seeds.
 */
class SharedReadingTest {
    private final ArticleFigureExtractor figures = new ArticleFigureExtractor();

    @Test
    void extractorsFindTheSameOverTextsReadOnceForBoth() {
        assumeTrue(EvalCorpus.available(EvalCorpus.devDir(), "gold.json"), "no development corpus");
        assumeTrue(EvalCorpus.available(EvalCorpus.seedsDir(), "expected.json"), "no seeds");
        List<EvalDocument> documents = new ArrayList<>(EvalCorpus.dev());
        documents.addAll(EvalCorpus.seeds());
        int found = 0;
        for (EvalDocument doc : documents) {
            TokenizedText title = TokenizedText.of(doc.title());
            TokenizedText body = TokenizedText.of(doc.body());
            var alone = figures.extract(doc.title(), doc.body(), doc.published());
            assertThat(figures.extractFrom(title, body, doc.published())).as(doc.id()).isEqualTo(alone);
            found += alone.size();
            for (ArticleField field : ArticleField.values()) {
                String text = field == ArticleField.TITLE ? doc.title() : doc.body();
                TokenizedText read = field == ArticleField.TITLE ? title : body;
                var deadlines = DeadlineExtractor.extract(text, field, doc.published());
                assertThat(DeadlineExtractor.extractFrom(read, field, doc.published())).as(doc.id()).isEqualTo(deadlines);
                found += deadlines.size();
            }
        }
        assertThat(found).as("figures and deadlines compared").isGreaterThan(100);
    }
}
