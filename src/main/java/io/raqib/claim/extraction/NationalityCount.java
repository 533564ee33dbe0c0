package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer;
import io.raqib.arabic.Gazetteer.GazetteerMatch;

/**
 * "مقتل 3 أمريكيين بهجوم على قاعدة": people counted by their nationality alone, killed, wounded or
 * captured in a sentence about a military post or force and naming no civilians, are that state's
 * troops. Without those three conditions a nationality counts no one (tourists, workers, detainees'
 * home countries).
 */
final class NationalityCount {
    private static final WordSet BROKEN_PLURALS = WordSet.of("أتراك", "روس", "ألمان", "أكراد", "عرب", "أجانب");
    private static final WordSet MILITARY = WordSet.of("قاعدة", "قواعد", "عسكرية", "عسكري", "معسكر", "ثكنة",
            "قوات", "جنود", "الجيش", "دورية", "رتل", "موقع");

    private NationalityCount() {
    }

    /** The nationality right after the number as the counted noun, or null. */
    static NounFinder.Hit after(Analysis a, int qualFirst, int numberLast) {
        int k = numberLast + 1;
        if (k >= a.tokens.size() || a.clauseBreakBefore(k)) {
            return null;
        }
        GazetteerMatch m = a.nameAt[k];
        Token t = a.tokens.get(k);
        if (m == null || m.firstToken() != k || m.kind() != Gazetteer.Kind.COUNTRY || m.force() == null
                || !(t.norm().endsWith("ين") || t.norm().endsWith("ون") || BROKEN_PLURALS.contains(t))) {
            return null;
        }
        boolean harmed = false;
        for (int j = qualFirst - 1; j >= Math.max(0, qualFirst - 4) && !a.clauseBreakBefore(j + 1); j--) {
            Token b = a.tokens.get(j);
            harmed |= KindCues.CASUALTIES.contains(b) || KindCues.DETAINED.contains(b);
        }
        if (!harmed) {
            return null;
        }
        int s = a.sentenceOf[k];
        boolean military = false;
        for (int j = a.firstTokenOf(s); j <= a.lastTokenOf(s); j++) {
            Token w = a.tokens.get(j);
            if (ForceSentence.CIVILIANS.contains(w)) {
                return null;
            }
            military |= j != k && MILITARY.contains(w);
        }
        return military ? new NounFinder.Hit(PersonnelNouns.Type.PERSONNEL, k, m.lastToken(), NounFinder.Via.DIRECT, m)
                : null;
    }
}
