package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;

/**
 * Forces named as those the counted serve or work beside, not as theirs: "150 مدرباً للبيشمركة"
 * (trainers for the Peshmerga, ل glued to the name right after a trainer noun), "60 مستشارا يعملون مع
 * البيشمركة" (مع after a verb of working together).
 */
final class Partners {
    private static final WordSet TRAINERS = WordSet.of("مدرب", "مدربا", "مدربين", "مدربون", "مستشار", "مستشارا",
            "مستشارين", "مستشارون", "خبير", "خبيرا", "خبراء");
    private static final WordSet WORKING = WordSet.of("يعملون", "يعمل", "تعمل", "يعملان", "العمل", "بالتعاون",
            "بالتنسيق", "بالشراكة", "يتعاونون", "ينسقون");
    private static final WordSet WITH = WordSet.exact("مع");

    private Partners() {
    }

    /** Whether the force named at token k is one the counted serve or work with. */
    static boolean servedBy(Analysis a, int k) {
        Token before = a.token(k - 1);
        if (before == null || a.clauseBreakBefore(k)) {
            return false;
        }
        Token name = a.tokens.get(k);
        boolean gluedTo = a.text.charAt(name.start()) == 'ل' && !name.norm().startsWith("ال");
        if (gluedTo && TRAINERS.contains(before)) {
            return true;
        }
        return WITH.contains(before) && WORKING.contains(a.token(k - 2)) && !a.clauseBreakBefore(k - 1);
    }
}
