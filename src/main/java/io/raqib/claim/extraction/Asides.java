package io.raqib.claim.extraction;

/**
 * A short aside set off by commas or brackets that names a part of the people just counted
 * ("120 جنديا، بينهم تسعة ضباط، وصلوا …"، "(منهم 15 مستشارا)"): it does not end their clause,
 * so the verb and the place after it are still theirs.
 */
final class Asides {
    /** Words that open such an aside: among them, of them. */
    private static final WordSet OPENERS = WordSet.exact("بينهم", "وبينهم", "منهم", "ومنهم", "بينها", "منها",
            "ضمنهم", "بينهما");
    private static final WordSet FROM = WordSet.exact("من", "ومن");
    /** How many words an aside may hold after its opener. */
    private static final int LONGEST = 6;

    private Asides() {
    }

    /**
     * The first token after the aside that opens at token k (a comma or bracket before k), or -1
     * when none opens there or it does not close by a comma or bracket within the sentence's last
     * token {@code last}.
     */
    static int after(Analysis a, int k, int last) {
        if (k <= 0 || k > last || !opensAside(a.gapBefore(k))) {
            return -1;
        }
        int first = FROM.contains(a.tokens.get(k)) && OPENERS.contains(a.token(k + 1)) ? k + 1 : k;
        if (!OPENERS.contains(a.tokens.get(first))) {
            return -1;
        }
        for (int j = first + 1; j <= Math.min(last, first + LONGEST + 1); j++) {
            if (a.clauseBreakBefore(j)) {
                return closesAside(a.gapBefore(j)) ? j : -1;
            }
        }
        return -1;
    }

    private static boolean opensAside(String gap) {
        return gap.indexOf('،') >= 0 || gap.indexOf(',') >= 0 || gap.indexOf('(') >= 0;
    }

    private static boolean closesAside(String gap) {
        return gap.chars().noneMatch(c -> c == '.' || c == '\n' || c == ':' || c == '؛' || c == ';')
                && (gap.indexOf('،') >= 0 || gap.indexOf(',') >= 0 || gap.indexOf(')') >= 0);
    }
}
