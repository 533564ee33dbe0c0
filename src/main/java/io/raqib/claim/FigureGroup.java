package io.raqib.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The candidates sharing one {@link FigureSupport#key} (force, country, place, kind, stance, period),
 * kept compact (id, interval, originator, outlet; equal strings and intervals shared) and answering
 * a subject's confirmations as {@link FigureSupport#of(FigureSupport.Mention, Collection)} does. The
 * answer depends only on the subject's interval, originator and outlet, so it is worked out once per
 * such signature and kept: the claims of a page mostly repeat a few signatures over groups of
 * thousands of candidates. Pure; immutable but for that memo.
 */
final class FigureGroup {
    /** What a subject's answer depends on (besides its id, see {@link #of}). */
    private record Signature(FigureInterval interval, String originator, String outlet) {
    }

    private final long[] ids;
    private final FigureInterval[] intervals;
    private final String[] originators;
    private final String[] outlets;
    private final Map<Signature, Confirmations> answers = new ConcurrentHashMap<>();

    private FigureGroup(List<FigureSupport.Mention> sortedById, Map<Object, Object> shared) {
        int n = sortedById.size();
        ids = new long[n];
        intervals = new FigureInterval[n];
        originators = new String[n];
        outlets = new String[n];
        for (int i = 0; i < n; i++) {
            FigureSupport.Mention m = sortedById.get(i);
            ids[i] = m.id();
            intervals[i] = share(shared, m.interval());
            originators[i] = share(shared, m.originator());
            outlets[i] = share(shared, m.outlet());
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T share(Map<Object, Object> shared, T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }

    /** The comparable candidates grouped by {@link FigureSupport#key}. */
    static Map<List<String>, FigureGroup> byKey(Collection<FigureSupport.Mention> candidates) {
        Map<List<String>, List<FigureSupport.Mention>> lists = new HashMap<>();
        for (FigureSupport.Mention m : candidates) {
            if (m.comparable()) {
                lists.computeIfAbsent(FigureSupport.key(m), k -> new ArrayList<>()).add(m);
            }
        }
        Map<Object, Object> shared = new HashMap<>();
        Map<List<String>, FigureGroup> groups = new HashMap<>();
        lists.forEach((key, list) -> {
            list.sort(Comparator.comparingLong(FigureSupport.Mention::id));
            groups.put(key, new FigureGroup(list, shared));
        });
        return groups;
    }

    /** The confirmations of {@code subject} among these groups (a subject with no group stands alone). */
    static Confirmations of(FigureSupport.Mention subject, Map<List<String>, FigureGroup> groups) {
        FigureGroup group = subject.comparable() ? groups.get(FigureSupport.key(subject)) : null;
        return group == null ? FigureSupport.count(List.of(subject)) : group.of(subject);
    }

    int size() {
        return ids.length;
    }

    long[] ids() {
        return ids.clone();
    }

    /**
     * The confirmations of a subject with this group's key: itself and every other candidate whose
     * figure overlaps. The subject's own row, when it is a candidate too, is skipped; where that row
     * has the subject's signature it adds nothing the subject does not, so the kept answer serves.
     */
    Confirmations of(FigureSupport.Mention subject) {
        Signature signature = new Signature(subject.interval(), subject.originator(), subject.outlet());
        int at = Arrays.binarySearch(ids, subject.id());
        if (at >= 0 && !signature.equals(new Signature(intervals[at], originators[at], outlets[at]))) {
            return count(subject, at);
        }
        Confirmations known = answers.get(signature);
        if (known == null) {
            known = count(subject, at);
            answers.putIfAbsent(signature, known);
        }
        return known;
    }

    private Confirmations count(FigureSupport.Mention subject, int skip) {
        Set<String> originatorsHolding = new HashSet<>();
        Set<List<String>> carried = new HashSet<>();
        originatorsHolding.add(subject.originator());
        carried.add(Arrays.asList(subject.originator(), subject.outlet()));
        FigureInterval interval = subject.interval();
        for (int i = 0; i < ids.length; i++) {
            if (i != skip && interval.overlaps(intervals[i]) && carried.add(Arrays.asList(originators[i], outlets[i]))) {
                originatorsHolding.add(originators[i]);
            }
        }
        return new Confirmations(originatorsHolding.size(), carried.size() - originatorsHolding.size());
    }
}
