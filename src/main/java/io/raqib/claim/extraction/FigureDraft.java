package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicNumbers.NumberMatch;

/**
 * What the figure rules found before the contextual fields (force, place, kind, attribution) are
 * resolved: token positions of the qualifier, the number and the last word of the mention, the
 * bounds, the noun that says what is counted, and the earlier figure it refers back to (if any).
 */
record FigureDraft(int qualFirst, int numberFirst, int numberLast, int last, Long value, Long low, Long high,
                   Qualifier qualifier, String vague, NounFinder.Hit noun, FigureKind kind,
                   String inheritedForce, double confidence, FigureDraft antecedent) {

    FigureDraft(int qualFirst, int numberFirst, int numberLast, int last, Long value, Long low, Long high,
                Qualifier qualifier, String vague, NounFinder.Hit noun, FigureKind kind, String inheritedForce,
                double confidence) {
        this(qualFirst, numberFirst, numberLast, last, value, low, high, qualifier, vague, noun, kind, inheritedForce,
                confidence, null);
    }

    /** The same figure, standing for part or the rest of the group an earlier figure counts. */
    FigureDraft referringTo(FigureDraft earlier) {
        return new FigureDraft(qualFirst, numberFirst, numberLast, last, value, low, high, qualifier, vague, noun, kind,
                inheritedForce, confidence, earlier);
    }

    static FigureDraft bounded(int qualFirst, NumberMatch n, int last, long v, Qualifier q, NounFinder.Hit noun,
                           FigureKind kind, String inheritedForce, double confidence) {
        Long low = switch (q) {
            case EXACT, MORE_THAN, AT_LEAST -> v;
            default -> null;
        };
        Long high = switch (q) {
            case EXACT, LESS_THAN, AT_MOST -> v;
            default -> null;
        };
        return new FigureDraft(qualFirst, n.firstToken(), n.lastToken(), last, v, low, high, q, null, noun, kind,
                inheritedForce, confidence);
    }
}
