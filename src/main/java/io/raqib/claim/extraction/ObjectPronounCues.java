package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;

/**
 * Verbal nouns of sending and withdrawing with the pronoun of those moved glued to them: "سيتم
 * نشرهم"، "أمر بإرسالهم"، "قرار سحبها". The pronoun points back at the count, so the word tells
 * its kind as the bare noun would. Only the plural and feminine pronouns: a final ه is as often
 * the folded teh marbuta of another word (نشرة، a bulletin).
 */
final class ObjectPronounCues {
    private static final String[] PRONOUNS = {"هم", "ها"};

    private ObjectPronounCues() {
    }

    /** Deployment or withdrawal for such a word, else null. */
    static FigureKind kindOf(Token t) {
        String norm = t.norm();
        for (String p : PRONOUNS) {
            if (norm.endsWith(p) && norm.length() - p.length() >= 3) {
                String noun = norm.substring(0, norm.length() - p.length());
                if (KindCues.WITHDRAWAL.containsNorm(noun)) {
                    return FigureKind.WITHDRAWAL;
                }
                if (KindCues.DEPLOYMENT.containsNorm(noun)) {
                    return FigureKind.DEPLOYMENT;
                }
            }
        }
        return null;
    }
}
