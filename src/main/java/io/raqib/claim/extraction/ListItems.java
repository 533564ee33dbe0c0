package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicNumbers.NumberMatch;
import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer;
import io.raqib.arabic.StateArmies;

/**
 * A figure that continues a list of figures ("أرسلت 900 جندي بريطاني، و300 كندي، مع 40 مستشارا
 * هولنديا") shares the verb said once before the list's first item.
 */
final class ListItems {
    /** Words that join one item to the next. */
    private static final WordSet JOINERS = WordSet.exact("و", "مع", "ومع", "ثم");
    /** Words an item may end with besides its noun, names and definite adjectives: "وحدها"، "آخرين". */
    private static final WordSet TAIL = WordSet.of("وحدها", "وحده", "آخرين", "آخرون", "اخرين", "أخرى", "إضافي",
            "إضافيين", "من", "جنسيات", "مختلفة");
    /** How many words may follow an item's number before the joiner. */
    private static final int LONGEST_TAIL = 5;
    /** How many items back a list may be followed. */
    private static final int MOST_ITEMS = 8;

    private ListItems() {
    }

    /**
     * The first token of the list's first item, or qualFirst itself when the figure continues no list
     * or has a verb of its own right after it ("و2500 جندي ما زالوا هناك").
     */
    static int firstItem(Analysis a, int qualFirst, int nounLast, int to) {
        int start = qualFirst;
        if (ownVerbAfter(a, nounLast, to)) {
            return start;
        }
        for (int items = 0; items < MOST_ITEMS; items++) {
            int earlier = previousItem(a, start);
            if (earlier < 0) {
                break;
            }
            start = earlier;
        }
        return start;
    }

    /** The number of the item right before the one starting at {@code start}, or -1. */
    private static int previousItem(Analysis a, int start) {
        int from = a.firstTokenOf(a.sentenceOf[start]);
        Token first = a.tokens.get(start);
        boolean joined = first.norm().startsWith("و") && !first.norm().startsWith("واحد") || a.clauseBreakBefore(start);
        int j = start - 1;
        while (j >= from && JOINERS.contains(a.tokens.get(j)) && (j == start - 1 || !a.clauseBreakBefore(j + 1))) {
            joined = true;
            j--;
        }
        if (!joined && j >= from && a.nameAt[j] != null && a.nameAt[j].lastToken() == j) {
            // "خسرت فرنسا 40 جنديا، وبريطانيا 25": the next item names its own side before its number
            int nameFirst = a.nameAt[j].firstToken();
            Token head = a.tokens.get(nameFirst);
            joined = a.nameAt[j].start() > head.start() && a.text.charAt(head.start()) == 'و';
            j = nameFirst - 1;
        }
        if (!joined || j < from || a.sentenceOf[j] != a.sentenceOf[start]) {
            return -1;
        }
        for (int k = j; k >= Math.max(from, j - LONGEST_TAIL); k--) {
            if (k < j && a.clauseBreakBefore(k + 1)) {
                return -1;
            }
            NumberMatch n = a.numberEndingAt(k);
            if (n != null) {
                QualifierReader.Found q = QualifierReader.before(a, n.firstToken()); // "مع قرابة 30 ألفا"
                return inDate(a, n) ? -1 : q != null ? q.first() : n.firstToken();
            }
            if (!tailWord(a, k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The side a list item names right before its number with a joined و ("… 40 جنديا، وبريطانيا 25"):
     * its army (OTHER for a state we have no army code for) counts the item, and the name is no place.
     * Null when the item names none.
     */
    static String sideBefore(Analysis a, int qualFirst) {
        for (int k = qualFirst; k >= Math.max(0, qualFirst - 1); k--) {
            Gazetteer.GazetteerMatch m = a.nameAt[k];
            // the name just before the figure, or opening it ("ومصر 10" read as one figure)
            if (m != null && (m.lastToken() == qualFirst - 1 || m.firstToken() == qualFirst) && isSide(a, m)) {
                String army = m.force() != null ? m.force() : StateArmies.armyOf(m.code());
                return army != null ? army : "OTHER"; // a state with no army code of ours is still not the one before
            }
        }
        return null;
    }

    /** A country with a glued و right before a number: the side of a list item, not a place. */
    static boolean isSide(Analysis a, Gazetteer.GazetteerMatch m) {
        Token head = a.tokens.get(m.firstToken());
        return m.kind() == Gazetteer.Kind.COUNTRY && m.start() > head.start() && a.text.charAt(head.start()) == 'و'
                && m.lastToken() + 1 < a.tokens.size() && a.numberStartsAt(m.lastToken() + 1);
    }

    /**
     * "و13 بلغارياً": a country name right after a count is the people's nationality, no place; so is
     * a state with an army after a list item's "من" ("و150 من إيطاليا و80 من النرويج"), not the theatre.
     */
    static boolean countedNationality(Analysis a, Gazetteer.GazetteerMatch m) {
        if (m.kind() != Gazetteer.Kind.COUNTRY || m.firstToken() < 1) {
            return false;
        }
        return a.numberEndingAt(m.firstToken() - 1) != null || nationalityOfItem(a, m);
    }

    /** "و150 من إيطاليا": a state with an army after a list item's "من", not the theatre, is its people's. */
    static boolean nationalityOfItem(Analysis a, Gazetteer.GazetteerMatch m) {
        int k = m.firstToken();
        io.raqib.arabic.ArabicNumbers.NumberMatch item = k >= 2 && FROM.contains(a.token(k - 1)) ? a.numberEndingAt(k - 2) : null;
        boolean joined = item != null && (AND.contains(a.token(item.firstToken() - 1))
                || item.start() > 0 && a.text.charAt(item.start() - 1) == 'و'); // "و150" or "و 150"
        return joined && m.kind() == Gazetteer.Kind.COUNTRY && !THEATRES.contains(m.code())
                && io.raqib.arabic.StateArmies.armyOf(m.code()) != null;
    }

    private static final WordSet FROM = WordSet.exact("من");
    private static final WordSet AND = WordSet.exact("و");
    private static final java.util.Set<String> THEATRES = java.util.Set.of("IQ", "SY");

    private static final WordSet PARTICLES = WordSet.exact("ما", "لا", "لم", "لن", "قد", "لايزالون");

    /** A verb in the third person plural within three words after the figure, in its clause. */
    private static boolean ownVerbAfter(Analysis a, int nounLast, int to) {
        for (int k = nounLast + 1; k <= Math.min(to, nounLast + 3) && !a.clauseBreakBefore(k); k++) {
            Token t = a.tokens.get(k);
            String w = t.norm();
            if (!t.isWord() || a.nameAt[k] != null || w.startsWith("ال") || PARTICLES.contains(t)) {
                continue;
            }
            return w.length() >= 4 && (w.endsWith("وا") || w.endsWith("ون") && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت'
                    || w.startsWith("سي") || w.startsWith("ست")));
        }
        return false;
    }

    private static boolean tailWord(Analysis a, int k) {
        Token t = a.tokens.get(k);
        return t.isWord() && (a.nameAt[k] != null || t.norm().startsWith("ال") || TAIL.contains(t)
                || PersonnelNouns.typeOf(t) != null);
    }

    /** "عام 2003، و500 جندي": a year is no item of the list. */
    private static boolean inDate(Analysis a, NumberMatch n) {
        for (DateMentions.DateMention d : a.dates) {
            if (d.first() <= n.firstToken() && n.lastToken() <= d.last()) {
                return true;
            }
        }
        return false;
    }
}
