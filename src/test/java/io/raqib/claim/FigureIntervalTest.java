package io.raqib.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.claim.extraction.Qualifier;
import org.junit.jupiter.api.Test;

class FigureIntervalTest {

    static FigureInterval of(Qualifier q, long v) {
        return FigureInterval.of(q, v, null, null);
    }

    @Test
    void eachQualifierAllowsItsFigures() {
        assertThat(of(Qualifier.EXACT, 2000)).isEqualTo(new FigureInterval(2000, false, 2000, false));
        assertThat(of(Qualifier.APPROX, 1000)).isEqualTo(new FigureInterval(850, false, 1150, false));
        assertThat(of(Qualifier.MORE_THAN, 900).loOpen()).isTrue();
        assertThat(of(Qualifier.AT_LEAST, 900).hi()).isInfinite();
        assertThat(of(Qualifier.LESS_THAN, 900)).isEqualTo(new FigureInterval(0, false, 900, true));
        assertThat(of(Qualifier.AT_MOST, 900)).isEqualTo(new FigureInterval(0, false, 900, false));
        assertThat(FigureInterval.of(Qualifier.RANGE, null, 700L, 900L)).isEqualTo(new FigureInterval(700, false, 900, false));
    }

    @Test
    void withoutANumberThereIsNoInterval() {
        assertThat(FigureInterval.of(Qualifier.EXACT, null, null, null)).isNull();
        assertThat(FigureInterval.of(Qualifier.RANGE, null, 700L, null)).isNull();
    }

    @Test
    void openEndsDoNotTouch() {
        assertThat(of(Qualifier.EXACT, 2000).overlaps(of(Qualifier.APPROX, 1800))).isTrue();
        assertThat(of(Qualifier.EXACT, 2000).overlaps(of(Qualifier.APPROX, 900))).isFalse();
        assertThat(of(Qualifier.AT_MOST, 900).overlaps(of(Qualifier.EXACT, 900))).isTrue();
        assertThat(of(Qualifier.LESS_THAN, 900).overlaps(of(Qualifier.EXACT, 900))).isFalse();
        assertThat(of(Qualifier.MORE_THAN, 900).overlaps(of(Qualifier.EXACT, 900))).isFalse();
        assertThat(of(Qualifier.AT_LEAST, 900).overlaps(of(Qualifier.EXACT, 5000))).isTrue();
    }

    @Test
    void reachingWidensOnlyUpwards() {
        FigureInterval low = of(Qualifier.EXACT, 100);
        assertThat(low.reaching(of(Qualifier.AT_LEAST, 100))).isEqualTo(new FigureInterval(100, false,
                Double.POSITIVE_INFINITY, true));
        assertThat(of(Qualifier.EXACT, 500).reaching(low)).isEqualTo(of(Qualifier.EXACT, 500));
    }
}
