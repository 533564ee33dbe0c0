package io.raqib.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.outbox.RecordedChanges;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figure buckets' candidates are read once, kept while nothing changes, and read again after a change. */
class CandidateCacheTest {
    private final CandidateCache cache = new CandidateCache();
    private final List<List<List<String>>> reads = new ArrayList<>();

    private static FigureSupport.Mention mention(long id, String force, String asOf) {
        return new FigureSupport.Mention(id, force, "SY", null, "presence", "asserted", FigureSupport.period(asOf),
                FigureInterval.of(io.raqib.claim.extraction.Qualifier.EXACT, 900L, 900L, 900L), "o" + id, "w" + id);
    }

    private static final List<String> US_MAY = List.of("US", "SY", "presence", "2014-05");
    private static final List<String> RU_MAY = List.of("RUSSIAN", "SY", "presence", "2014-05");
    private static final List<String> US_JUNE = List.of("US", "SY", "presence", "2014-06");

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

    @Test
    void aBucketIsReadOnceWhileNothingChanges() {
        List<FigureSupport.Mention> first = cache.candidates(List.of(US_MAY, US_JUNE), this::read);
        assertThat(first).extracting(FigureSupport.Mention::id).containsExactlyInAnyOrder(1L, 2L);
        List<FigureSupport.Mention> again = cache.candidates(List.of(US_MAY, US_JUNE), this::read);
        assertThat(again).extracting(FigureSupport.Mention::id).containsExactlyInAnyOrder(1L, 2L);
        assertThat(reads).as("the second page needed no read, not even for the empty June bucket").hasSize(1);

        List<FigureSupport.Mention> wider = cache.candidates(List.of(US_MAY, RU_MAY), this::read);
        assertThat(wider).extracting(FigureSupport.Mention::id).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(reads).hasSize(2);
        assertThat(reads.get(1)).as("only the bucket not yet known is read").containsExactly(RU_MAY);
    }

    @Test
    void aRecordedChangeMakesEveryBucketBeReadAgain() {
        cache.candidates(List.of(US_MAY, RU_MAY), this::read);
        RecordedChanges.changed();
        List<FigureSupport.Mention> after = cache.candidates(List.of(US_MAY, RU_MAY), this::read);
        assertThat(after).extracting(FigureSupport.Mention::id).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(reads).hasSize(2);
        assertThat(reads.get(1)).containsExactlyInAnyOrder(US_MAY, RU_MAY);
    }

    @Test
    void aChangeDuringTheReadIsNotMistakenForTheStateAfterIt() {
        // a write commits while the page's buckets are being read: what was read may predate it
        cache.candidates(List.of(US_MAY), buckets -> {
            RecordedChanges.changed();
            return read(buckets);
        });
        cache.candidates(List.of(US_MAY), this::read);
        assertThat(reads).as("read again after the change, not served from the read it overlapped").hasSize(2);
    }
}
