package io.raqib.claim.extraction;

/**
 * "تنوي تقليص قواتها البالغة قرابة 1300 عسكري": a count after البالغ gives the strength of the force
 * being cut, so it tells the presence before the cut, not the cut itself. Withdrawing a force so
 * described ("سحب قواتها البالغ عددها 4 آلاف") takes all of it away and stays a withdrawal.
 */
final class StandingStrength {
    private static final WordSet AMOUNTING = WordSet.of("البالغ", "البالغة", "البالغين", "البالغه", "والبالغ",
            "والبالغة", "والبالغين");
    private static final WordSet CUTS = WordSet.of("خفض", "تخفيض", "تقليص", "تقليل", "يخفض", "تخفض", "يقلص", "تقلص",
            "سيخفض", "ستخفض", "سيقلص", "ستقلص", "خفضت", "قلصت", "لخفض", "لتقليص", "لتخفيض");
    private static final int REACH = 4;

    private StandingStrength() {
    }

    /** A withdrawal that is the strength of a force being cut is its presence; any other kind stays. */
    static FigureKind kindOf(Analysis a, int qualFirst, FigureKind kind) {
        return kind == FigureKind.WITHDRAWAL && beingCut(a, qualFirst) ? FigureKind.PRESENCE : kind;
    }

    /** Whether the figure starting at {@code qualFirst} is the strength of a force a cut is applied to. */
    static boolean beingCut(Analysis a, int qualFirst) {
        int k = qualFirst - 1;
        if (k >= 1 && !AMOUNTING.contains(a.tokens.get(k)) && KindCues.COUNT.contains(a.tokens.get(k))) {
            k--; // "البالغ عددها"
        }
        if (k < 0 || !AMOUNTING.contains(a.tokens.get(k))) {
            return false;
        }
        for (int c = k - 1; c >= Math.max(0, k - REACH); c--) {
            if (a.clauseBreakBefore(c + 1)) {
                return false;
            }
            if (CUTS.contains(a.tokens.get(c))) {
                return true;
            }
        }
        return false;
    }
}
