package io.raqib.claim;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Timeline, conflicts and confirmations over a million claims on the real PostgreSQL: time and
 * heap of each answer, grouped in the database, beside the in-memory timeline they replaced
 * (-Dbench.claims.inMemory=true adds the in-memory conflicts: every claim loaded, minutes and gigabytes). A benchmark, not a timed test: it prints
 * its figures and asserts only that the answers make sense. Run with ./raqib bench.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
@Tag("benchmark")
class ClaimAggregatesBenchmarkTest {
    static final int CLAIMS = Integer.getInteger("bench.claims", 1_000_000);

    @Inject
    ClaimTimeline timeline;

    @Inject
    ClaimConflicts conflicts;

    @Inject
    ClaimConfirmations confirmations;

    @Inject
    EntityManager em;

    /** Runs {@code work} and prints its time, the heap's peak during it and what its answer keeps. */
    static <T> T measure(String what, Supplier<T> work) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = used(heap, false);
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        T answer = work.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        long peak = used(heap, true);
        System.gc();
        long kept = used(heap, false);
        System.out.printf("claims bench: %-58s %7d ms, heap peak %5d MB above the %d MB before, answer keeps %4d MB%n",
                what, millis, Math.max(0, peak - before) >> 20, before >> 20, Math.max(0, kept - before) >> 20);
        return answer;
    }

    private static long used(List<MemoryPoolMXBean> heap, boolean peak) {
        return heap.stream().mapToLong(p -> (peak ? p.getPeakUsage() : p.getUsage()).getUsed()).sum();
    }

    @Test
    void overAMillionClaims() {
        boolean inMemory = Boolean.parseBoolean(System.getProperty("bench.claims.inMemory", "false"));
        ClaimAggregatesTest.rolledBack(() -> {
            long started = System.nanoTime();
            ScaleClaims set = new ScaleClaims(ClaimAggregatesTest.run(), "QX").sources(em);
            set.series(em, CLAIMS);
            for (int month : new int[] {30, 120, 200}) {
                set.one(em, 0, month, 9000, "ASSERTED");
            }
            set.one(em, 1, 60, ScaleClaims.figure(1), "DENIED");
            em.createNativeQuery("analyze claim").executeUpdate();
            System.out.printf("claims bench: %d claims written in %d s (generate_series, one transaction, rolled back "
                    + "at the end)%n", CLAIMS, (System.nanoTime() - started) / 1_000_000_000);

            TimelineQuery twoYears = new TimelineQuery("US", "QX", "موقع رقم 3", FigureKind.PRESENCE,
                    ReducedDate.parse("2005-01"), ReducedDate.parse("2006-12"), null);
            TimelineQuery place = new TimelineQuery("US", "QX", "موقع رقم 3", FigureKind.PRESENCE, null, null, null);
            TimelineQuery country = new TimelineQuery("US", "QX", null, FigureKind.PRESENCE, null, null, null);
            Timeline t = measure("timeline, one place, two years", () -> timeline.timeline(twoYears));
            assertThat(t.points().size()).isEqualTo(24);
            Timeline all = measure("timeline, one place, 20 years (" + CLAIMS / ScaleClaims.SERIES + " claims listed)",
                    () -> timeline.timeline(place));
            assertThat(all.points().size()).isEqualTo(ScaleClaims.MONTHS);
            measure("timeline, the country (every claim listed)", () -> timeline.timeline(country));

            Paging first = new Paging();
            first.size = 20;
            PageView<Conflict> page = measure("conflicts, first page", () -> conflicts.conflicts(
                    new ConflictQuery("US", "QX", null, null, null), first));
            assertThat(page.total()).isEqualTo(4);

            List<Claim> claims = Claim.find("country = ?1 order by id", "QX").page(0, 100).list();
            measure("confirmations of a page of 100 claims", () -> confirmations.views(claims));

            measure("before: timeline, one place, 20 years, in memory", () -> InMemoryClaimAggregates.timeline(place));
            em.clear();
            if (inMemory) {
                measure("before: conflicts, in memory", () -> InMemoryClaimAggregates.conflicts("US", "QX", null, 90));
                em.clear();
            }
        });
    }
}
