package io.raqib.claim.extraction;

/**
 * "سينضمون إلى القوات الأمريكية المتمركزة في التنف": joining the forces already stationed somewhere
 * reinforces them (a deployment), unlike going over to another side ("انضموا للقوات الحكومية").
 */
final class Reinforcement {
    private static final WordSet STATIONED = WordSet.of("الموجودة", "الموجودين", "المتواجدة", "المتواجدين",
            "المنتشرة", "المنتشرين", "المتمركزة", "المتمركزين", "المرابطة", "المرابطين");
    private static final WordSet TO = WordSet.exact("إلى", "الى", "إلي");
    private static final int REACH = 5;

    private Reinforcement() {
    }

    /** Whether the joining word at {@code k} is followed by "إلى" and forces described as stationed. */
    static boolean joinsThoseThere(Analysis a, int k) {
        if (!TO.contains(a.token(k + 1))) {
            return false;
        }
        for (int j = k + 2; j <= k + REACH && j < a.tokens.size() && !a.clauseBreakBefore(j); j++) {
            if (STATIONED.contains(a.tokens.get(j))) {
                return true;
            }
        }
        return false;
    }
}
