package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens;
import io.raqib.arabic.ArabicTokens.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of Arabic words matched the way they occur in running text: normalised (hamza, teh
 * marbuta, alef maqsura, diacritics folded) and with the proclitics و ف ب ل ك and the article
 * ال allowed in front. Words are stored without the article, so "القوات" and "قوات" are one entry.
 */
final class WordSet {
    private final Set<String> words = new HashSet<>();
    private final boolean allowClitics;

    private WordSet(boolean allowClitics) {
        this.allowClitics = allowClitics;
    }

    /** Words that may carry proclitics and the article. */
    static WordSet of(String... forms) {
        WordSet s = new WordSet(true);
        for (String f : forms) {
            s.words.add(bare(ArabicTokens.normalizePhrase(f)));
        }
        return s;
    }

    /** Words matched only as written (normalised), e.g. دون which must not match بدون. */
    static WordSet exact(String... forms) {
        WordSet s = new WordSet(false);
        for (String f : forms) {
            s.words.add(ArabicTokens.normalizePhrase(f));
        }
        return s;
    }

    static String bare(String norm) {
        return norm.length() > 3 && norm.startsWith("ال") ? norm.substring(2) : norm;
    }

    boolean contains(Token t) {
        if (t == null || !t.isWord()) {
            return false;
        }
        if (!allowClitics) {
            return words.contains(t.norm());
        }
        for (String stem : t.stems()) {
            if (words.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    boolean containsNorm(String norm) {
        if (!allowClitics) {
            return words.contains(norm);
        }
        for (String stem : ArabicTokens.stems(norm)) {
            if (words.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
