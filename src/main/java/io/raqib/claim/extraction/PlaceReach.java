package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer;
import io.raqib.arabic.Gazetteer.GazetteerMatch;

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

    /** Control and influence: "معسكر تحت النفوذ التركي" is held by Turkey, not in it. */
    private static final WordSet CONTROL = WordSet.of("سيطرة", "نفوذ", "هيمنة", "وصاية", "إدارة");

    /** "للنفوذ الروسي"، "الهيمنة الإيرانية": a nationality adjective after a word of control names who holds the place. */
    static boolean controller(Analysis a, int k) {
        GazetteerMatch m = a.nameAt[k];
        return m != null && m.kind() == Gazetteer.Kind.COUNTRY && m.impliesForce() && CONTROL.contains(a.token(k - 1));
    }

    private static final WordSet LED_BY = WordSet.of("بقيادة", "تقوده", "يقوده", "تقودها", "يقودها", "بزعامة",
            "تتزعمه", "يتزعمه");

    /** "التحالف بقيادة الولايات المتحدة"، "الذي تقوده واشنطن": the name at token k leads them; it is no place. */
    static boolean leader(Analysis a, int k) {
        return LED_BY.contains(a.token(k - 1));
    }

    private static final WordSet BORDER = WordSet.of("الحدود", "حدود", "حدودها", "الحدودية", "حدوده", "الحدودي",
            "حدودية", "حدودي");
    private static final WordSet WITH = WordSet.exact("مع");
    private static final WordSet BORDER_ADJECTIVE = WordSet.of("الحدودية", "الحدودي", "حدودية", "حدودي");

    /**
     * "بلدة سورية على الحدود مع لبنان": the country across the border (at token k) from a place just
     * named is not where they are; with no place before it ("على الحدود مع سوريا") it is the place.
     */
    static boolean acrossBorder(Analysis a, int k) {
        if (!WITH.contains(a.token(k - 1)) || !BORDER.contains(a.token(k - 2))) {
            return false;
        }
        if (BORDER_ADJECTIVE.contains(a.token(k - 2))) {
            return true; // "بلدة القامشلي الحدودية مع تركيا": the adjective describes a place on this side
        }
        for (int j = k - 3; j >= Math.max(0, k - 7) && !a.clauseBreakBefore(j + 1); j--) {
            GazetteerMatch m = a.nameAt[j];
            if (m != null && (m.kind() == Gazetteer.Kind.PLACE
                    || m.kind() == Gazetteer.Kind.COUNTRY
                    && (LocationResolver.LOCATION_HEADS.contains(a.token(j - 1))
                    || LocationResolver.LOCATION_HEADS.contains(a.token(j - 2))))) {
                return true; // "مدينة القصير السورية"، "بلدة سورية": not "جندي تركي"
            }
        }
        return false;
    }

    /**
     * "البرازيل (ثلاثة آلاف مقاتل)"، "كندا (450)": a state heading a bracketed count, as in a list of
     * nationalities, names whose people they are, not where they are.
     */
    static boolean headsBracketedCount(Analysis a, GazetteerMatch m) {
        int end = a.tokens.get(m.lastToken()).end();
        int next = m.lastToken() + 1;
        if (next >= a.tokens.size()) {
            return false;
        }
        String between = a.text.substring(end, a.tokens.get(next).start()).strip();
        return between.equals("(") && a.numbers.stream().anyMatch(n -> n.firstToken() == next);
    }

    /** "حرب لبنان"، "الحرب على تركيا": a war is named after whom or where it is fought, not where the troops are. */
    private static final WordSet WAR = WordSet.of("حرب", "حربها", "حربه", "حربهم", "الحرب", "حروب");
    private static final WordSet WAR_LINKS = WordSet.exact("مع", "على", "علي", "ضد", "في", "فى");

    /** "منذ اندلاع حرب لبنان"، "في الحرب على تركيا": the name the war goes by, right after it. */
    static boolean namesWar(Analysis a, int k) {
        if (WAR.contains(a.token(k - 1)) && !a.clauseBreakBefore(k)) {
            return true;
        }
        return WAR_LINKS.contains(a.token(k - 1)) && WAR.contains(a.token(k - 2)) && !a.clauseBreakBefore(k - 1);
    }

    /** Whether the figure starting at {@code numberFirst} is the bracketed count a state heads. */
    static boolean headsBracketedCount(Analysis a, int numberFirst) {
        GazetteerMatch m = numberFirst > 0 ? a.nameAt[numberFirst - 1] : null;
        return m != null && m.kind() == Gazetteer.Kind.COUNTRY && m.lastToken() == numberFirst - 1
                && headsBracketedCount(a, m);
    }
}
