package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;

/**
 * "سحب سراياها المتواجدة هنالك وتعدادها 700": a participle of being somewhere, with the article and
 * right before the count word (or "there" and the count word), describes the troops named before it
 * and is no verb that governs their count; the event further back still tells what happens to them.
 * With a place of its own ("الموجودين في قاعدة التنف والبالغ عددهم") it says where they are now, and
 * the count stays a presence.
 */
final class GroupDescription {
    private static final WordSet THERE = WordSet.exact("هناك", "هنالك");

    private GroupDescription() {
    }

    static boolean describes(Analysis a, int k) {
        Token t = a.tokens.get(k);
        if (THERE.contains(t)) {
            return k > 0 && !a.clauseBreakBefore(k) && describes(a, k - 1);
        }
        String n = t.norm();
        boolean participle = (n.startsWith("ال") || n.startsWith("وال")) && KindCues.PRESENCE.contains(t);
        Token next = a.token(k + 1);
        return participle && next != null && (THERE.contains(next) || KindCues.COUNT.contains(next));
    }
}
