package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer;
import io.raqib.arabic.Gazetteer.GazetteerMatch;
import io.raqib.arabic.StateArmies;

/**
 * "مقتل 3 أمريكيين بهجوم على قاعدة": people counted by their nationality alone, killed, wounded,
 * captured, kept or stationed (the verb before them or right after) in a sentence about a military post or a named
 * force and naming no civilians, are that state's
 * troops. Without those three conditions a nationality counts no one (tourists, workers, detainees'
 * home countries).
 */
final class NationalityCount {
    private static final WordSet BROKEN_PLURALS = WordSet.of("أتراك", "روس", "ألمان", "أكراد", "عرب", "أجانب");
    private static final WordSet MILITARY = WordSet.of("قاعدة", "قواعد", "عسكرية", "عسكري", "معسكر", "ثكنة",
            "قوات", "جنود", "الجيش", "دورية", "رتل", "موقع");

    /** After a round hundred or thousand Arabic counts with the singular: "150 ألف أمريكي". */
    private static final WordSet ROUND = WordSet.of("ألف", "آلاف", "مئة", "مائة", "مليون");
    /** The states of the theatre: their people counted by nationality in a list are its population. */
    private static final java.util.Set<String> LOCAL = java.util.Set.of("IQ", "SY");
    private static final WordSet STATIONED = WordSet.of("يوجد", "توجد", "يتواجد", "تتواجد", "يخدم", "يخدمون", "بقي",
            "يبقى", "يرابط", "ترابط");

    private NationalityCount() {
    }

    /** "15 إيرانيا": after eleven to ninety-nine (and 111, 270 …) Arabic counts with the singular, in the accusative. */
    private static boolean elevenToNinetyNine(Analysis a, int numberLast) {
        for (io.raqib.arabic.ArabicNumbers.NumberMatch n : a.numbers) {
            if (n.lastToken() == numberLast && n.longValue() != null) {
                // "270 نمساويا": a count whose last two digits are 11 to 99 takes the singular too
                return n.longValue() % 100 >= 11;
            }
        }
        return false;
    }

    /**
     * "13 بلغارياً": after a count, the accusative adjective with its tanween dropped is spelt like the
     * country (بلغاريا، إسبانيا); the count makes it the people, whose army is that state's.
     */
    private static GazetteerMatch accusativeDemonym(Analysis a, GazetteerMatch m, int numberLast) {
        if (m == null || m.force() != null || m.kind() != Gazetteer.Kind.COUNTRY || !elevenToNinetyNine(a, numberLast)
                || !a.tokens.get(m.firstToken()).norm().endsWith("يا") || yearLike(a, numberLast)) {
            return m;
        }
        String army = StateArmies.armyOf(m.code());
        return army == null ? m : new GazetteerMatch(m.start(), m.end(), m.text(), m.kind(), m.code(), m.country(), army,
                m.canonical(), m.firstToken(), m.lastToken());
    }

    /** "عام 2015 روسيا …": a number of a thousand or more before a country is more likely a year. */
    private static boolean yearLike(Analysis a, int numberLast) {
        io.raqib.arabic.ArabicNumbers.NumberMatch n = a.numberEndingAt(numberLast);
        return n == null || n.longValue() == null || n.longValue() >= 1000;
    }

    private static final WordSet FROM = WordSet.exact("من");

    /** "50 عراقيا من عناصر داعش": people of a nationality named as a force's members, whatever befell them. */
    private static boolean membersOfForceAfter(Analysis a, int last) {
        int k = last + 1;
        if (!FROM.contains(a.token(k)) || a.clauseBreakBefore(k)) {
            return false;
        }
        k += ForceResolverWords.MEMBER_NOUNS.contains(a.token(k + 1)) ? 2 : 1;
        GazetteerMatch f = k < a.tokens.size() ? a.nameAt[k] : null;
        return f != null && f.kind() == Gazetteer.Kind.FORCE && f.firstToken() == k;
    }

    /** The nationality right after the number as the counted noun, or null. */
    static NounFinder.Hit after(Analysis a, int qualFirst, int numberLast) {
        int k = numberLast + 1;
        if (k >= a.tokens.size() || a.clauseBreakBefore(k)) {
            return null;
        }
        GazetteerMatch m = accusativeDemonym(a, a.nameAt[k], numberLast);
        Token t = a.tokens.get(k);
        if (m == null || m.firstToken() != k || m.kind() != Gazetteer.Kind.COUNTRY || m.force() == null
                || !(t.norm().endsWith("ين") || t.norm().endsWith("ون") || BROKEN_PLURALS.contains(t)
                || t.norm().endsWith("يا") && elevenToNinetyNine(a, numberLast)
                || ROUND.contains(a.tokens.get(numberLast)))) {
            return null;
        }
        boolean harmed = false;
        // "قتل 9 جنود بولنديين و14 بلغارياً": a later item of a list has the verb said before its first
        // (not the country's own people: "قضى في الحرب 300 جندي أمريكي وآلاف العراقيين")
        int listStart = LOCAL.contains(m.country()) ? qualFirst
                : ListItems.firstItem(a, qualFirst, m.lastToken(), a.lastTokenOf(a.sentenceOf[k]));
        for (int j = listStart - 1; j >= Math.max(0, listStart - 4) && !a.clauseBreakBefore(j + 1); j--) {
            Token b = a.tokens.get(j);
            // "تضم 150 ألف أمريكي": a force made of them, or kept somewhere, counts them as troops too
            harmed |= KindCues.CASUALTIES.contains(b) || KindCues.DETAINED.contains(b)
                    || KindCues.HOLDS.contains(b) || KindCues.SETTLING.contains(b) || STATIONED.contains(b)
                    // "عقب سحب 270 نمساويا": withdrawn as a contingent
                    || KindCues.kindOf(b) == FigureKind.WITHDRAWAL;
        }
        // "أن 15 إيرانيا قتلوا في سوريا": the verb of harm right after them
        Token after = a.token(m.lastToken() + 1);
        harmed |= after != null && !a.clauseBreakBefore(m.lastToken() + 1)
                && (KindCues.CASUALTIES.contains(after) || KindCues.DETAINED.contains(after));
        if (!harmed && !membersOfForceAfter(a, m.lastToken())) {
            return null;
        }
        int s = a.sentenceOf[k];
        boolean military = false;
        for (int j = a.firstTokenOf(s); j <= a.lastTokenOf(s); j++) {
            Token w = a.tokens.get(j);
            if (ForceSentence.CIVILIANS.contains(w)) {
                return null;
            }
            // a post or force word, or a force named ("بينهم عنصران في الحرس الثوري")
            military |= j != k && (MILITARY.contains(w) || a.nameAt[j] != null && a.nameAt[j].kind() == Gazetteer.Kind.FORCE);
        }
        return military ? new NounFinder.Hit(PersonnelNouns.Type.PERSONNEL, k, m.lastToken(), NounFinder.Via.DIRECT, m)
                : null;
    }
}
