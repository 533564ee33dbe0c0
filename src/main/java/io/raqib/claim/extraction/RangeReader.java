package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicNumbers.NumberMatch;
import io.raqib.arabic.ArabicTokens.Token;
import java.util.List;

/**
 * Two numbers read as one figure: a range ("بين 2000 و3000 جندي"، "من 150 إلى 200 ألف عنصر") or
 * a change from one level to another ("من نحو 2000 إلى أقل من 500 جندي": the current level and
 * the new one).
 */
final class RangeReader {
    private static final WordSet MIN = WordSet.exact("من", "ومن");
    private static final WordSet BAYN = WordSet.exact("بين", "وبين", "مابين");
    private static final WordSet TO = WordSet.exact("الي", "حتي", "لغايه");
    private static final WordSet AND = WordSet.exact("و");

    private RangeReader() {
    }

    /**
     * "بين 40 و60 ألفاً"، "من 4 إلى 5 آلاف": the scale word written once after the second number
     * applies to the first, when the first is a bare number below a thousand and the result stays
     * within ten times the second ("من 500 إلى 5 آلاف" keeps its 500).
     */
    static long sharedScale(long first, NumberMatch second) {
        Long v2 = second.longValue();
        if (first >= 1000 || v2 == null || second.lastToken() == second.firstToken() && !second.words()) {
            return first;
        }
        long scale = v2 >= 1_000_000 ? 1_000_000 : v2 >= 1000 ? 1000 : 1;
        return scale > 1 && v2 % scale == 0 && first * scale <= v2 * 10 ? first * scale : first;
    }

    /**
     * "بين 2000 و3000 جندي" (a range) and "من نحو 2000 إلى أقل من 500 جندي" (a change: the
     * current level and the new one). Returns true when numbers i and i+1 were read as a pair.
     */
    static boolean read(Analysis a, int i, QualifierReader.Found q1, List<FigureDraft> drafts) {
        NumberMatch n1 = a.numbers.get(i);
        NumberMatch n2 = a.numbers.get(i + 1);
        int qualFirst = q1 != null ? q1.first() : n1.firstToken();
        Token marker = a.token(qualFirst - 1);
        if (partOfWhole(a, n1, n2, q1, drafts)) {
            return true;
        }
        if (dashed(a, n1, n2)) {
            boolean opened = marker != null && !a.clauseBreakBefore(qualFirst) && BAYN.contains(marker);
            return readDashed(a, n1, n2, opened ? qualFirst - 1 : qualFirst, drafts);
        }
        boolean opened = marker != null && !a.clauseBreakBefore(qualFirst)
                && (MIN.contains(marker) || BAYN.contains(marker));
        if (!opened && joinedByTo(a, n1, n2) && readDashed(a, n1, n2, qualFirst, drafts)) {
            // "ثلاثة إلى أربعة ضباط"، "قرابة 6 إلى 7 آلاف مقاتل": a range needs no من before it
            return true;
        }
        if (marker == null || a.clauseBreakBefore(qualFirst)) {
            return false;
        }
        boolean between = BAYN.contains(marker);
        boolean from = MIN.contains(marker);
        if (!between && !from || NumberFilter.rejection(a, n2) != null) {
            return false;
        }
        if (n1.isVague() || n2.isVague() || n1.longValue() == null || n2.longValue() == null) {
            return false;
        }
        QualifierReader.Found q2 = QualifierReader.before(a, n2.firstToken());
        int q2First = q2 != null ? q2.first() : n2.firstToken();
        int connector;
        if (between) {
            if (AND.contains(a.token(q2First - 1))) {
                connector = q2First - 1;
            } else if (n2.words() && a.tokens.get(n2.firstToken()).norm().startsWith("و") && q2 == null) {
                connector = q2First;
            } else if (q2 != null && a.tokens.get(q2First).norm().startsWith("و")) {
                connector = q2First;
            } else if (TO.contains(a.token(q2First - 1))) {
                // "ما بين 2000 إلى 2500 جندي": the press mixes بين with the إلى of "من … إلى"
                connector = q2First - 1;
            } else {
                return false;
            }
        } else {
            if (!TO.contains(a.token(q2First - 1))) {
                return false;
            }
            connector = q2First - 1;
        }
        // between the two numbers: nothing, or the first number's noun
        NounFinder.Hit noun1 = NounFinder.after(a, n1.lastToken());
        int gapFirst = n1.lastToken() + 1;
        int gapLast = connector - 1;
        if (gapLast >= gapFirst && (noun1 == null || noun1.last() != gapLast)) {
            return false;
        }
        for (int k = n1.lastToken() + 1; k <= q2First; k++) {
            if (a.clauseBreakBefore(k) || a.sentenceOf[k] != a.sentenceOf[n1.firstToken()]) {
                return false;
            }
        }
        NounFinder.Hit noun2 = NounFinder.after(a, n2.lastToken());
        NounFinder.Hit noun = noun2 != null ? noun2 : noun1;
        boolean counted = noun == null && CountedBefore.test(a, qualFirst - 1, n2.lastToken());
        if (noun == null && !counted) {
            return false;
        }
        // people (شخص، فرد) count troops in a sentence about forces that names no civilians
        if (noun != null && noun.type() != PersonnelNouns.Type.PERSONNEL && noun.type() != PersonnelNouns.Type.DETAINEE
                && !(noun.type() == PersonnelNouns.Type.PERSON && (ForceSentence.aboutForces(a, n1.firstToken())
                || CountedBefore.namesPersonnel(a, qualFirst - 1)))) {
            return false;
        }
        double confidence = noun == null ? 0.6 : 0.85;
        long v1 = sharedScale(n1.longValue(), n2);
        long v2 = n2.longValue();
        int last = noun2 != null ? noun2.last() : n2.lastToken();
        boolean change = from && (v1 >= v2 || changeWordBefore(a, qualFirst));
        if (!change) {
            drafts.add(new FigureDraft(qualFirst - 1, n1.firstToken(), n2.lastToken(), last, null, Math.min(v1, v2),
                    Math.max(v1, v2), Qualifier.RANGE, null, noun, null, null, confidence));
            return true;
        }
        Qualifier qa = q1 != null ? q1.qualifier() : Qualifier.EXACT;
        Qualifier qb = q2 != null ? q2.qualifier() : Qualifier.EXACT;
        // the earlier level spans "من نحو 2000", the later one "أقل من 500 جندي"
        drafts.add(FigureDraft.bounded(qualFirst - 1, n1, noun1 != null ? noun1.last() : n1.lastToken(), v1, qa,
                noun, FigureKind.PRESENCE, null, confidence - 0.05));
        drafts.add(FigureDraft.bounded(q2First, n2, last, v2, qb, noun, null, null, confidence));
        return true;
    }


    /**
     * "سحب 500 من أصل 2000 جندي": the part names no noun of its own and shares the whole's; the
     * whole is the force there (its kind is read by {@link KindClassifier}).
     */
    private static boolean partOfWhole(Analysis a, NumberMatch n1, NumberMatch n2, QualifierReader.Found q1,
                                       List<FigureDraft> drafts) {
        QualifierReader.Found q2 = QualifierReader.before(a, n2.firstToken());
        int q2First = q2 != null ? q2.first() : n2.firstToken();
        if (q2First != n1.lastToken() + 3 || !MIN.contains(a.token(n1.lastToken() + 1))
                || !KindCues.WHOLE.contains(a.token(n1.lastToken() + 2)) || n1.isVague() || n2.isVague()
                || n1.longValue() == null || n2.longValue() == null || n1.longValue() >= n2.longValue()
                || NumberFilter.rejection(a, n2) != null || NounFinder.after(a, n1.lastToken()) != null) {
            return false;
        }
        for (int k = n1.lastToken() + 1; k <= q2First; k++) {
            if (a.clauseBreakBefore(k)) {
                return false;
            }
        }
        NounFinder.Hit noun = NounFinder.after(a, n2.lastToken());
        if (noun == null || noun.type() != PersonnelNouns.Type.PERSONNEL) {
            return false;
        }
        int qualFirst = q1 != null ? q1.first() : n1.firstToken();
        drafts.add(FigureDraft.bounded(qualFirst, n1, n1.lastToken(), n1.longValue(),
                q1 != null ? q1.qualifier() : Qualifier.EXACT, noun, null, null, 0.75));
        drafts.add(FigureDraft.bounded(q2First, n2, noun.last(), n2.longValue(),
                q2 != null ? q2.qualifier() : Qualifier.EXACT, noun, FigureKind.PRESENCE, null, 0.8));
        return true;
    }

    /** "200-300 جندي"، "2 – 3 آلاف عنصر": two digit numbers joined by a dash and nothing else. */
    private static boolean dashed(Analysis a, NumberMatch n1, NumberMatch n2) {
        if (n1.words() || n2.words() || n2.firstToken() != n1.lastToken() + 1) {
            return false;
        }
        String gap = a.text.substring(n1.end(), n2.start()).strip();
        return gap.equals("-") || gap.equals("–") || gap.equals("—");
    }

    /** "3 إلى 4"، "ثلاثة إلى أربعة": two numbers with only إلى between them, in one clause. */
    /** "ثلاثة أو أربعة جنود": two numbers offered as alternatives span a range, as with إلى. */
    private static final WordSet OR = WordSet.exact("او");

    private static boolean joinedByTo(Analysis a, NumberMatch n1, NumberMatch n2) {
        Token between = a.token(n1.lastToken() + 1);
        return n2.firstToken() == n1.lastToken() + 2 && (TO.contains(between) || OR.contains(between))
                && !a.clauseBreakBefore(n1.lastToken() + 1) && !a.clauseBreakBefore(n2.firstToken());
    }

    /**
     * A dashed pair (or one joined by إلى) is a range when the second number is the larger, within ten times the first,
     * and a personnel or detainee noun follows it or was counted before it; a year span ("2014-2017")
     * or a score has no such noun.
     */
    private static boolean readDashed(Analysis a, NumberMatch n1, NumberMatch n2, int first, List<FigureDraft> drafts) {
        if (n1.isVague() || n2.isVague() || n1.longValue() == null || n2.longValue() == null
                || NumberFilter.rejection(a, n2) != null) {
            return false;
        }
        long v1 = sharedScale(n1.longValue(), n2);
        long v2 = n2.longValue();
        NounFinder.Hit noun = NounFinder.after(a, n2.lastToken());
        // "عدد مقاتلي التنظيم … بنحو 3500-4500": the people counted were named before the range
        boolean counted = noun == null && CountedBefore.test(a, first - 1, n2.lastToken());
        if (v1 <= 0 || v1 >= v2 || v2 > v1 * 10 || noun == null && !counted || noun != null
                && noun.type() != PersonnelNouns.Type.PERSONNEL && noun.type() != PersonnelNouns.Type.DETAINEE) {
            return false;
        }
        drafts.add(new FigureDraft(first, n1.firstToken(), n2.lastToken(), noun == null ? n2.lastToken() : noun.last(),
                null, v1, v2, Qualifier.RANGE, null, noun, null, null, noun == null ? 0.6 : 0.8));
        return true;
    }

    private static boolean changeWordBefore(Analysis a, int qualFirst) {
        int from = a.firstTokenOf(a.sentenceOf[qualFirst]);
        for (int k = qualFirst - 1; k >= Math.max(from, qualFirst - 10); k--) {
            if (KindCues.CHANGE.contains(a.tokens.get(k)) || KindCues.WITHDRAWAL.contains(a.tokens.get(k))) {
                return true;
            }
        }
        return false;
    }
}
