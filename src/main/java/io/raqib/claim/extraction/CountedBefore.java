package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;
import java.util.List;

/**
 * A number with no noun after it still counts people when a count word before it names what is
 * counted: "عدد القوات … نحو 2000"، "قوة قوامها 5 آلاف"، "بلغ تعدادها 400".
 */
final class CountedBefore {
    private static final WordSet COUNT_WORDS = WordSet.of("عدد", "أعداد", "تعداد", "قوام", "عديد", "حجم", "عددهم", "عددها",
            "عدده", "تعدادها", "تعدادهم", "قوامها", "قوامه", "حصيلة", "حصيلتهم",
            // "خفض مستوى القوات من قرابة 900 إلى 600": the level of a force is its count
            "مستوى", "مستويات");
    private static final WordSet COUNT_PRONOUNS = WordSet.of("عددهم", "عددها", "عدده", "تعدادها", "تعدادهم",
            "قوامها", "قوامه", "حصيلتهم", "حجمها", "عديدها");
    /** "العدد"، "الرقم": the number already spoken of. */
    private static final WordSet REFERRING = WordSet.exact("العدد", "والعدد", "فالعدد", "رقم", "الرقم",
            // "… مقاتلي الحزب هناك تتراوح الأعداد بين 3 و5 آلاف"، "أما تقديراتنا فهي بين …": the numbers or
            // estimates of those just named
            "الاعداد", "والاعداد", "التقديرات", "تقديراتنا", "تقديراتهم", "وتقديراتنا");
    /** Units whose strength a count word may give: "قوة قوامها 5 آلاف". */
    private static final WordSet UNITS = WordSet.of("قوة", "قوات", "حامية", "وحدة", "وحدات", "كتيبة", "لواء",
            "فرقة", "فوج", "سرية", "تشكيل", "رتل", "جيش");
    /** Words that may follow the bare number without making it count something else. */
    static final WordSet FOLLOW_OK = WordSet.exact("في", "فى", "الي", "حتي", "بعد", "قبل", "خلال",
            "منذ", "مع", "فقط", "تقريبا", "وفق", "بحسب", "حسب", "وفقا", "عام", "مقابل", "بينما", "فيما",
            // a new clause: "… بين 3 و5 آلاف، أما …"، "… بين 3 و5 آلاف لكن …"
            "اما", "واما", "لكن", "ولكن");

    private CountedBefore() {
    }

    /** "العسكريين /109/"، "الجنود (40)": a number set off right after a plural noun of personnel counts it. */
    static boolean enclosedAfterNoun(Analysis a, int qualFirst, int numberLast) {
        if (qualFirst != numberLast || !a.enclosedNumber(numberLast)) {
            return false;
        }
        Token before = a.token(numberLast - 1);
        return before != null && before.norm().startsWith("ال")
                && PersonnelNouns.typeOf(before) == PersonnelNouns.Type.PERSONNEL;
    }

    /** عدد، تعداد، حجم …: a word that says the noun after it is counted. */
    static boolean isCountWord(Token t) {
        return COUNT_WORDS.contains(t);
    }

    /** "عدد القوات … نحو 2000"، "بلغ تعدادها 400": the count word names what is counted. */
    static boolean test(Analysis a, int qualFirst, int numberLast) {
        if (enclosedAfterNoun(a, qualFirst, numberLast)) {
            return true;
        }
        Token next = a.token(numberLast + 1);
        if (next != null && !a.clauseBreakBefore(numberLast + 1) && next.isWord() && !FOLLOW_OK.contains(next)
                && !pluralOrFutureVerb(next) && !dateAt(a, numberLast + 1) && !estimateOf(a, qualFirst)) {
            return false;
        }
        return namesPersonnel(a, qualFirst);
    }

    private static final WordSet ESTIMATING = WordSet.of("يقدر", "تقدر", "قدر", "قدرت", "يقدرون", "تقدير", "تقديرات");

    /**
     * "وتقدر أعداد مسلحيه بنحو ستة آلاف مقره …": a number with ب right after an estimate of a count
     * (within four words) ends the estimate; what follows it, even unpunctuated, is another clause.
     */
    private static boolean estimateOf(Analysis a, int qualFirst) {
        if (!a.tokens.get(qualFirst).norm().startsWith("ب")) {
            return false;
        }
        for (int k = qualFirst - 1; k >= Math.max(0, qualFirst - 4); k--) {
            if (ESTIMATING.contains(a.tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "سيخفض عديد القوات إلى 75 الشهر المقبل": a date after the number says when, not what is counted. */
    private static boolean dateAt(Analysis a, int k) {
        int start = a.tokens.get(k).start();
        // read as the date finder reads it, so that an undated article's "الشهر المقبل" counts too
        List<io.raqib.arabic.DateMention> dates = io.raqib.arabic.ArabicDates.find(
                a.text.substring(start, Math.min(a.text.length(), start + 40)), null);
        return !dates.isEmpty() && dates.get(0).start() == 0;
    }

    /**
     * "وعددهم نحو الأربعين سيرحلون"، "وعددهم 300 ينتشرون": a verb after the number has the counted
     * as its subject; it does not make the number count something else (as "70 دبابة" would).
     */
    private static boolean pluralOrFutureVerb(Token t) {
        String n = t.norm();
        return n.length() >= 5 && (n.startsWith("سي") || n.startsWith("ست") || n.startsWith("ي") && n.endsWith("ون"));
    }

    /**
     * "عدد القوات العسكرية التركية … نحو 9 آلاف": the last personnel or force noun of the phrase a
     * count word (not a pronoun one) opens within ten words before the number, whose force the phrase
     * may name after it; -1 when there is none.
     */
    static int countedNoun(Analysis a, int qualFirst) {
        int from = a.firstTokenOf(a.sentenceOf[qualFirst]);
        for (int k = qualFirst - 1; k >= Math.max(from, qualFirst - 10); k--) {
            Token t = a.tokens.get(k);
            if (COUNT_WORDS.contains(t) && !COUNT_PRONOUNS.contains(t)) {
                int noun = -1;
                for (int j = k + 1; j <= Math.min(k + 3, qualFirst - 1); j++) {
                    PersonnelNouns.Type type = PersonnelNouns.typeOf(a.tokens.get(j));
                    noun = type == PersonnelNouns.Type.PERSONNEL || type == PersonnelNouns.Type.COLLECTIVE ? j : noun;
                }
                return noun;
            }
        }
        return -1;
    }

    /**
     * A count word within ten words before names personnel, a unit or a force: "عدد القوات"، "عدد عناصر
     * الوحدة … من 400 إلى 3 آلاف شخص" (people counted so are troops).
     */
    static boolean namesPersonnel(Analysis a, int qualFirst) {
        int s = a.sentenceOf[qualFirst];
        int from = a.firstTokenOf(s);
        for (int k = qualFirst - 1; k >= Math.max(from, qualFirst - 10); k--) {
            Token t = a.tokens.get(k);
            if (!COUNT_WORDS.contains(t) && !REFERRING.contains(t)) {
                continue;
            }
            // عددهم، قوامها: the pronoun refers back; عدد القوات names what is counted right after
            boolean pronoun = COUNT_PRONOUNS.contains(t);
            if (REFERRING.contains(t) && qualFirst - k <= 2) {
                // "… 50 ألف مقاتل. وقال إن العدد كان 60 ألفا": "the number" with none named after it points
                // back, into the sentence before too
                from = s > 0 ? a.firstTokenOf(s - 1) : from;
                pronoun = true;
            }
            if (pronoun && qualFirst - k > 3) {
                return false; // "وعددهم 2000"، "بلغ تعدادها نحو 400": the number follows closely
            }
            int lo = pronoun ? from : k + 1;
            int hi = pronoun ? k - 1 : Math.min(k + 3, qualFirst - 1);
            for (int j = lo; j <= hi; j++) {
                PersonnelNouns.Type type = PersonnelNouns.typeOf(a.tokens.get(j));
                boolean force = a.nameAt[j] != null && a.nameAt[j].kind() == io.raqib.arabic.Gazetteer.Kind.FORCE;
                if (type == PersonnelNouns.Type.PERSONNEL || type == PersonnelNouns.Type.COLLECTIVE || force
                        || UNITS.contains(a.tokens.get(j))) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }
}
