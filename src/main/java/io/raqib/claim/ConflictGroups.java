package io.raqib.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Groups the items that disagree: two items that clash are in one group, and so is everything
 * chained to them by further clashes (A clashes with B, B with C: one conflict). Items that clash
 * with nothing are in no group. Groups keep the items' order.
 */
final class ConflictGroups {
    private ConflictGroups() {
    }

    static <T> List<List<T>> of(List<T> items, BiPredicate<T, T> clash) {
        return of(items, clash, (a, b) -> false);
    }

    /**
     * As {@link #of(List, BiPredicate)}, for items in an order where {@code beyond(a, b)} (b after a
     * and out of a's reach) holds for every item after b as well: a is compared with nothing past
     * b, so items sorted by date with a time window cost the pairs within the window, not all pairs.
     */
    static <T> List<List<T>> of(List<T> items, BiPredicate<T, T> clash, BiPredicate<T, T> beyond) {
        int n = items.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        boolean[] involved = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (beyond.test(items.get(i), items.get(j))) {
                    break;
                }
                if (clash.test(items.get(i), items.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                    involved[i] = true;
                    involved[j] = true;
                }
            }
        }
        Map<Integer, List<T>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (involved[i]) {
                groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(items.get(i));
            }
        }
        return List.copyOf(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
