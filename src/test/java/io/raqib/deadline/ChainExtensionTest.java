package io.raqib.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.arabic.ReducedDate;
import io.raqib.article.Article;
import io.raqib.article.ArticleField;
import io.raqib.common.Origin;
import io.raqib.common.Review;
import io.raqib.deadline.extraction.DeadlineSubject;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The chains a bulk import extends chunk by chunk ({@link DeadlineChains#extend}, reading only what
 * can change) end exactly as a walk of each whole chain leaves them, with only the deadlines whose
 * links changed updated (one history entry each), against the real PostgreSQL. Each test walks a
 * chain of its own key, so the rest of the suite's deadlines cannot reach it.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ChainExtensionTest {
    private static final LocalDate DAY_ONE = LocalDate.of(2031, 1, 1);

    private final String key = "TEST" + Long.toString(System.nanoTime(), 36) + "/IQ/MISSION_END";

    /** Articles of their own, one a day from DAY_ONE, so the chain's order is the order of this list. */
    private List<Long> articles(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(Api.createArticle(Map.of("title", "مقالة سلسلة " + key + " رقم " + i,
                    "body", "نص قصير بلا مواعيد للمقالة رقم " + i, "publishedAt", DAY_ONE.plusDays(i).toString())));
        }
        return ids;
    }

    /**
     * Adds deadlines (article index → due) as one chunk of an import does: not persisted, handed to the
     * extension, which persists them with their links; then the chunk is flushed.
     */
    private List<Long> addChunk(List<Long> articleIds, Map<Integer, String> dues) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // as the chunk writer: no flush before each query
            Deadline.getEntityManager().setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
            DeadlineChains.lock();
            List<Deadline> added = new ArrayList<>();
            dues.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                Article article = Article.findById(articleIds.get(e.getKey()));
                Deadline d = new Deadline();
                d.article = article;
                d.field = ArticleField.BODY;
                d.start = 0;
                d.end = 4;
                d.text = "موعد";
                d.sentence = "موعد";
                d.setDue(ReducedDate.parse(e.getValue()));
                d.subject = DeadlineSubject.MISSION_END;
                d.origin = Origin.EXTRACTED;
                d.review = Review.UNREVIEWED;
                d.announcedOn = article.publishedAt;
                d.chainKey = key;
                d.createdAt = Instant.now();
                d.updatedAt = d.createdAt;
                added.add(d);
            });
            DeadlineChains.extend(Map.of(key, added));
            Deadline.flush();
            return added.stream().map(d -> d.id).toList();
        });
    }

    /** Revision, previous and confirmed id of every deadline of the chain, by id. */
    private Map<Long, String> links() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, String> links = new HashMap<>();
            Deadline.chain(key).forEach(d -> links.put(d.id, d.revision + "/" + d.previousId + "/" + d.confirmsId));
            return links;
        });
    }

    /** What a walk of the whole chain, as entities, gives: the reference the extension must equal. */
    private Map<Long, String> walkedWhole() {
        Map<Long, String> links = new HashMap<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                DeadlineChains.recompute(key);
                Deadline.chain(key).forEach(d -> links.put(d.id, d.revision + "/" + d.previousId + "/" + d.confirmsId));
                QuarkusTransaction.setRollbackOnly();
            });
        } catch (RuntimeException rolledBack) {
            // the walk only looks
        }
        return links;
    }

    private static Map<Long, Long> updates(List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        ids.forEach(id -> counts.put(id, updates(id)));
        return counts;
    }

    private static long updates(long deadlineId) {
        List<String> actions = given().queryParam("size", 100).get("/deadlines/" + deadlineId + "/history")
                .then().statusCode(200).extract().path("items.action");
        return actions.stream().filter("updated"::equals).count();
    }

    @Test
    void aLaterDateAppendedRevisesTheStandingDeadlineAndEveryConfirmerOnce() {
        List<Long> articleIds = articles(42);
        Map<Integer, String> confirming = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            confirming.put(i, i % 2 == 0 ? "2032-09" : "2032");   // "2032" overlaps September 2032: a confirmation
        }
        List<Long> first = addChunk(articleIds, confirming);
        Map<Long, Long> written = updates(first);
        // inserted with their links: not one update
        assertThat(written).hasSize(40).allSatisfy((id, n) -> assertThat(n).as("updates of #" + id).isZero());
        Map<Long, String> standing = links();
        assertThat(standing.get(first.get(0))).isEqualTo("null/null/null");
        assertThat(first.subList(1, 40)).allSatisfy(id -> assertThat(standing.get(id)).isEqualTo("null/null/" + first.get(0)));

        // appended after the chain's last announcement, a later date: all 40 announcements are postponed
        List<Long> later = addChunk(articleIds, Map.of(40, "2033-03"));
        Map<Long, String> after = links();
        assertThat(first).allSatisfy(id -> assertThat(after.get(id)).startsWith("POSTPONED/"));
        assertThat(after.get(first.get(5))).isEqualTo("POSTPONED/null/" + first.get(0));
        assertThat(after.get(later.get(0))).isEqualTo("null/" + first.get(0) + "/null");
        assertThat(after).isEqualTo(walkedWhole());
        assertThat(first).allSatisfy(id -> assertThat(updates(id)).as("updates of #" + id).isEqualTo(written.get(id) + 1));

        long updatesOfLater = updates(later.get(0));
        assertThat(updatesOfLater).isZero();

        // appended again, the same date as the standing one: a confirmation, and nothing else is written
        List<Long> again = addChunk(articleIds, Map.of(41, "2033"));
        Map<Long, String> last = links();
        assertThat(last.get(again.get(0))).isEqualTo("null/null/" + later.get(0));
        assertThat(last).isEqualTo(walkedWhole());
        assertThat(first).allSatisfy(id -> assertThat(updates(id)).isEqualTo(written.get(id) + 1));
        assertThat(updates(later.get(0))).isEqualTo(updatesOfLater);
    }

    @Test
    void anAnnouncementInTheMiddleOfTheChainRewritesOnlyTheLinksItChanges() {
        List<Long> articleIds = articles(31);
        Map<Integer, String> dues = new HashMap<>();
        for (int i = 0; i < 30; i += 2) {
            dues.put(i, i < 20 ? "2032-09" : "2034");   // a standing date confirmed nine times, then a later one
        }
        List<Long> first = addChunk(articleIds, dues);
        Map<Long, Long> written = updates(first);
        Map<Long, String> before = links();
        assertThat(before).isEqualTo(walkedWhole());

        // between the 6th and 7th announcement, an earlier date: it supersedes the first six; the next
        // announcement of September 2032 then postpones it and the rest confirm that one instead
        List<Long> middle = addChunk(articleIds, Map.of(11, "2032-03", 30, "2034"));
        Map<Long, String> after = links();
        assertThat(after).isEqualTo(walkedWhole());
        assertThat(updates(middle)).allSatisfy((id, n) -> assertThat(n).as("updates of #" + id).isZero());
        assertThat(first.subList(0, 6)).allSatisfy(id -> assertThat(after.get(id)).startsWith("SUPERSEDED/"));
        assertThat(after.get(middle.get(0))).isEqualTo("POSTPONED/" + first.get(0) + "/null");
        assertThat(after.get(first.get(6))).isEqualTo("POSTPONED/" + middle.get(0) + "/null");
        assertThat(after.get(first.get(7))).isEqualTo("POSTPONED/null/" + first.get(6));
        assertThat(after.get(middle.get(1))).isEqualTo("null/null/" + first.get(10));

        // only the deadlines whose links changed were written, each once; the later date's confirmers were not
        for (Long id : first) {
            boolean changed = !after.get(id).equals(before.get(id));
            assertThat(updates(id)).as("updates of #" + id).isEqualTo(written.get(id) + (changed ? 1 : 0));
        }
        assertThat(first.subList(11, 15)).allSatisfy(id -> assertThat(after.get(id)).isEqualTo(before.get(id)));
    }
}
