package io.raqib.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.arabic.ReducedDate;
import io.raqib.claim.extraction.FigureKind;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.testsupport.TestServersResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Timeline and conflicts grouped in the database give the answers the in-memory computation gave,
 * on the real PostgreSQL: over claims of every shape, and over 200,000 claims against answers
 * worked out from how the claims were made. The claims are written in a transaction that is rolled
 * back, so the suite's other tests never see them.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ClaimAggregatesTest {
    static final int MANY = 200_000;

    @Inject
    ClaimTimeline timeline;

    @Inject
    ClaimConflicts conflicts;

    @Inject
    EntityManager em;

    static void rolledBack(Runnable work) {
        QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(900));
        try {
            work.run();
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    static String run() {
        return Long.toString(System.nanoTime(), 36);
    }

    List<Conflict> allConflicts(ConflictQuery q, int size) {
        List<Conflict> out = new ArrayList<>();
        Paging paging = new Paging();
        paging.size = size;
        for (paging.page = 0; ; paging.page++) {
            PageView<Conflict> page = conflicts.conflicts(q, paging);
            out.addAll(page.items());
            if ((long) (paging.page + 1) * size >= page.total()) {
                assertThat(out).hasSize((int) page.total());
                return out;
            }
        }
    }

    @Test
    void sameAnswersAsTheInMemoryComputation() {
        rolledBack(() -> {
            ScaleClaims set = new ScaleClaims(run(), "QY").sources(em);
            set.mixed(em, 1500);
            for (TimelineQuery q : List.of(
                    new TimelineQuery("US", "QY", null, FigureKind.PRESENCE, null, null, null),
                    new TimelineQuery(null, "QY", null, FigureKind.PRESENCE, null, null, null),
                    new TimelineQuery("TURKISH", "QY", "قاعدة الشدادى", FigureKind.TARGET, null, null, null),
                    new TimelineQuery("US", "QY", "التنف", FigureKind.PRESENCE, ReducedDate.parse("2021-03-15"),
                            ReducedDate.parse("2022-06"), null),
                    new TimelineQuery(null, null, null, FigureKind.DEPLOYMENT, ReducedDate.parse("2021"), null, null))) {
                Timeline expected = InMemoryClaimAggregates.timeline(q);
                assertThat(timeline.timeline(q)).as(q.toString()).isEqualTo(expected);
                assertThat(expected.points()).as(q.toString()).isNotEmpty();
            }
            Set<String> types = new HashSet<>();
            for (ConflictQuery q : List.of(new ConflictQuery(null, "QY", null, 90, null),
                    new ConflictQuery("US", "QY", FigureKind.PRESENCE, 30, null),
                    new ConflictQuery("TURKISH", "QY", FigureKind.TARGET, 400, null),
                    new ConflictQuery(null, null, null, 0, null),
                    new ConflictQuery(null, "QY", FigureKind.DEPLOYMENT, 36_600, null))) {
                List<Conflict> expected = InMemoryClaimAggregates.conflicts(q.force(), q.country(), q.kind(), q.windowDays());
                assertThat(allConflicts(q, 40)).as(q.toString()).isEqualTo(expected);
                assertThat(expected).as(q.toString()).isNotEmpty();
                expected.forEach(c -> types.add(c.type()));
            }
            assertThat(types).containsExactlyInAnyOrder("figures", "denial");
        });
    }

    @Test
    void answersOverManyClaims() {
        rolledBack(() -> {
            ScaleClaims set = new ScaleClaims(run(), "QZ").sources(em);
            set.series(em, MANY);
            long low = set.one(em, 0, 30, 9000, "ASSERTED");
            long middle = set.one(em, 0, 120, 9000, "ASSERTED");
            long high = set.one(em, 0, 200, 9000, "ASSERTED");
            long denied = set.one(em, 1, 60, ScaleClaims.figure(1), "DENIED");

            // place 3 from 2005-01 to 2006-12: one point a month, every claim of that month, its sources counted
            Timeline t = timeline.timeline(new TimelineQuery("US", "QZ", "موقع رقم 3", FigureKind.PRESENCE,
                    ReducedDate.parse("2005-01"), ReducedDate.parse("2006-12"), null));
            assertThat(t.points().size()).isEqualTo(24);
            for (int k = 0; k < 24; k++) {
                int month = 60 + k;
                int claims = 0;
                Set<Integer> originators = new HashSet<>();
                Set<String> carried = new HashSet<>();
                for (long i = 1; i <= MANY; i++) {
                    if (ScaleClaims.series(i) == 3 && ScaleClaims.month(i) == month) {
                        claims++;
                        originators.add(ScaleClaims.originator(i));
                        int article = ScaleClaims.article(i);
                        carried.add(ScaleClaims.originator(i) + "|" + (article % 10 == 9 ? "a" + article : "o" + article % 3));
                    }
                }
                Timeline.Point p = t.points().get(k);
                assertThat(p.asOf()).isEqualTo(YearMonth.of(2000, 1).plusMonths(month).toString());
                assertThat(p.value()).isEqualTo(ScaleClaims.figure(3));
                assertThat(p.claims().size()).as(p.asOf()).isEqualTo(claims);
                assertThat(p.confirmations()).as(p.asOf())
                        .isEqualTo(new Confirmations(originators.size(), carried.size() - originators.size()));
            }

            for (int window : new int[] {90, 30}) {
                List<Conflict> found = allConflicts(new ConflictQuery("US", "QZ", null, window, null), 100);
                // latest first: the outliers of months 200 and 120, the denial of month 60, the outlier of month 30
                assertThat(found).extracting(Conflict::type).containsExactly("figures", "figures", "denial", "figures");
                int[] months = {200, 120, 60, 30};
                long[] lone = {high, middle, denied, low};
                for (int c = 0; c < 4; c++) {
                    int series = c == 2 ? 1 : 0;
                    long members = 0;
                    for (long i = 1; i <= MANY; i++) {
                        if (ScaleClaims.series(i) == series && gapDays(ScaleClaims.month(i), months[c]) <= window) {
                            members++;
                        }
                    }
                    List<Conflict.Side> sides = found.get(c).sides();
                    assertThat(sides).hasSize(2);
                    assertThat(sides.get(0).claims().size()).as("claims agreeing among themselves, within the window")
                            .isEqualTo((int) members);
                    assertThat(sides.get(1).claims()).extracting(ClaimView::id).containsExactly(lone[c]);
                    if (c != 2) {
                        assertThat(sides).extracting(Conflict.Side::label).containsExactly("1000", "9000");
                    }
                }
            }
        });
    }

    /** Days between two whole months counted from 2000-01 (0 for the same month). */
    static long gapDays(int a, int b) {
        YearMonth x = YearMonth.of(2000, 1).plusMonths(Math.min(a, b));
        YearMonth y = YearMonth.of(2000, 1).plusMonths(Math.max(a, b));
        return a == b ? 0 : ChronoUnit.DAYS.between(x.atEndOfMonth(), y.atDay(1));
    }
}
