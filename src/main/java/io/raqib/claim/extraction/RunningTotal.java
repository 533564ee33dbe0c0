package io.raqib.claim.extraction;

import io.raqib.arabic.Gazetteer;

/**
 * Running totals of all who ever served: "37 ألف عسكري شاركوا في الحرب" over a campaign
 * of years counts every rotation, not the force there at one time, and the corpus rules call such
 * cumulative totals {@code other}.
 */
final class RunningTotal {
    private RunningTotal() {
    }

    /** Taking part told as done, by the counted themselves (the plural verb after them). */
    private static final WordSet TOOK_PART = WordSet.exact("شاركوا", "خدموا");
    /** The whole campaign, not one raid in it. */
    private static final WordSet CAMPAIGN = WordSet.of("العمليات", "الحملة", "الحرب", "النزاع");
    /** "العملية الروسية": an operation named by its state is the campaign itself. */
    private static final WordSet OPERATION = WordSet.of("العملية");
    /** "اكتسبوا خبرة قتالية": experience gained by all who rotated through. */
    private static final WordSet EXPERIENCE = WordSet.of("خبرة");
    private static final WordSet WHO = WordSet.exact("الذين", "ممن");

    /** Whether the figure from {@code qualFirst} to {@code nounLast} sums up all who took part. */
    static boolean counts(Analysis a, int qualFirst, int nounLast) {
        int s = a.sentenceOf[qualFirst];
        int from = a.firstTokenOf(s);
        int to = a.lastTokenOf(s);
        // the verb follows the counted and their nationality, nothing else between
        int k = nounLast + 1;
        while (k <= to && k < nounLast + 3 && a.nameAt[k] != null && a.nameAt[k].kind() != Gazetteer.Kind.PLACE) {
            k++;
        }
        if (k <= to && TOOK_PART.contains(a.tokens.get(k)) && campaignAfter(a, k, to + 1)) {
            return true;
        }
        for (int e = k; e <= Math.min(to, k + 3); e++) {
            if (EXPERIENCE.contains(a.tokens.get(e))) {
                return true;
            }
        }
        // "عدد الجنود الذين خدموا في الحرب هناك 120 ألف": the tally names who it sums up
        for (int w = qualFirst - 2; w >= Math.max(from, qualFirst - 20); w--) {
            if (WHO.contains(a.tokens.get(w)) && TOOK_PART.contains(a.token(w + 1)) && campaignAfter(a, w + 1, qualFirst)
                    && tallyJustBefore(a, w, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean campaignAfter(Analysis a, int verb, int limit) {
        for (int k = verb + 1; k <= Math.min(limit - 1, verb + 3); k++) {
            if (CAMPAIGN.contains(a.tokens.get(k))) {
                return true;
            }
            if (OPERATION.contains(a.tokens.get(k)) && k + 1 < a.nameAt.length && a.nameAt[k + 1] != null
                    && a.nameAt[k + 1].kind() != Gazetteer.Kind.PLACE) {
                return true;
            }
        }
        return false;
    }

    private static boolean tallyJustBefore(Analysis a, int who, int from) {
        for (int k = who - 1; k >= Math.max(from, who - 4); k--) {
            if (Tallies.TALLY.contains(a.tokens.get(k))) {
                return true;
            }
        }
        return false;
    }
}
