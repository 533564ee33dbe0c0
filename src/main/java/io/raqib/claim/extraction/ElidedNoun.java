package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer;
import java.util.List;

/**
 * A number whose noun is left out because the text has just named who is counted. Arabic drops
 * the noun in three ways, and each needs an antecedent (an earlier figure or personnel noun):
 * <ul>
 *   <li>a part of a group: "… 40 منهم في القاعدة"، "بينهم ثلاثة ضباط"، "بينهم واحد فقط";</li>
 *   <li>the rest of a group: "و12 آخرين"، "الأربعة الباقون"، "الستة المتبقون";</li>
 *   <li>a count whose noun was given before it in the clause: "عدد عناصر الحامية … إلى 900"،
 *       "بلغ 300 جندي في الشمال، ونحو 150 في الجنوب"، "المسجلون في الكشوف الذين تجاوزوا الـ40 ألفاً".</li>
 * </ul>
 * A part or the rest of a group takes its kind, force and place from the antecedent figure when
 * there is one; an elided count is classified by its own words.
 */
final class ElidedNoun {

    /** How the noun was left out. */
    enum Via { PART, REST, ELIDED }

    /** The antecedent: the figure it refers to (or null) and the noun that says who is counted. */
    record Found(Via via, FigureDraft figure, NounFinder.Hit noun) {
    }

    static final WordSet PART_AFTER = WordSet.exact("منهم", "منهن", "بينهم");
    private static final WordSet PART_BEFORE = WordSet.exact("بينهم", "وبينهم", "منهم", "ومنهم", "بينهن", "منهن");
    static final WordSet REST = WordSet.of("آخرين", "آخرون", "الآخرين", "الآخرون", "الباقون", "الباقين",
            "المتبقون", "المتبقين", "الباقيين", "غيرهم");
    /** Words that may follow an elided count without making it count something else. */
    private static final WordSet FOLLOWERS = WordSet.exact("في", "فى", "الي", "علي", "عن", "مع", "حتي", "خلال",
            "منذ", "بعد", "قبل", "فقط", "تقريبا", "رغم", "بينما", "فيما", "حين", "وفق", "حسب", "بحسب", "وفقا",
            "معظمهم", "اغلبهم", "غالبيتهم", "بينهم", "منهم", "معظم", "اغلب", "غالبية");
    /** Definite words that may stand right before an elided count: "العدد 900"، "والبالغ 50 ألفاً". */
    private static final WordSet DEFINITE_LEADS = WordSet.of("العدد", "البالغ", "البالغة", "البالغين", "المقدر",
            "المقدرة", "الاجمالي");
    /** Words that start like the article but are not nouns: إلى، الذي، التي، إلا. */
    private static final WordSet NOT_DEFINITE = WordSet.exact("الي", "والي", "الا", "الذي", "التي", "الذين", "اللذين",
            "اللتين", "اللواتي", "اللاتي", "والتي", "والذي", "والذين");
    private static final int PART_REACH = 45;
    private static final int ELIDED_REACH = 22;

    private ElidedNoun() {
    }

    private static final WordSet FROM = WordSet.exact("من");

    /** The civilians named at token k, or after "من" there. */
    private static boolean civilianPart(Analysis a, int k) {
        int at = FROM.contains(a.token(k)) ? k + 1 : k;
        return ForceSentence.CIVILIANS.contains(a.token(at)) && !a.clauseBreakBefore(at);
    }

    /**
     * @param qualFirst  first token of the qualifier before the number (or the number)
     * @param numberLast last token of the number
     * @param value      the number's value (null when vague)
     */
    static Found find(Analysis a, int qualFirst, int numberFirst, int numberLast, Long value, List<FigureDraft> drafts) {
        if (countryListed(a, numberFirst) && value != null) {
            // "منهم الأردن (52)، لبنان (47)": each nationality's share of those counted before
            return antecedent(a, Via.PART, qualFirst, PART_REACH, true, drafts);
        }
        Token next = a.clauseBreakBefore(numberLast + 1) ? null : a.token(numberLast + 1);
        if (PART_AFTER.contains(next) && civilianPart(a, numberLast + 2)) {
            return null; // "أربعة منهم من المدنيين": the part counted is no force's
        }
        if (PART_AFTER.contains(next) || partBefore(a, qualFirst)) {
            return antecedent(a, Via.PART, qualFirst, PART_REACH, true, drafts);
        }
        if (REST.contains(next)) {
            return antecedent(a, Via.REST, qualFirst, PART_REACH, true, drafts);
        }
        if (KindCues.outOfWhole(a, qualFirst) && value != null) {
            // "3 آلاف جندي من أصل 40 ألفا يخدمون": the whole the part was taken from has the part's noun
            Found whole = antecedent(a, Via.ELIDED, qualFirst, ELIDED_REACH, false, drafts);
            if (whole != null && whole.figure() != null) {
                return whole;
            }
        }
        if (value != null && listedAfterFigure(a, numberFirst, numberLast)) {
            // "قتل 19 جنديا رومانيا و9 مجريين وستة من البرتغال": each next count in the list shares the
            // noun, not the force: its own nationality names that
            Found found = antecedent(a, Via.ELIDED, qualFirst, ELIDED_REACH, false, drafts);
            if (found != null && found.figure() != null) {
                return new Found(Via.ELIDED, null, found.noun());
            }
        }
        // a year is written in digits and takes no qualifier: "وأقل من ألفين في سورية" counts people
        boolean yearLike = value != null && value >= 1900 && value <= 2100 && qualFirst == numberFirst
                && a.tokens.get(numberFirst).isDigits();
        if (value == null || value < 10 || yearLike || !elidedFollower(a, numberLast + 1)
                || !freeBefore(a, numberFirst) || latinAround(a, qualFirst, numberLast)) {
            return null; // a bare year, or a number in a Latin date ("December 20, 2024")
        }
        Found found = antecedent(a, Via.ELIDED, qualFirst, ELIDED_REACH, false, drafts);
        if (found != null && found.figure() != null && conjunct(a, numberFirst)
                && NumberFilter.numberBetween(a, found.figure().last(), qualFirst)) {
            return null; // the count right before it has the noun it leaves out: "في 46 هجوما، 24 منها … و22"
        }
        if (found != null && found.figure() != null && contrastBetween(a, found.figure().last(), qualFirst)) {
            // "تخطى المسجلون 150 ألفا رغم أنهم لا يزيدون على 60 ألفا": the same people, another count
            return new Found(Via.ELIDED, null, found.noun());
        }
        return found;
    }

    /** A number in brackets right after a state's name, in a list of at least two such pairs. */
    private static boolean countryListed(Analysis a, int numberFirst) {
        if (!bracketedAfterCountry(a, numberFirst)) {
            return false;
        }
        int s = a.sentenceOf[numberFirst];
        for (io.raqib.arabic.ArabicNumbers.NumberMatch n : a.numbers) {
            if (n.firstToken() != numberFirst && a.sentenceOf[n.firstToken()] == s && bracketedAfterCountry(a, n.firstToken())) {
                return true;
            }
        }
        return false;
    }

    private static boolean bracketedAfterCountry(Analysis a, int k) {
        Gazetteer.GazetteerMatch name = k > 0 ? a.nameAt[k - 1] : null;
        return a.enclosedNumber(k) && a.text.charAt(a.tokens.get(k).start() - 1) == '('
                && name != null && name.kind() == Gazetteer.Kind.COUNTRY && name.lastToken() == k - 1;
    }

    /**
     * A count joined by و ("و9"، "وستة") and followed by a nationality ("رومانيا"، "مجريين") or by
     * "من" and a state ("من البرتغال"): another entry of a list whose first entry had the noun.
     */
    private static boolean listedAfterFigure(Analysis a, int numberFirst, int numberLast) {
        Token first = a.tokens.get(numberFirst);
        boolean joined = conjunct(a, numberFirst) || !first.isDigits() && first.norm().startsWith("و");
        if (!joined || a.clauseBreakBefore(numberLast + 1)) {
            return false;
        }
        int k = FROM.contains(a.token(numberLast + 1)) ? numberLast + 2 : numberLast + 1;
        Gazetteer.GazetteerMatch m = k < a.tokens.size() ? a.nameAt[k] : null;
        return m != null && m.kind() == Gazetteer.Kind.COUNTRY && m.firstToken() == k
                && (k == numberLast + 2 ? !m.impliesForce() : m.impliesForce() && !a.text.startsWith("ال", a.tokens.get(k).start()));
    }

    /** "و22": a number glued to و. */
    private static boolean conjunct(Analysis a, int numberFirst) {
        Token before = a.token(numberFirst - 1);
        return before != null && before.norm().equals("و") && before.end() == a.tokens.get(numberFirst).start();
    }

    private static final WordSet CONTRAST = WordSet.exact("رغم", "برغم", "لكن", "لكنهم", "لكنها", "بينما", "مقابل",
            "غير", "الا", "بل");

    private static boolean contrastBetween(Analysis a, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (CONTRAST.contains(a.tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "25 قتيلاً، بينهم ثلاثة ضباط": the earlier figure a noun-bearing figure is part of, or null. */
    static FigureDraft groupOf(Analysis a, int qualFirst, List<FigureDraft> drafts) {
        FigureDraft previous = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        if (previous != null && previous.antecedent() != null && AND.contains(a.token(qualFirst - 1))
                && previous.last() >= qualFirst - 2 && a.sentenceOf[previous.last()] == a.sentenceOf[qualFirst]) {
            return previous.antecedent(); // "منهم 10 ضباط و5 جنود": the next item of a list of parts is one too
        }
        boolean totalIncludes = totalIncludesBefore(a, qualFirst);
        if (!totalIncludes && !partBefore(a, qualFirst)) {
            return null;
        }
        Found found = antecedent(a, Via.PART, qualFirst, PART_REACH, totalIncludes, drafts);
        return found == null ? null : found.figure();
    }

    private static final WordSet AND = WordSet.exact("و");
    private static final WordSet INCLUDES = WordSet.of("يشمل", "تشمل", "يضم", "تضم", "يتضمن", "تتضمن");
    private static final WordSet THIS = WordSet.exact("هذا", "هذه");
    private static final WordSet TOTAL = WordSet.of("الرقم", "العدد", "المجموع", "الإجمالي", "الحصيلة");

    /** "ويشمل هذا الرقم 25 ألف ضابط": the figure is part of the total just given, in this sentence or the one before. */
    private static boolean totalIncludesBefore(Analysis a, int qualFirst) {
        return qualFirst >= 3 && INCLUDES.contains(a.tokens.get(qualFirst - 3)) && THIS.contains(a.tokens.get(qualFirst - 2))
                && TOTAL.contains(a.tokens.get(qualFirst - 1)) && !a.clauseBreakBefore(qualFirst)
                && !a.clauseBreakBefore(qualFirst - 1) && !a.clauseBreakBefore(qualFirst - 2);
    }

    /** "بينهم واحد"، "بينهم ما بين 2000 و3000": the group is named right before. */
    private static boolean partBefore(Analysis a, int qualFirst) {
        for (int k = qualFirst - 1; k >= Math.max(0, qualFirst - 3); k--) {
            if (PART_BEFORE.contains(a.tokens.get(k))) {
                return true;
            }
            if (a.clauseBreakBefore(k + 1) && k + 1 <= qualFirst - 1 || !isRangeMarker(a.tokens.get(k))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isRangeMarker(Token t) {
        String n = t.norm();
        return n.equals("ما") || n.equals("بين") || n.equals("من");
    }

    /** After an elided count: nothing, a preposition or particle, or a plural participle ("مسجلون"). */
    private static boolean elidedFollower(Analysis a, int k) {
        Token t = a.token(k);
        if (t == null || a.clauseBreakBefore(k) || !t.isWord()) {
            return true;
        }
        if (FOLLOWERS.contains(t) || TIME_OF_YEAR.contains(t) || HARMED.contains(t) || STATIONED.contains(t)) {
            return true; // "أن نحو 100 قتلوا"، "و2000 ينتشرون في محيطها": the verb tells what befell or what do the people just named
        }
        if (YEAR_WORD.contains(t) && yearNumber(a.token(k + 1))) {
            return true; // "إلى نحو 400 عام 2019": the count as of that year; "400 عام" alone is a length of time
        }
        String n = t.norm();
        if (n.length() >= 5 && n.startsWith("م") && (n.endsWith("ون") || n.endsWith("ين"))) {
            return true; // a masculine plural participle describes people: "مسجلون"، "منتشرين"
        }
        Gazetteer.GazetteerMatch m = a.nameAt[k];
        // "نحو 300 عراقي" after a group of detainees: a nationality standing for its people
        return m != null && m.kind() == Gazetteer.Kind.COUNTRY && m.firstToken() == k && m.lastToken() == k
                && n.endsWith("ي") && !n.startsWith("ال") && !fleeing(a, k);
    }

    private static final WordSet HARMED = WordSet.exact("قتلوا", "قضوا", "اصيبوا", "جرحوا", "اسروا", "اعتقلوا", "قتلا");
    /** Plural verbs of being posted somewhere, said of the people just named. */
    private static final WordSet STATIONED = WordSet.exact("ينتشرون", "يتمركزون", "يتواجدون", "يوجدون", "يرابطون",
            "يتحصنون", "منتشرون");
    private static final WordSet FLIGHT = WordSet.of("الفرار", "فرار", "فروا", "هربوا", "الهرب", "الهروب");

    /**
     * "اضطر قرابة 300 ألف سوري إلى الفرار": nationals driven to flee are people, not troops (displacement
     * itself, نزوح، لجوء, is among the civilian words already).
     */
    private static boolean fleeing(Analysis a, int k) {
        for (int j = k + 1; j <= k + 3 && j < a.tokens.size() && !a.clauseBreakBefore(j); j++) {
            if (FLIGHT.contains(a.tokens.get(j)) || ForceSentence.CIVILIANS.contains(a.tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** "إلى قرابة 700 أواخر سنة 2018": a part of a year dates the count. */
    private static final WordSet TIME_OF_YEAR = WordSet.of("منتصف", "أواخر", "مطلع", "أوائل", "بداية", "نهاية");
    private static final WordSet YEAR_WORD = WordSet.of("عام", "العام", "سنة");

    private static boolean yearNumber(Token t) {
        if (t == null || !t.norm().matches("\\d{4}")) {
            return false;
        }
        int year = Integer.parseInt(t.norm());
        return year >= 1900 && year <= 2100;
    }

    private static boolean latinAround(Analysis a, int qualFirst, int numberLast) {
        return isLatin(a.token(qualFirst - 1)) || isLatin(a.token(numberLast + 1));
    }

    private static boolean isLatin(Token t) {
        return t != null && t.isWord() && t.norm().chars().anyMatch(c -> c < 0x250 && Character.isLetter(c));
    }

    /** "اللواء 99"، "المادة 5": a definite noun right before the number names it, unless it is a count word. */
    private static boolean freeBefore(Analysis a, int numberFirst) {
        Token before = a.token(numberFirst - 1);
        if (before == null || a.clauseBreakBefore(numberFirst) || !before.isWord()) {
            return true;
        }
        String n = before.norm();
        boolean definite = (n.startsWith("ال") || n.startsWith("وال") || n.startsWith("بال") || n.startsWith("لل"))
                && !NOT_DEFINITE.contains(before);
        return !definite || DEFINITE_LEADS.contains(before) || n.endsWith("ـ") || n.equals("ال") || n.equals("وال");
    }

    /**
     * The nearest earlier figure with a noun, or personnel noun, within {@code reach} tokens; a
     * group part may look into the previous sentence, an elided count only within its own.
     */
    private static Found antecedent(Analysis a, Via via, int qualFirst, int reach, boolean previousSentence,
                                    List<FigureDraft> drafts) {
        int s = a.sentenceOf[qualFirst];
        int from = a.firstTokenOf(previousSentence && s > 0 ? s - 1 : s);
        from = Math.max(from, qualFirst - reach);
        FigureDraft figure = null;
        for (int d = drafts.size() - 1; d >= 0; d--) {
            FigureDraft f = drafts.get(d);
            if (f.last() < qualFirst && f.numberFirst() >= from && f.noun() != null) {
                figure = f;
                break;
            }
        }
        for (int k = qualFirst - 1; k >= from; k--) {
            if (figure != null && k <= figure.last()) {
                return new Found(via, figure, figure.noun());
            }
            if (ForceSentence.CIVILIANS.contains(a.tokens.get(k)) && a.sentenceOf[k] == s && a.nameAt[k] == null) {
                return null; // "40 طفلا و20 امرأة، وجرح مئات آخرين": the rest of civilians
            }
            PersonnelNouns.Type type = PersonnelNouns.typeOf(a.tokens.get(k));
            if (type == PersonnelNouns.Type.PERSONNEL || type == PersonnelNouns.Type.DETAINEE
                    || type == PersonnelNouns.Type.CASUALTY
                    || type == PersonnelNouns.Type.COLLECTIVE && countedGroup(a, k)) {
                return new Found(via, null, new NounFinder.Hit(type == PersonnelNouns.Type.COLLECTIVE
                        ? PersonnelNouns.Type.PERSONNEL : type, k, k, NounFinder.Via.DIRECT, null));
            }
        }
        return figure == null ? null : new Found(via, figure, figure.noun());
    }

    /** "عدد القوات"، "حجم قواته": a force collective counted by the word before it. */
    private static boolean countedGroup(Analysis a, int k) {
        Token before = a.token(k - 1);
        return before != null && CountedBefore.isCountWord(before);
    }
}
