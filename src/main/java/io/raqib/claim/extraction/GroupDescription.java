package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;

/**
 * "سحب سراياها المتواجدة هنالك وتعدادها 700": a participle of being somewhere, with the article and
 * right before the count word (or "there" and the count word), describes the troops named before it
 * and is no verb that governs their count; the event further back still tells what happens to them.
 * With a place of its own ("الموجودين في قاعدة التنف والبالغ عددهم") it says where they are now, and
 * the count stays a presence. "يبلغ قوامها" after the troops describes them the same way.
 */
final class GroupDescription {
    private static final WordSet THERE = WordSet.exact("هناك", "هنالك");
    private static final WordSet PRESENT_AMOUNTING = WordSet.exact("يبلغ", "تبلغ", "ويبلغ", "وتبلغ");
    private static final WordSet RELATIVE = WordSet.of("التي", "الذي", "الذين");
    private static final WordSet NOW = WordSet.exact("الآن", "حاليا", "حالياً");

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
        // "تعزيزات يبلغ قوامها 300 جندي": a present verb of amounting before the count word describes them too;
        // after التي / الذي, or with الآن after the count word, it tells a force's present strength
        boolean amounting = PRESENT_AMOUNTING.contains(t) && KindCues.COUNT.contains(next)
                && !RELATIVE.contains(a.token(k - 1)) && !NOW.contains(a.token(k + 2));
        return amounting || participle && next != null && (THERE.contains(next) || KindCues.COUNT.contains(next));
    }
}
