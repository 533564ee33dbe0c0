package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Personnel nouns in the dual, which count two by themselves: "مقتل جنديين"، "إصابة ضابطين"،
 * "عسكريَّين" (a dual only the vowel marks tell from the plural عسكريين). Duals right after a
 * number are that number's noun, not a figure of their own, and a dual right after another qualifies it
 * ("مستشاران عسكريان" are two).
 */
final class DualNouns {
    /** A fatha before the final ين (with an optional shadda before it and sukun after the ya). */
    private static final Pattern VOWELLED_DUAL = Pattern.compile("\\u0651?\\u064E\\u064A\\u0652?\\u0646$");

    private static final Pattern DEFINITE = Pattern.compile("^(?:[وفب]?ال|لل)");

    private DualNouns() {
    }

    /** Token indexes of the dual personnel nouns in the text that stand without a number. */
    static List<Integer> find(Analysis a) {
        List<Integer> out = new ArrayList<>();
        boolean[] numbered = new boolean[a.tokens.size()];
        for (var n : a.numbers) {
            for (int k = n.firstToken(); k <= Math.min(n.lastToken() + 1, a.tokens.size() - 1); k++) {
                numbered[k] = true;
            }
        }
        for (Token t : a.tokens) {
            // "مستشاران عسكريان": a dual right after a counted dual describes the same two
            // ("جنديان وضابطان" are four)
            boolean describes = !out.isEmpty() && out.get(out.size() - 1) == t.index() - 1 && !t.norm().startsWith("و");
            if (!numbered[t.index()] && !describes && isDual(a, t)) {
                out.add(t.index());
            }
        }
        return out;
    }

    private static boolean restAfter(Analysis a, Token t) {
        return ElidedNoun.REST.contains(a.token(t.index() + 1)) && !a.clauseBreakBefore(t.index() + 1);
    }

    static boolean isDual(Analysis a, Token t) {
        if (!t.isWord() || DEFINITE.matcher(t.norm()).find() && !restAfter(a, t)) {
            return false; // "الجنديين" points back at two already counted ("الجنديين الآخرين" counts the other two)
        }
        if (PersonnelNouns.UNAMBIGUOUS_DUALS.contains(t)) {
            return true;
        }
        String raw = a.text.substring(t.start(), t.end());
        return VOWELLED_DUAL.matcher(raw).find() && PersonnelNouns.typeOf(t) == PersonnelNouns.Type.PERSONNEL;
    }
}
