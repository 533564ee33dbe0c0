package io.raqib.claim.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.arabic.ArabicNumbers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule units pulled out of {@link FigureExtractor}, each on a few sentences of our own. */
class FigureRuleUnitsTest {

    private static Analysis analysis(String text) {
        return new Analysis(text, null);
    }

    @Test
    void rangeReaderSharesTheScaleWrittenOnceAndReadsBothEnds() {
        Analysis a = analysis("ينتشر ما بين 40 و60 ألفاً من المقاتلين في المنطقة");
        List<FigureDraft> drafts = new ArrayList<>();
        assertThat(RangeReader.read(a, 0, QualifierReader.before(a, a.numbers.get(0).firstToken()), drafts)).isTrue();
        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.low()).isEqualTo(40_000L);
            assertThat(d.high()).isEqualTo(60_000L);
            assertThat(d.qualifier()).isEqualTo(Qualifier.RANGE);
        });
    }

    @Test
    void sharedScaleKeepsAFirstNumberThatWouldOutgrowTheSecond() {
        assertThat(RangeReader.sharedScale(4, ArabicNumbers.parse("5 آلاف"))).isEqualTo(4000);
        assertThat(RangeReader.sharedScale(500, ArabicNumbers.parse("5 آلاف"))).isEqualTo(500);
        assertThat(RangeReader.sharedScale(1200, ArabicNumbers.parse("3000"))).isEqualTo(1200);
    }

    @Test
    void countedBeforeNeedsACountWordNamingForces() {
        Analysis counted = analysis("بلغ عدد القوات الأمريكية في القاعدة نحو 2000");
        Analysis money = analysis("بلغ عدد الزوار في المعرض نحو 2000");
        assertThat(CountedBefore.test(counted, counted.numbers.get(0).firstToken() - 1, counted.numbers.get(0).lastToken()))
                .isTrue();
        assertThat(CountedBefore.test(money, money.numbers.get(0).firstToken() - 1, money.numbers.get(0).lastToken()))
                .isFalse();
    }

    @Test
    void dualNounsStandAloneOnlyWhenNoNumberOrArticleComesWithThem() {
        assertThat(DualNouns.find(analysis("أصيب جنديان في الهجوم"))).hasSize(1);
        assertThat(DualNouns.find(analysis("أصيب عسكريَّان في الهجوم"))).hasSize(1);
        assertThat(DualNouns.find(analysis("زار الوزير الجنديين في المستشفى"))).isEmpty();
        assertThat(DualNouns.find(analysis("قتل عسكريين كثر في الحرب"))).isEmpty();
    }

    @Test
    void forceSentenceNamesAForceAndNoCivilians() {
        Analysis forces = analysis("قتل 12 شخصاً في هجوم على مواقع الحشد الشعبي");
        Analysis civilians = analysis("قتل 12 شخصاً بينهم أطفال في قصف على مواقع الحشد الشعبي");
        Analysis none = analysis("قتل 12 شخصاً في حادث سير");
        assertThat(ForceSentence.aboutForces(forces, 1)).isTrue();
        assertThat(ForceSentence.aboutForces(civilians, 1)).isFalse();
        assertThat(ForceSentence.aboutForces(none, 1)).isFalse();
    }
}
