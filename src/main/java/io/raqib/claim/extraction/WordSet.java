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
    private static final String[] CLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك", "فك"};

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
        return t != null && t.isWord() && containsNorm(t.norm());
    }

    boolean containsNorm(String norm) {
        if (!allowClitics) {
            return words.contains(norm);
        }
        for (String c : CLITICS) {
            if (norm.length() - c.length() < 2 || !norm.startsWith(c)) {
                continue;
            }
            String rest = norm.substring(c.length());
            if (words.contains(bare(rest)) || words.contains(rest)) {
                return true;
            }
            // لل = ل + ال with the alef dropped (للقوات)
            if (c.endsWith("ل") && rest.startsWith("ل") && rest.length() > 2 && words.contains(rest.substring(1))) {
                return true;
            }
        }
        return norm.startsWith("لل") && norm.length() > 3 && words.contains(norm.substring(2));
    }
}
