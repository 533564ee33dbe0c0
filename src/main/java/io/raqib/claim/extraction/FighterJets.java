package io.raqib.claim.extraction;

/**
 * "مقاتلة" is a female fighter and a fighter jet: listed with helicopters, tanks or aircraft ("ألفي
 * جندي، و32 مقاتلة، و16 مروحية") it is the jet, and counts no one.
 */
final class FighterJets {
    private static final WordSet JETS = WordSet.exact("مقاتله", "مقاتلات", "المقاتلات", "مقاتلتين", "مقاتلتان");
    private static final WordSet EQUIPMENT = WordSet.of("مروحية", "مروحيات", "طائرة", "طائرات", "دبابة", "دبابات",
            "قاذفة", "قاذفات", "مدرعة", "مدرعات", "صاروخ", "صواريخ", "منظومة", "منظومتي", "منظومات", "سفينة", "سفن",
            "غواصة", "غواصات", "مسيرة", "مسيرات", "عربة", "عربات", "آلية", "آليات");
    /** How far from the noun a piece of equipment still makes a list with it. */
    private static final int LIST_REACH = 6;

    private FighterJets() {
    }

    static boolean jetsCounted(Analysis a, int nounFirst) {
        if (!JETS.contains(a.tokens.get(nounFirst))) {
            return false;
        }
        int s = a.sentenceOf[nounFirst];
        int from = Math.max(a.firstTokenOf(s), nounFirst - LIST_REACH);
        int to = Math.min(a.lastTokenOf(s), nounFirst + LIST_REACH);
        for (int k = from; k <= to; k++) {
            if (k != nounFirst && EQUIPMENT.contains(a.tokens.get(k))) {
                return true;
            }
        }
        return false;
    }
}
