package io.raqib.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.arabic.ReducedDate;
import io.raqib.article.Article;
import io.raqib.common.Review;
import io.raqib.deadline.extraction.DeadlineQualifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain walk over deadlines in memory: no database needed to see postponements and confirmations. */
class DeadlineChainsTest {
    private long nextId = 1;

    Deadline announced(long articleId, String due) {
        Deadline d = new Deadline();
        d.id = nextId++;
        d.article = new Article();
        d.article.id = articleId;
        d.setDue(due == null ? null : ReducedDate.parse(due));
        d.review = Review.UNREVIEWED;
        return d;
    }

    @Test
    void aLaterDatePostponesTheStandingOneAndItsConfirmations() {
        Deadline first = announced(1, "2025-09");
        Deadline again = announced(2, "2025");
        Deadline later = announced(3, "2026-09");
        DeadlineChains.apply(List.of(first, again, later));
        assertThat(first.revision).isEqualTo(Revision.POSTPONED);
        assertThat(again.revision).isEqualTo(Revision.POSTPONED);
        assertThat(again.confirmsId).isEqualTo(first.id);
        assertThat(later.revision).isNull();
        assertThat(later.previousId).isEqualTo(first.id);
    }

    @Test
    void anEarlierDateSupersedes() {
        Deadline first = announced(1, "2026");
        Deadline earlier = announced(2, "2025-06");
        DeadlineChains.apply(List.of(first, earlier));
        assertThat(first.revision).isEqualTo(Revision.SUPERSEDED);
        assertThat(earlier.revision).isNull();
        assertThat(earlier.previousId).isEqualTo(first.id);
    }

    @Test
    void aRepeatInTheSameArticleIsNoConfirmation() {
        Deadline title = announced(1, "2025-09");
        Deadline body = announced(1, "2025-09");
        DeadlineChains.apply(List.of(title, body));
        assertThat(body.confirmsId).isNull();
        assertThat(title.revision).isNull();
        assertThat(body.revision).isNull();
    }

    @Test
    void proposalsRejectedAndUndatedDeadlinesReviseNothing() {
        Deadline standing = announced(1, "2025-09");
        Deadline proposed = announced(2, "2027");
        proposed.qualifier = DeadlineQualifier.PROPOSED;
        Deadline rejected = announced(3, "2028");
        rejected.review = Review.REJECTED;
        Deadline undated = announced(4, null);
        DeadlineChains.apply(List.of(standing, proposed, rejected, undated));
        assertThat(standing.revision).isNull();
        assertThat(List.of(proposed, rejected, undated)).allSatisfy(d -> {
            assertThat(d.revision).isNull();
            assertThat(d.previousId).isNull();
            assertThat(d.confirmsId).isNull();
        });
    }
}
