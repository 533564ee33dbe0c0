package io.raqib.claim.extraction;

import io.raqib.arabic.Gazetteer;
import io.raqib.arabic.Gazetteer.GazetteerMatch;
import io.raqib.arabic.StateArmies;

/**
 * "تتواصل عودة نحو 400 عسكري بولندي إلى بولندا": troops returning to their own state are
 * leaving the theatre, a withdrawal, however the sentence's verb runs ("يواصل"، "بدأ"). A return to
 * another state ("عادوا إلى العراق") tells nothing of the kind, and the wounded flown home for care stay
 * casualties.
 */
final class GoingHome {
    private static final WordSet RETURN = WordSet.of("عودة", "عودتهم", "عودتها", "عودته", "عاد", "عادت", "عادوا",
            "يعود", "يعودون", "تعود", "سيعود", "سيعودون", "ستعود", "رجوع", "رجوعهم");
    private static final WordSet TO = WordSet.exact("إلى", "الى", "إلي");
    private static final int REACH = 6;

    private GoingHome() {
    }

    /**
     * Whether the figure, in its clause, goes to the home state of {@code force}: after a return word
     * ("عودتهم إلى إسبانيا"), or, for an arrival ({@code arriving}), right after إلى ("وصل 200 جندي
     * فرنسي إلى فرنسا").
     */
    static boolean toOwnState(Analysis a, int numberFirst, int nounLast, String force, boolean arriving) {
        String home = StateArmies.homeOf(force);
        if (home == null || "COALITION".equals(force) || KindCues.medicalNear(a, numberFirst, nounLast)) {
            return false;
        }
        for (int k = nounLast + 1; k <= nounLast + REACH && k + 1 < a.tokens.size() && !a.clauseBreakBefore(k); k++) {
            int to = RETURN.contains(a.tokens.get(k)) ? k + 1 : arriving ? k : -1;
            if (to >= 0 && TO.contains(a.token(to))) {
                GazetteerMatch m = a.nameAt[Math.min(to + 1, a.tokens.size() - 1)];
                return m != null && m.kind() == Gazetteer.Kind.COUNTRY && home.equals(m.code());
            }
        }
        return false;
    }
}
