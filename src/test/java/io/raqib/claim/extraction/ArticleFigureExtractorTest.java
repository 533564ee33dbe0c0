package io.raqib.claim.extraction;

import io.raqib.article.ArticleField;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFigureExtractorTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 2);
    private final ArticleFigureExtractor extractor = new ArticleFigureExtractor();

    private static final String TITLE = "واشنطن ترسل 1500 جندي إضافي إلى العراق";
    private static final String BODY = """
            قالت مصادر عسكرية إن 1500 جندي إضافي سيصلون إلى قاعدة عين الأسد خلال أيام.
            وينتشر في العراق حاليا نحو 2500 جندي أمريكي، بحسب البنتاغون.
            وأكد مسؤول أن 1500 جندي إضافي سيعززون القوات الموجودة، فيما قتل 3 جنود عراقيين في هجوم منفصل.""";

    @Test
    void titleAndBodyMentionsOfOneFigureShareAGroup() {
        List<ExtractedFigure> figures = extractor.extract(TITLE, BODY, PUBLISHED);
        assertThat(figures).extracting(ExtractedFigure::field).startsWith(ArticleField.TITLE);
        List<ExtractedFigure> fifteenHundred = figures.stream().filter(f -> Long.valueOf(1500).equals(f.value())).toList();
        assertThat(fifteenHundred).hasSize(3);
        assertThat(fifteenHundred).extracting(ExtractedFigure::group).containsOnly(fifteenHundred.get(0).group());
        assertThat(fifteenHundred).allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FigureKind.DEPLOYMENT);
            assertThat(f.force()).isEqualTo("US");
        });
        ExtractedFigure presence = figures.stream().filter(f -> Long.valueOf(2500).equals(f.value())).findFirst().orElseThrow();
        assertThat(presence.group()).isNotEqualTo(fifteenHundred.get(0).group());
        assertThat(presence.qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(presence.attributionKey()).isEqualTo("PENTAGON");
        ExtractedFigure casualties = figures.stream().filter(f -> Long.valueOf(3).equals(f.value())).findFirst().orElseThrow();
        assertThat(casualties.kind()).isEqualTo(FigureKind.CASUALTIES);
        assertThat(casualties.force()).isEqualTo("IRAQI");
    }

    @Test
    void offsetsAndSentencesPointIntoTheirField() {
        for (ExtractedFigure f : extractor.extract(TITLE, BODY, PUBLISHED)) {
            String field = f.field() == ArticleField.TITLE ? TITLE : BODY;
            assertThat(field.substring(f.start(), f.end())).isEqualTo(f.text());
            assertThat(field).contains(f.sentence());
            assertThat(f.sentence()).contains(f.text());
            assertThat(f.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void extractionIsDeterministic() {
        assertThat(extractor.extract(TITLE, BODY, PUBLISHED)).isEqualTo(extractor.extract(TITLE, BODY, PUBLISHED));
    }

    @Test
    void theTitleBorrowsForceAndPlaceFromTheBodyWhenItNamesNone() {
        List<ExtractedFigure> figures = extractor.extract("إرسال 800 جندي إضافي",
                "أعلنت القوات التركية أنها ستنشر تعزيزات في شمال العراق.", PUBLISHED);
        assertThat(figures).hasSize(1);
        assertThat(figures.get(0).force()).isEqualTo("TURKISH");
        assertThat(figures.get(0).country()).isEqualTo("IQ");
    }

    @Test
    void missingFieldsAndDatesAreFine() {
        assertThat(extractor.extract(null, null, null)).isEmpty();
        assertThat(extractor.extract("", "  ", null)).isEmpty();
        List<ExtractedFigure> figures = extractor.extract(null, "ينتشر 900 جندي أمريكي في سوريا.", null);
        assertThat(figures).singleElement().satisfies(f -> assertThat(f.asOf()).isNull());
    }

    @Test
    void publicationDateIsTheDefaultAsOf() {
        List<ExtractedFigure> figures = extractor.extract(null, "ينتشر 900 جندي أمريكي في سوريا.", PUBLISHED);
        assertThat(figures).singleElement().satisfies(f -> assertThat(f.asOf()).isEqualTo("2025-03-02"));
    }
}
