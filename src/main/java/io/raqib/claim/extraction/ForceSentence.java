package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicNumbers.NumberMatch;
import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer;

/**
 * Whether a sentence is about armed forces and not about civilians: the test a number of
 * "people" (18 شخصاً) or of dead (18 قتيلاً) with no force attached has to pass before it counts
 * as a figure.
 */
final class ForceSentence {
    static final WordSet CIVILIANS = WordSet.of("مدني", "مدنيا", "مدنيين", "مدنيون", "المدنيين",
            "أطفال", "الأطفال", "طفل", "طفلا", "نساء", "النساء", "امرأة", "لاجئ", "لاجئا", "لاجئين", "اللاجئين",
            "نازح", "نازحا", "نازحين", "النازحين", "مهاجر", "مهاجرين", "المهاجرين", "السكان", "الأهالي", "مواطن",
            "مواطنا", "مواطنين", "المواطنين", "عائلة", "عائلات", "أسرة", "عوائل", "مدنية", "المدنية", "صحفي", "صحفيين",
            "مصلين", "المصلين", "حجاج", "زوار", "الزوار", "طلاب", "عمال", "العمال", "مرضى",
            // displacement counts civilians: "تهجير قرابة 40 ألف شخص"
            "نزوح", "تهجير", "لجوء", "نزح", "نزحوا", "هجروا");

    /** "مؤتمر صحفي"، "بيان صحفي": an adjective of the press, no journalists counted. */
    private static final WordSet PRESS = WordSet.of("مؤتمر", "بيان", "تصريح", "تصريحات", "لقاء", "حديث", "إيجاز");

    private ForceSentence() {
    }

    private static final WordSet RANKS = WordSet.of("صفوف", "صفوفها", "صفوفهم", "صفوفه");

    /** "خسرت تركيا 40 قتيلا في صفوفها": the dead counted in a side's ranks are its fighters. */
    static boolean inRanks(Analysis a, int nounLast) {
        Token in = a.token(nounLast + 1);
        // "في صفوف المدنيين" counts no fighters
        return in != null && in.norm().equals("في") && RANKS.contains(a.token(nounLast + 2))
                && !CIVILIANS.contains(a.token(nounLast + 3));
    }

    /** The sentence of {@code token} names a force and no civilians. */
    static boolean aboutForces(Analysis a, int token) {
        int s = a.sentenceOf[token];
        boolean force = false;
        for (int k = a.firstTokenOf(s); k <= a.lastTokenOf(s); k++) {
            if (CIVILIANS.contains(a.tokens.get(k)) && !countedPartAfter(a, token, k) && !PRESS.contains(a.token(k - 1))) {
                return false;
            }
            Gazetteer.GazetteerMatch m = a.nameAt[k];
            force |= m != null && m.kind() == Gazetteer.Kind.FORCE;
        }
        return force;
    }

    /**
     * "بلغت الحصيلة 40 قتيلاً، 25 منهم من المسلحين و5 مدنيين": civilians counted as one part of a
     * breakdown after the total leave the total about the forces the other parts name.
     */
    private static boolean countedPartAfter(Analysis a, int total, int civilians) {
        if (civilians <= total) {
            return false;
        }
        for (NumberMatch n : a.numbers) {
            if (n.lastToken() == civilians - 1 && n.firstToken() > total) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet FAMILIES = WordSet.of("عوائل", "عائلات", "عائلة", "أسرة", "ذوي");
    private static final WordSet AMONG = WordSet.exact("من", "ضمن", "يشكلون", "يمثلون");

    /**
     * "659 شخصاً من عوائل تنظيم الدولة"، "706 أفراد يشكلون 181 عائلة"، "المئات من أفراد عوائل …":
     * people counted as fighters' families, which the corpus rules count as no force.
     */
    static boolean familiesCounted(Analysis a, int nounLast) {
        int s = a.sentenceOf[nounLast];
        int to = Math.min(a.lastTokenOf(s), nounLast + 4);
        for (int k = nounLast + 1; k <= to && !a.clauseBreakBefore(k); k++) {
            if (FAMILIES.contains(a.tokens.get(k))) {
                Token before = a.tokens.get(k - 1);
                return k == nounLast + 1 || AMONG.contains(before) || before.isDigits()
                        || AMONG.contains(a.token(k - 2)) && !a.clauseBreakBefore(k - 1);
            }
        }
        return false;
    }

    /** "25 ألف عسكري ومدني": soldiers counted together with civilians are no force's count. */
    static boolean mixedWithCivilians(Analysis a, int nounLast) {
        // past the words naming whose they are: "120 ألفا من أفراد القوات المسلحة البريطانية والمدنيين"
        for (int k = nounLast + 1; k <= nounLast + 5 && k < a.tokens.size() && !a.clauseBreakBefore(k); k++) {
            Token t = a.tokens.get(k);
            if (t.norm().startsWith("و")) {
                return CIVILIANS.contains(t);
            }
        }
        return false;
    }

    private static final WordSet MOSTLY = WordSet.of("معظمهم", "أغلبهم", "اغلبهم", "غالبيتهم", "جلهم", "أكثرهم");

    /**
     * "آلاف المعتقلين، معظمهم من النساء والأطفال": a count said right after its noun to be mostly
     * civilians (camp residents, families) counts no force.
     */
    static boolean mostlyCivilians(Analysis a, int nounLast) {
        int s = a.sentenceOf[nounLast];
        int to = Math.min(a.lastTokenOf(s), nounLast + 8);
        for (int k = nounLast + 1; k <= to; k++) {
            if (MOSTLY.contains(a.tokens.get(k))) {
                for (int j = k + 1; j <= Math.min(a.lastTokenOf(s), k + 3); j++) {
                    if (CIVILIANS.contains(a.tokens.get(j))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static final WordSet UNITS = WordSet.of("قوة", "قوات", "وحدة", "كتيبة", "فرقة", "سرية", "لواء", "بعثة");
    private static final WordSet MADE_OF = WordSet.of("المؤلفة", "المؤلف", "المكونة", "المكون", "المتكونة", "مؤلفة",
            "مكونة", "قوامها", "قوامه", "تضم", "يضم", "عديدها", "عديده", "تعدادها", "تعداده", "يتألف", "تتألف",
            "يتكون", "تتكون");
    /** "يتألف عادة من": how often a unit is so made does not part it from its count. */
    private static final WordSet USUALLY = WordSet.exact("عاده", "غالبا", "عموما");

    /**
     * "القوة المؤلفة من 550 رجل"، "وحدة قوامها 80 رجلا"، "قوات خاصة - عديدها 150 رجلاً -": a unit
     * (with an adjective after it, and the strength in dashes) said to be made of the men counted.
     */
    private static final WordSet UNIT_PRONOUN = WordSet.exact("وهو", "وهي", "هو", "هي");

    static boolean unitMadeOf(Analysis a, int qualFirst) {
        int k = qualFirst - 1;
        if (a.token(k) != null && a.token(k).norm().equals("من")) {
            k--;
        }
        if (USUALLY.contains(a.token(k)) && !a.clauseBreakBefore(k)) {
            k--;
        }
        if (k < 1 || !MADE_OF.contains(a.token(k)) || a.clauseBreakBefore(k + 1)) {
            return false;
        }
        for (int u = k - 1; u >= Math.max(0, k - 3); u--) {
            // "لواء مدرع، وهو يتكون غالبا من 800 شخص": the pronoun after the comma is the unit
            if (a.clauseBreakBefore(u + 1) && !dashBetween(a, u, u + 1) && !UNIT_PRONOUN.contains(a.token(u + 1))) {
                return false;
            }
            if (UNITS.contains(a.token(u))) {
                return true;
            }
        }
        return false;
    }

    private static boolean dashBetween(Analysis a, int left, int right) {
        String gap = a.text.substring(a.tokens.get(left).end(), a.tokens.get(right).start());
        return gap.strip().equals("-") || gap.strip().equals("–");
    }
}
