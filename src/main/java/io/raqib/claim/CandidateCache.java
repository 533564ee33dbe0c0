package io.raqib.claim;

import io.raqib.outbox.RecordedChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The candidates of a figure bucket (force, country, kind, as-of period: the not rejected claims a
 * page's confirmations are counted from), kept between requests while nothing changes: any change
 * recorded in this process ({@link RecordedChanges}: every write of a claim, an article or a source)
 * drops them all, and they expire after {@link #TTL} for the writes of other replicas. A page of
 * search results mostly shares its buckets with the pages before it, so most pages need no query.
 */
@ApplicationScoped
public class CandidateCache {
    /** How long a bucket read from the database serves; bounds how long another replica's writes take to show. */
    static final Duration TTL = Duration.ofSeconds(10);
    /** Past this many buckets the cache starts again, so that it stays small whatever is searched. */
    static final int MAX_BUCKETS = 20_000;

    private record Entry(List<FigureSupport.Mention> mentions, long version, long loadedAt) {
    }

    private final Map<List<String>, Entry> buckets = new ConcurrentHashMap<>();

    /**
     * The candidates of these buckets: from memory where still valid, the others read by
     * {@code load} (which answers the candidates of the buckets it is given, in any order).
     */
    List<FigureSupport.Mention> candidates(List<List<String>> wanted,
                                           Function<List<List<String>>, List<FigureSupport.Mention>> load) {
        // read before the database: a change committed meanwhile moves it, so what is read now is not kept as current
        long version = RecordedChanges.version();
        long now = System.nanoTime();
        List<FigureSupport.Mention> out = new ArrayList<>();
        List<List<String>> missing = new ArrayList<>();
        for (List<String> bucket : wanted) {
            Entry e = buckets.get(bucket);
            if (e != null && e.version() == version && now - e.loadedAt() < TTL.toNanos()) {
                out.addAll(e.mentions());
            } else {
                missing.add(bucket);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        Map<List<String>, List<FigureSupport.Mention>> read = new HashMap<>();
        for (FigureSupport.Mention m : load.apply(missing)) {
            read.computeIfAbsent(bucketOf(m), b -> new ArrayList<>()).add(m);
        }
        if (buckets.size() + missing.size() > MAX_BUCKETS) {
            buckets.clear();
        }
        for (List<String> bucket : missing) {
            List<FigureSupport.Mention> mentions = read.getOrDefault(bucket, List.of());
            out.addAll(mentions);
            buckets.put(bucket, new Entry(List.copyOf(mentions), version, now));
        }
        return out;
    }

    /** The bucket a mention falls in: what the confirmations query matches on. */
    static List<String> bucketOf(FigureSupport.Mention m) {
        return List.of(m.force(), m.country(), m.kind(), m.period());
    }

    /** The JPA listener on {@link Claim}: a claim written by any means (not only with its outbox event) counts as a change. */
    public static class Listener {
        @PostPersist
        @PostUpdate
        @PostRemove
        void written(Claim claim) {
            RecordedChanges.changed();
        }
    }
}
