package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;

/** How far after a count the place its sentence names may still be that count's place. */
final class PlaceReach {
    private PlaceReach() {
    }

    /**
     * Where the rest of the sentence stops speaking of this figure: at the next count, unless that
     * count follows in the same clause ("بمقتل جنديين وإصابة اثنين آخرين في هجوم … شمالي العراق"),
     * where a place after both is the place of both.
     */
    static int sharedPlaceEnd(Analysis a, int figureLast) {
        int next = nextNumberFirst(a, figureLast);
        if (next == Integer.MAX_VALUE || !countsPeople(a, next)) {
            return next - 1;
        }
        for (int k = figureLast + 1; k <= next; k++) {
            if (a.clauseBreakBefore(k)) {
                return next - 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The number starting at token k is followed by a personnel noun or "آخرين" (not "تسعة أشهر"). */
    private static boolean countsPeople(Analysis a, int k) {
        for (io.raqib.arabic.ArabicNumbers.NumberMatch n : a.numbers) {
            if (n.firstToken() == k) {
                Token after = a.token(n.lastToken() + 1);
                Token self = a.tokens.get(n.lastToken());
                return after != null && (PersonnelNouns.typeOf(after) != null || FigureExtractor.OTHERS.contains(after))
                        || PersonnelNouns.UNAMBIGUOUS_DUALS.contains(self);
            }
        }
        return false;
    }

    static int nextNumberFirst(Analysis a, int after) {
        for (io.raqib.arabic.ArabicNumbers.NumberMatch n : a.numbers) {
            if (n.firstToken() > after && NumberFilter.rejection(a, n) == null) {
                return n.firstToken();
            }
        }
        return Integer.MAX_VALUE;
    }
}
