package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;

/**
 * A figure is denied when its sentence reports a denial: نفى، نفت، ينفي، نفي، "غير صحيحة"،
 * "عارية عن الصحة"، "لا صحة". Scope is the sentence: a denial and the figure it denies are
 * reported together ("نفى العراق … ردّاً على تقارير عن إرسال 1500 جندي").
 */
final class StanceDetector {
    private static final WordSet DENIAL = WordSet.of("نفى", "نفت", "ينفي", "تنفي", "نفي", "نافيا", "نافية",
            "ينفون", "كذبت", "تكذيب", "يكذب", "دحضت");
    private static final WordSet NOT = WordSet.exact("غير", "لا", "عار", "عارية", "عاري");
    private static final WordSet TRUE = WordSet.of("صحيحة", "صحيح", "صحة", "دقيقة", "دقيق", "الصحة");

    private StanceDetector() {
    }

    static Stance stanceOf(Analysis a, int numberFirst) {
        int s = a.sentenceOf[numberFirst];
        int from = a.firstTokenOf(s);
        int to = a.lastTokenOf(s);
        for (int k = from; k <= to; k++) {
            Token t = a.tokens.get(k);
            if (DENIAL.contains(t)) {
                return Stance.DENIED;
            }
            if (NOT.contains(t) && k + 1 <= to && (TRUE.contains(a.tokens.get(k + 1))
                    || k + 2 <= to && a.tokens.get(k + 1).norm().equals("عن") && TRUE.contains(a.tokens.get(k + 2)))) {
                return Stance.DENIED;
            }
        }
        return Stance.ASSERTED;
    }
}
