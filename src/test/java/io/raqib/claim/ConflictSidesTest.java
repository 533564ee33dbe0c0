package io.raqib.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.claim.extraction.Qualifier;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConflictSidesTest {

    @Test
    void overlappingIntervalsChainIntoOneSideLowestFirst() {
        Map<String, FigureInterval> figures = Map.of(
                "نحو 900", FigureInterval.of(Qualifier.APPROX, 900L, null, null),
                "1000", FigureInterval.of(Qualifier.EXACT, 1000L, null, null),
                "2000", FigureInterval.of(Qualifier.EXACT, 2000L, null, null),
                "أكثر من 1900", FigureInterval.of(Qualifier.MORE_THAN, 1900L, null, null));
        List<List<String>> sides = ConflictSides.of(List.of("2000", "1000", "أكثر من 1900", "نحو 900"), figures::get,
                Comparator.naturalOrder());
        assertThat(sides).containsExactly(List.of("نحو 900", "1000"), List.of("أكثر من 1900", "2000"));
    }

    @Test
    void anUnboundedSideChainsEverythingAboveIt() {
        Map<String, FigureInterval> figures = Map.of(
                "a", FigureInterval.of(Qualifier.EXACT, 100L, null, null),
                "b", FigureInterval.of(Qualifier.AT_LEAST, 500L, null, null),
                "c", FigureInterval.of(Qualifier.EXACT, 9000L, null, null));
        assertThat(ConflictSides.of(List.of("c", "b", "a"), figures::get, Comparator.naturalOrder()))
                .containsExactly(List.of("a"), List.of("b", "c"));
    }

    @Test
    void labelsSayTheBounds() {
        assertThat(ConflictSides.label(2000L, 2000L)).isEqualTo("2000");
        assertThat(ConflictSides.label(765L, 1035L)).isEqualTo("765–1035");
        assertThat(ConflictSides.label(2500L, null)).isEqualTo("> 2500");
    }
}
