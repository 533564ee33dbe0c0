package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer;
import io.raqib.arabic.Gazetteer.GazetteerMatch;

/**
 * Which end of a move a place name is: after "من" where the people come from, after "إلى" where
 * they go, with a few words between the preposition and the name ("من محافظة الحسكة"، "إلى مواقع
 * آمنة في العراق"، "إلى الحجز بالعراق"، "إلى مرافق تسيطر عليها السلطات العراقية").
 */
final class MoveEnds {
    enum End { ORIGIN, DESTINATION }

    private static final WordSet FROM = WordSet.exact("من", "ومن");
    private static final WordSet TO = WordSet.exact("الي", "والي");
    /** How many words back from the name the preposition may stand. */
    private static final int REACH = 5;

    private MoveEnds() {
    }

    /**
     * The end the name starting at token k marks, or null: the nearest من or إلى before it in the
     * same clause, with no number and no other name between (those start a phrase of their own).
     */
    static End endOf(Analysis a, int k) {
        for (int j = k - 1; j >= Math.max(0, k - REACH); j--) {
            if (a.clauseBreakBefore(j + 1)) {
                return null;
            }
            Token t = a.tokens.get(j);
            if (FROM.contains(t)) {
                return End.ORIGIN;
            }
            if (TO.contains(t)) {
                return End.DESTINATION;
            }
            if (!t.isWord() || a.nameAt[j] != null) {
                return null;
            }
        }
        return null;
    }

    /** The verb of a transfer, as written before the count: "تم نقل 150 عضوا"، "ترحيل 300 عنصر". */
    private static final WordSet MOVE = WordSet.of("نقل", "نقلت", "ينقل", "ستنقل", "سينقل", "نقلوا", "ترحيل",
            "رحلت", "نقلها");
    /** Where the end of a move may be read with the older, narrower pattern ("حتى الحدود"، "لحدود سوريا"). */
    private static final WordSet TO_NEXT = WordSet.exact("الي", "حتي", "لحدود");

    /**
     * A transfer verb right before the count and both ends of the move after it: "تم نقل 150
     * عضوا من التنظيم من محافظة الحسكة … إلى مواقع آمنة في العراق".
     */
    static boolean movedAcross(Analysis a, int qualFirst, int nounLast) {
        int s = a.sentenceOf[qualFirst];
        for (int k = qualFirst - 1; k >= Math.max(a.firstTokenOf(s), qualFirst - 2); k--) {
            if (MOVE.contains(a.tokens.get(k))) {
                return crossing(a, nounLast, a.lastTokenOf(s));
            }
        }
        return false;
    }

    /** Verbs of coming back: named with where they leave only, the people go home. */
    private static final WordSet RETURN = WordSet.of("عودة", "العودة", "عاد", "عادت", "عادوا", "يعود", "يعودون",
            "سيعود", "سيعودون");

    /**
     * What a crossing word makes of the figure: both ends named, a transfer; "عودة 70 جنديا من
     * معسكر قرب الموصل", a return from a named place with no destination, a withdrawal from it;
     * otherwise an arrival.
     */
    static FigureKind crossingKind(Analysis a, int cue, int nounLast, int to) {
        boolean[] ends = ends(a, nounLast, to);
        if (ends[0] && ends[1]) {
            return FigureKind.TRANSFER;
        }
        return ends[0] && RETURN.contains(a.tokens.get(cue)) ? FigureKind.WITHDRAWAL : FigureKind.DEPLOYMENT;
    }

    /** A crossing word (دخول، عبور، عودة) at most three words before the figure, or -1. */
    static int crossingCueBefore(Analysis a, int from, int qualFirst) {
        for (int k = qualFirst - 1; k >= Math.max(from, qualFirst - 3); k--) {
            if (KindCues.CROSSING.contains(a.tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /** Verbs of crossing whose subject is the figure before them: "1200 جندي إيراني دخلوا العراق". */
    private static final WordSet CROSSED = WordSet.of("دخلوا", "دخلت", "عبروا", "عبرت", "يعبرون", "يدخلون");

    /**
     * A crossing verb right after the figure's noun (its nationality and force name between), in its
     * clause, or -1: the people counted are the ones who crossed.
     */
    static int crossingVerbAfter(Analysis a, int nounLast, int to) {
        for (int k = nounLast + 1; k <= Math.min(to, nounLast + 4); k++) {
            if (a.clauseBreakBefore(k)) {
                return -1;
            }
            if (CROSSED.contains(a.tokens.get(k))) {
                return k;
            }
            if (a.nameAt[k] == null && !a.tokens.get(k).norm().startsWith("ال")) {
                return -1; // another word than the figure's own name or adjective: not its verb
            }
        }
        return -1;
    }

    static boolean returning(Token t) {
        return RETURN.contains(t);
    }

    /** Both an origin (من + name) and a destination (إلى + name) follow the figure in its clause. */
    static boolean crossing(Analysis a, int nounLast, int to) {
        boolean[] ends = ends(a, nounLast, to);
        return ends[0] && ends[1];
    }

    /** Whether an origin and a destination are named after the figure, in that order of the array. */
    private static boolean[] ends(Analysis a, int nounLast, int to) {
        boolean origin = false;
        boolean destination = false;
        for (int k = nounLast + 1; k <= Math.min(to, nounLast + 20); k++) {
            // "أكثر من ستين جنديا بولنديا": the count's own nationality is no end of the move (the من is the count's)
            if (a.nameAt[k] == null || a.nameAt[k].firstToken() != k || k == nounLast + 1 && a.nameAt[k].impliesForce()) {
                continue;
            }
            Token prev = a.token(k - 1);
            if (prev == null) {
                continue;
            }
            // a place a few words after من or إلى: "من محافظة الحسكة … إلى مواقع آمنة في العراق"
            End end = placeAt(a, k) ? endOf(a, k) : null;
            if (prev.norm().equals("من") || end == End.ORIGIN) {
                origin = true;
            } else if (TO_NEXT.contains(prev) || end == End.DESTINATION) {
                destination = true;
            }
        }
        return new boolean[] {origin, destination};
    }

    /** Home, as the end of a move: "إلى بلادهم"، "إلى ديارهم"، "إلى الوطن". */
    private static final WordSet HOME = WordSet.of("بلادهم", "بلاده", "بلادها", "بلدهم", "بلده", "بلدها", "بلدانهم",
            "ديارهم", "دياره", "وطنهم", "وطنه", "أوطانهم", "الوطن", "الديار");

    /**
     * "نقل 50 ألف جندي من العراق للكويت ومن ثم إلى بلادهم": a move from a named place that ends at
     * home is a withdrawal from where it starts, whatever stop lies between.
     */
    static boolean homeward(Analysis a, int nounLast, int to) {
        boolean origin = false;
        for (int k = nounLast + 1; k <= Math.min(to, nounLast + 20) && !a.clauseBreakBefore(k); k++) {
            // where they leave from must be named: "إعادة 500 جندي سوري إلى بلادهم" hands them back
            origin |= placeAt(a, k) && !a.nameAt[k].impliesForce() && endOf(a, k) == End.ORIGIN;
            if (origin && HOME.contains(a.tokens.get(k)) && (TO.contains(a.token(k - 1)) || startsWithTo(a.tokens.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /** "لبلادهم": the preposition glued to home. */
    private static boolean startsWithTo(Token t) {
        return t.norm().startsWith("ل") && !t.norm().startsWith("ال");
    }

    /** "من العراق للكويت": a name with a glued ل right after an origin is the destination. */
    static boolean gluedDestination(Analysis a, int k) {
        GazetteerMatch origin = k > 0 ? a.nameAt[k - 1] : null;
        GazetteerMatch name = a.nameAt[k];
        Token t = a.tokens.get(k);
        return origin != null && name != null && origin != name && FROM.contains(a.token(origin.firstToken() - 1))
                && name.start() > t.start() && a.text.charAt(t.start()) == 'ل' && !a.clauseBreakBefore(k);
    }

    /** A place (not a force or an outlet) named at token k, where its name begins. */
    static boolean placeAt(Analysis a, int k) {
        GazetteerMatch m = a.nameAt[k];
        return m != null && m.firstToken() == k && m.kind() != Gazetteer.Kind.FORCE && m.kind() != Gazetteer.Kind.SOURCE;
    }
}
