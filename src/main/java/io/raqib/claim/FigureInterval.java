package io.raqib.claim;

import io.raqib.claim.extraction.Qualifier;

/**
 * The figures a claim allows, as an interval with open ends where the qualifier excludes the
 * bound: exact v → [v,v], approx → [0.85v, 1.15v], more_than → (v,∞), at_least → [v,∞),
 * less_than → [0,v), at_most → [0,v], range → [low,high]. Two claims conflict when theirs do not overlap.
 */
record FigureInterval(double lo, boolean loOpen, double hi, boolean hiOpen) {

    /** The interval of a figure, or null when it has no number to stand on. */
    static FigureInterval of(Qualifier qualifier, Long value, Long low, Long high) {
        if (qualifier == Qualifier.RANGE) {
            return low == null || high == null ? null : new FigureInterval(low, false, high, false);
        }
        Long v = value != null ? value : low != null ? low : high;
        if (v == null) {
            return null;
        }
        double inf = Double.POSITIVE_INFINITY;
        return switch (qualifier) {
            case EXACT -> new FigureInterval(v, false, v, false);
            case APPROX -> new FigureInterval(0.85 * v, false, 1.15 * v, false);
            case MORE_THAN -> new FigureInterval(v, true, inf, true);
            case AT_LEAST -> new FigureInterval(v, false, inf, true);
            case LESS_THAN -> new FigureInterval(0, false, v, true);
            case AT_MOST -> new FigureInterval(0, false, v, false);
            default -> null;
        };
    }

    static FigureInterval of(Claim c) {
        return of(c.qualifier, c.figureValue, c.low, c.high);
    }

    boolean overlaps(FigureInterval o) {
        return !below(o) && !o.below(this);
    }

    /** This interval widened to reach as high as {@code o} does. */
    FigureInterval reaching(FigureInterval o) {
        return o.hi > hi || (o.hi == hi && !o.hiOpen) ? new FigureInterval(lo, loOpen, o.hi, o.hiOpen) : this;
    }

    /** Entirely below the other interval. */
    boolean below(FigureInterval o) {
        return hi < o.lo || (hi == o.lo && (hiOpen || o.loOpen));
    }
}
