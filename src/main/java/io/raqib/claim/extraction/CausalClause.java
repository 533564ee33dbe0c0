package io.raqib.claim.extraction;

/**
 * "… يبقى 300 جندي هناك، لأن باريس تخشى عودة التنظيم": a clause of cause after a figure
 * gives the reason for it, and the forces and places it names are not the figure's own.
 */
final class CausalClause {
    private static final WordSet BECAUSE = WordSet.exact("لأن", "لان", "لأنه", "لانه", "لأنها", "لانها", "لأنهم",
            "لانهم", "لكون", "كون", "نظرا", "بسبب", "لاعتبار");

    private CausalClause() {
    }

    /** The last token before a word of cause after {@code after} and up to {@code to}; {@code to} when none. */
    static int lastBefore(Analysis a, int after, int to) {
        for (int k = after + 1; k <= to; k++) {
            if (BECAUSE.contains(a.tokens.get(k))) {
                return k - 1;
            }
        }
        return to;
    }
}
