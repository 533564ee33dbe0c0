package io.raqib.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.article.ArticleField;
import io.raqib.arabic.ReducedDate;
import io.raqib.deadline.extraction.DeadlineSubject;
import io.raqib.deadline.extraction.ExtractedDeadline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring rules of the evaluation, on made-up entries. */
class EvalScoringTest {
    private static final EvalDocument DOC = new EvalDocument("t", "عنوان\nنص فيه بحلول نهاية العام المقبل وخلال الأشهر المقبلة",
            "عنوان", 0, "نص فيه بحلول نهاية العام المقبل وخلال الأشهر المقبلة", 6, null, List.of(), List.of(), false);

    @Test
    void oneToOneMovesAnEarlierMatchToFreeAPredictionForALaterEntry() {
        // gold 0 may take 0 or 1, gold 1 only 0: both must be matched
        OneToOne.Edge edge = (g, p) -> g == 0 || p == 0;
        int[] match = OneToOne.match(2, 2, List.of(new OneToOne.Tier(List.of(0, 1), edge)));
        assertThat(match).containsExactly(1, 0);
    }

    @Test
    void anEarlierTierWinsAndALaterOneOnlyTakesWhatIsLeft() {
        OneToOne.Edge strong = (g, p) -> g == 1 && p == 0;
        OneToOne.Edge weak = (g, p) -> p == 0;
        int[] match = OneToOne.match(2, 1, List.of(new OneToOne.Tier(List.of(1), strong),
                new OneToOne.Tier(List.of(0), weak)));
        assertThat(match).containsExactly(-1, 0);
    }

    @Test
    void aDeadlineMatchesTheGoldDateOrARefinementButNotACoarserDate() {
        GoldDeadline gold = new GoldDeadline("بحلول نهاية العام المقبل", "2026-12", null, null, null, null, false);
        assertThat(Scorer.deadlineAgrees(DOC, gold, deadline(13, 31, "2026-12"))).isTrue();
        assertThat(Scorer.deadlineAgrees(DOC, gold, deadline(13, 31, "2026-12-31"))).isTrue();
        assertThat(Scorer.deadlineAgrees(DOC, gold, deadline(13, 31, "2026"))).isFalse();
        assertThat(Scorer.deadlineAgrees(DOC, gold, deadline(13, 31, "2026-11"))).isFalse();
    }

    @Test
    void aRelativeDayPreciseGoldAcceptsItsMonth() {
        GoldDeadline relative = new GoldDeadline("بحلول نهاية العام المقبل", "2026-03-07", "خلال 30 يوما", null, null, null, false);
        GoldDeadline absolute = new GoldDeadline("بحلول نهاية العام المقبل", "2026-03-07", null, null, null, null, false);
        assertThat(Scorer.deadlineAgrees(DOC, relative, deadline(13, 31, "2026-03"))).isTrue();
        assertThat(Scorer.deadlineAgrees(DOC, absolute, deadline(13, 31, "2026-03"))).isFalse();
    }

    @Test
    void unresolvedDeadlinesMatchOnlyWhereTheTextsOverlap() {
        GoldDeadline vague = new GoldDeadline("خلال الأشهر المقبلة", null, "خلال الأشهر المقبلة", null, null, null, false);
        int at = DOC.excerpt().indexOf("خلال الأشهر");
        assertThat(Scorer.deadlineAgrees(DOC, vague, deadline(at, at + 10, null))).isTrue();
        assertThat(Scorer.deadlineAgrees(DOC, vague, deadline(13, 31, null))).isFalse();
        assertThat(Scorer.deadlineAgrees(DOC, vague, deadline(at, at + 10, "2026"))).isFalse();
    }

    private static Predictions.Deadline deadline(int start, int end, String due) {
        ExtractedDeadline d = new ExtractedDeadline(ArticleField.BODY, start - 6, end - 6, "x", "x",
                due == null ? null : ReducedDate.parse(due), null, DeadlineSubject.OTHER, null, null, null, null, 0.5);
        return new Predictions.Deadline(start, end, due, d);
    }
}
