package io.raqib.claim;

import io.raqib.common.FeedPosition;
import io.raqib.outbox.RecordedChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The candidates of figure buckets (force, country, kind, as-of period: the not rejected claims a
 * page's confirmations are counted from), grouped for counting ({@link FigureGroup}) and kept while
 * nothing changes: a write recorded in this process ({@link RecordedChanges}) drops them at once, a
 * write of any replica within a second or two (the changes feed's {@link FeedPosition}, which every
 * replica's sequencer reads on each pass); every bucket is then read again. Only when the feed's
 * position has not been read for a while (the sequencer failing) do buckets also expire after
 * {@link #TTL}. A bucket missing at once from several requests is read by one of them while the
 * others wait for it, so an invalidation costs one read per bucket, not one per client.
 */
@ApplicationScoped
public class CandidateCache {
    /** How long a bucket serves when the changes feed's position is not being read. */
    static final Duration TTL = Duration.ofSeconds(10);
    /** The feed's position read more recently than this shows every replica's writes. */
    static final Duration FEED_FRESH = Duration.ofSeconds(5);
    /** Past this many buckets, or candidates in them, the cache starts again, so that it stays small. */
    static final int MAX_BUCKETS = 20_000;
    static final long MAX_CANDIDATES = 400_000;

    /** A bucket's groups, read (or being read) at a version. */
    private record Entry(CompletableFuture<Map<List<String>, FigureGroup>> groups, long version, long loadedAt) {
    }

    private final Map<List<String>, Entry> buckets = new ConcurrentHashMap<>();
    private final AtomicLong held = new AtomicLong();
    private final AtomicLong reads = new AtomicLong();

    /**
     * The groups of these buckets' candidates: from memory where still valid, the others read by
     * {@code load} (which answers the candidates of the buckets it is given, in any order) or by a
     * request already reading them.
     */
    Map<List<String>, FigureGroup> groups(List<List<String>> wanted,
                                          Function<List<List<String>>, List<FigureSupport.Mention>> load) {
        // read before the database: a change committed meanwhile moves it, so what is read now is not kept as current
        long version = version();
        long now = System.nanoTime();
        boolean feedFresh = FeedPosition.readWithin(FEED_FRESH);
        Map<List<String>, Entry> mine = new LinkedHashMap<>();
        Map<List<String>, Entry> found = new LinkedHashMap<>();
        for (List<String> bucket : wanted) {
            while (true) {
                Entry e = buckets.get(bucket);
                if (e != null && valid(e, version, now, feedFresh)) {
                    found.put(bucket, e);
                    break;
                }
                Entry fresh = new Entry(new CompletableFuture<>(), version, now);
                if (e == null ? buckets.putIfAbsent(bucket, fresh) == null : buckets.replace(bucket, e, fresh)) {
                    mine.put(bucket, fresh);
                    break;
                }
            }
        }
        Map<List<String>, FigureGroup> out = new HashMap<>();
        if (!mine.isEmpty()) {
            read(mine, load, out);
        }
        List<List<String>> failed = new ArrayList<>();
        found.forEach((bucket, e) -> {
            try {
                out.putAll(e.groups().join());
            } catch (CompletionException | java.util.concurrent.CancellationException notRead) {
                failed.add(bucket);
            }
        });
        if (!failed.isEmpty()) {
            // the request reading them failed (its own problem, or the database's): read them here, once more
            out.putAll(FigureGroup.byKey(load.apply(failed)));
        }
        return out;
    }

    /** Moves with every change recorded here and every move of the changes feed's position (two counters that only grow). */
    static long version() {
        return RecordedChanges.version() + FeedPosition.moves();
    }

    private static boolean valid(Entry e, long version, long now, boolean feedFresh) {
        return e.version() == version && (feedFresh || now - e.loadedAt() < TTL.toNanos())
                && !e.groups().isCompletedExceptionally();
    }

    private void read(Map<List<String>, Entry> mine, Function<List<List<String>>, List<FigureSupport.Mention>> load,
                      Map<List<String>, FigureGroup> out) {
        Map<List<String>, List<FigureSupport.Mention>> byBucket = new HashMap<>();
        try {
            reads.incrementAndGet();
            for (FigureSupport.Mention m : load.apply(new ArrayList<>(mine.keySet()))) {
                byBucket.computeIfAbsent(bucketOf(m), b -> new ArrayList<>()).add(m);
            }
        } catch (RuntimeException | Error e) {
            mine.forEach((bucket, entry) -> {
                buckets.remove(bucket, entry);
                entry.groups().completeExceptionally(e);
            });
            throw e;
        }
        long added = 0;
        for (Map.Entry<List<String>, Entry> e : mine.entrySet()) {
            List<FigureSupport.Mention> candidates = byBucket.getOrDefault(e.getKey(), List.of());
            Map<List<String>, FigureGroup> groups = FigureGroup.byKey(candidates);
            out.putAll(groups);
            e.getValue().groups().complete(groups);
            added += candidates.size() + 1;
        }
        if (held.addAndGet(added) > MAX_CANDIDATES || buckets.size() > MAX_BUCKETS) {
            buckets.clear();
            held.set(0);
        }
    }

    /** How many reads of the database this cache has made (for tests). */
    long reads() {
        return reads.get();
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
