package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;

/**
 * Tallies and what they count: a level reached is of the dead when the tally before it names them
 * ("ارتفع عدد قتلى … إلى 2150"), or when harm is told of the counted right after them ("… الذين قتلوا").
 */
final class Tallies {
    private Tallies() {
    }

    /** Nouns that tally people: "عدد قتلى"، "حصيلة القتلى"، "أعداد المصابين". */
    static final WordSet TALLY = WordSet.of("عدد", "أعداد", "حصيلة", "إجمالي", "مجموع");
    /** Losses: "ترتفع خسائر الوحدة البشرية إلى …" counts the dead. */
    private static final WordSet LOSSES = WordSet.of("خسائر", "خسائره", "خسائرها", "خسائرهم");

    /**
     * "يرتفع عدد قتلى الجيش منذ بدء الحرب …، إلى 2150 جنديا"، "عدد الجرحى … بلغ نحو 5200":
     * the nearest tally before a level, in its sentence and with no other number between, says what
     * the level counts, however long the phrase between them. Returns casualties, detained or null.
     */
    static FigureKind tallyBefore(Analysis a, int from, int qualFirst) {
        for (int k = qualFirst - 2; k >= Math.max(from, qualFirst - 30); k--) {
            Token t = a.tokens.get(k);
            if (LOSSES.contains(t)) {
                return FigureKind.CASUALTIES;
            }
            if (TALLY.contains(t)) {
                FigureKind counted = KindCues.kindOf(a.token(k + 1));
                return counted == FigureKind.CASUALTIES || counted == FigureKind.DETAINED ? counted : null;
            }
            if (otherCount(t)) {
                return null; // another count stands between
            }
        }
        return null;
    }

    private static final WordSet WHO = WordSet.exact("الذين", "ممن", "اللذين");

    /** "وصل إلى 23 عدد العسكريين الذين قتلوا": harm told of the counted right after them, the level's kind. */
    static FigureKind harmRightAfter(Analysis a, int nounLast) {
        int k = nounLast + 1;
        while (k < nounLast + 3 && k < a.tokens.size() && a.nameAt[k] != null) {
            k++; // past the nationality: "العسكريين البولنديين الذين …"
        }
        k = WHO.contains(a.token(k)) ? k + 1 : k;
        // "450 عسكريا قتل منهم ثلاثة": the harm befell a part of them
        FigureKind kind = k < a.tokens.size() && !a.clauseBreakBefore(k) && !KindCues.OF_THEM.contains(a.token(k + 1))
                ? KindCues.kindOf(a.tokens.get(k)) : null;
        return kind == FigureKind.CASUALTIES || kind == FigureKind.DETAINED ? kind : null;
    }

    /** Digits that are not a year. */
    static boolean otherCount(Token t) {
        return t.type() == io.raqib.arabic.ArabicTokens.Type.DIGITS && !t.norm().matches("(19|20)\\d\\d");
    }
}
