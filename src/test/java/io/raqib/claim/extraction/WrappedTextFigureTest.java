package io.raqib.claim.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.article.ArticleField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure whose sentence a fixed-width wrap breaks over two lines reads as in one line. */
class WrappedTextFigureTest {
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    @Test
    void aQualifierOnTheLineAboveStillQualifiesTheCount() {
        String wrapped = String.join("\n",
                "قالت مصادر عسكرية إن الجيش التركي نشر في شمال العراق",
                "خلال الأسابيع الماضية، وفي إطار عملية المخلب، ما يزيد على",
                "3000 جندي من القوات الخاصة، وأضافت أن العملية مستمرة.");
        List<ExtractedFigure> figures = EXTRACTOR.extract(wrapped, ArticleField.BODY, LocalDate.of(2025, 1, 9));
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(3000);
            assertThat(f.qualifier()).isEqualTo(Qualifier.MORE_THAN);
            assertThat(f.force()).isEqualTo("TURKISH");
            assertThat(f.country()).isEqualTo("IQ");
            // offsets index the text as stored, line break and all
            assertThat(wrapped.substring(f.start(), f.end()).replace('\n', ' ')).isEqualTo(f.text());
        });
    }
}
