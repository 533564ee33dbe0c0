package io.raqib.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.raqib.common.FeedPosition;
import io.raqib.outbox.RecordedChanges;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The figure buckets' candidates are read once, kept while nothing changes, and read again after a
 * change recorded here or a move of the changes feed's position (another replica's write); a bucket
 * many requests miss at once is read by one of them.
 */
class CandidateCacheTest {
    private final CandidateCache cache = new CandidateCache();
    private final List<List<List<String>>> reads = Collections.synchronizedList(new ArrayList<>());
    private static long position = 1_000;

    private static FigureSupport.Mention mention(long id, String force, String asOf) {
        return new FigureSupport.Mention(id, force, "SY", null, "presence", "asserted", FigureSupport.period(asOf),
                FigureInterval.of(io.raqib.claim.extraction.Qualifier.EXACT, 900L, 900L, 900L), "o" + id, "w" + id);
    }

    private static final List<String> US_MAY = List.of("US", "SY", "presence", "2014-05");
    private static final List<String> RU_MAY = List.of("RUSSIAN", "SY", "presence", "2014-05");
    private static final List<String> US_JUNE = List.of("US", "SY", "presence", "2014-06");

    @BeforeEach
    void theFeedIsBeingRead() {
        FeedPosition.read(position);
    }

    /** The "database": two US claims in May, one Russian, none in June. */
    private List<FigureSupport.Mention> read(List<List<String>> buckets) {
        reads.add(List.copyOf(buckets));
        List<FigureSupport.Mention> rows = new ArrayList<>();
        for (FigureSupport.Mention m : List.of(mention(1, "US", "2014-05-02"), mention(2, "US", "2014-05-20"),
                mention(3, "RUSSIAN", "2014-05-07"))) {
            if (buckets.contains(CandidateCache.bucketOf(m))) {
                rows.add(m);
            }
        }
        return rows;
    }

    private static List<Long> ids(Map<List<String>, FigureGroup> groups) {
        return groups.values().stream().flatMap(g -> Arrays.stream(g.ids()).boxed()).toList();
    }

    private Map<List<String>, FigureGroup> groups(List<List<String>> wanted) {
        return cache.groups(wanted, this::read);
    }

    @Test
    void aBucketIsReadOnceWhileNothingChanges() {
        assertThat(ids(groups(List.of(US_MAY, US_JUNE)))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(groups(List.of(US_MAY, US_JUNE)))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(reads).as("the second page needed no read, not even for the empty June bucket").hasSize(1);

        FeedPosition.read(position);
        assertThat(ids(groups(List.of(US_MAY, RU_MAY)))).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(reads).as("the feed's position read again but not moved: nothing to read again").hasSize(2);
        assertThat(reads.get(1)).as("only the bucket not yet known is read").containsExactly(RU_MAY);
    }

    @Test
    void aRecordedChangeMakesEveryBucketBeReadAgain() {
        groups(List.of(US_MAY, RU_MAY));
        RecordedChanges.changed();
        assertThat(ids(groups(List.of(US_MAY, RU_MAY)))).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(reads).hasSize(2);
        assertThat(reads.get(1)).containsExactlyInAnyOrder(US_MAY, RU_MAY);
    }

    @Test
    void anotherReplicasWriteMovesTheFeedAndEveryBucketIsReadAgain() {
        groups(List.of(US_MAY, RU_MAY));
        // a write committed by another replica: nothing recorded here, but the feed's next number is given
        FeedPosition.read(++position);
        groups(List.of(US_MAY, RU_MAY));
        assertThat(reads).hasSize(2);
        assertThat(reads.get(1)).containsExactlyInAnyOrder(US_MAY, RU_MAY);
        groups(List.of(US_MAY, RU_MAY));
        assertThat(reads).as("and kept again afterwards").hasSize(2);
    }

    @Test
    void aChangeDuringTheReadIsNotMistakenForTheStateAfterIt() {
        // a write commits while the page's buckets are being read: what was read may predate it
        cache.groups(List.of(US_MAY), buckets -> {
            RecordedChanges.changed();
            return read(buckets);
        });
        groups(List.of(US_MAY));
        assertThat(reads).as("read again after the change, not served from the read it overlapped").hasSize(2);

        cache.groups(List.of(RU_MAY), buckets -> {
            FeedPosition.read(++position);
            return read(buckets);
        });
        groups(List.of(RU_MAY));
        assertThat(reads).as("likewise for another replica's write").hasSize(4);
    }

    @Test
    void manyRequestsMissingABucketAtOnceReadItOnce() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<List<List<String>>, List<FigureSupport.Mention>> slow = buckets -> {
            asked.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return read(buckets);
        };
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Map<List<String>, FigureGroup>>> pages = new ArrayList<>();
            pages.add(clients.submit(() -> cache.groups(List.of(US_MAY), slow)));
            assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                pages.add(clients.submit(() -> cache.groups(List.of(US_MAY), slow)));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<Map<List<String>, FigureGroup>> page : pages) {
                assertThat(ids(page.get(10, TimeUnit.SECONDS))).containsExactlyInAnyOrder(1L, 2L);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(reads).as("one read for the eight requests").hasSize(1);
    }

    @Test
    void aFailedReadIsNotKept() {
        assertThatThrownBy(() -> cache.groups(List.of(US_MAY), buckets -> {
            throw new IllegalStateException("the database is unreachable");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(ids(groups(List.of(US_MAY)))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(reads).hasSize(1);
    }
}
