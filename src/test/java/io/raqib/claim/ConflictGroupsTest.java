package io.raqib.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictGroupsTest {

    @Test
    void clashesChainIntoOneGroupAndPeacefulItemsStayOut() {
        // numbers clash when they are more than 10 apart, except 50, which clashes with nothing
        List<Integer> items = List.of(1, 5, 20, 50, 100, 105);
        List<List<Integer>> groups = ConflictGroups.of(items,
                (a, b) -> a != 50 && b != 50 && Math.abs(a - b) > 10 && !(a >= 100 && b >= 100));
        assertThat(groups).containsExactly(List.of(1, 5, 20, 100, 105));
    }

    @Test
    void separateClashesMakeSeparateGroups() {
        List<String> items = List.of("a1", "a2", "b1", "b2", "c");
        List<List<String>> groups = ConflictGroups.of(items,
                (x, y) -> x.charAt(0) == y.charAt(0) && x.charAt(0) != 'c');
        assertThat(groups).containsExactly(List.of("a1", "a2"), List.of("b1", "b2"));
    }

    @Test
    void nothingClashesNoGroups() {
        assertThat(ConflictGroups.of(List.of(1, 2, 3), (a, b) -> false)).isEmpty();
    }

    @Test
    void itemsBeyondReachAreNotCompared() {
        // sorted numbers that clash when 10 to 30 apart; past 30 apart nothing later can clash
        List<Integer> items = List.of(0, 12, 25, 40, 80, 95);
        List<String> compared = new java.util.ArrayList<>();
        List<List<Integer>> groups = ConflictGroups.of(items, (a, b) -> {
            compared.add(a + "-" + b);
            return b - a >= 10 && b - a <= 30;
        }, (a, b) -> b - a > 30);
        assertThat(groups).containsExactly(List.of(0, 12, 25, 40), List.of(80, 95));
        assertThat(compared).doesNotContain("0-40", "0-80", "12-80", "40-80").contains("12-40", "80-95");
        assertThat(groups).isEqualTo(ConflictGroups.of(items, (a, b) -> b - a >= 10 && b - a <= 30));
    }
}
