package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer;
import io.raqib.arabic.Gazetteer.GazetteerMatch;

/**
 * Words that point back at a force named before them: التنظيم (an armed group), الحزب (a party
 * that fights, such as Hezbollah), النظام (the Syrian government), "جيش الاحتلال" (the last foreign army);
 * and "من الميليشيات" after a personnel noun, an armed group left unnamed.
 */
final class ForceAnaphors {
    static final WordSet ORGANISATION_ANAPHOR = WordSet.of("التنظيم");
    /** "حزب الله … وأوضحت المصادر أن الحزب أرسل": the party is the armed one named before. */
    static final WordSet PARTY_ANAPHOR = WordSet.of("الحزب");
    static final WordSet REGIME_ANAPHOR = WordSet.of("النظام");
    private static final WordSet MILITIAS = WordSet.of("الميليشيات", "الميلشيات", "المليشيات", "ميليشيات",
            "مليشيات", "الفصائل", "فصائل");
    private static final WordSet FROM = WordSet.exact("من");

    private ForceAnaphors() {
    }

    /** التنظيم → the last armed group named before; الحزب → the last armed party; النظام → the Syrian government when Syria is in view. */
    static String anaphor(Analysis a, int k) {
        Token t = a.tokens.get(k);
        if (a.nameAt[k] != null) {
            return null;
        }
        if (ORGANISATION_ANAPHOR.contains(t)) {
            for (int j = k - 1; j >= 0; j--) {
                GazetteerMatch m = a.nameAt[j];
                if (m != null && m.kind() == Gazetteer.Kind.FORCE
                        && ("ISIS".equals(m.code()) || "HTS".equals(m.code()) || "OTHER".equals(m.code()))) {
                    return m.code();
                }
            }
            return mentions(a, "ISIS") ? "ISIS" : null;
        }
        if (PARTY_ANAPHOR.contains(t)) {
            for (int j = k - 1; j >= 0; j--) {
                GazetteerMatch m = a.nameAt[j];
                if (m != null && m.kind() == Gazetteer.Kind.FORCE && m.text().contains("حزب")) {
                    return m.code();
                }
            }
            return null; // a political party
        }
        if (MILITIAS.contains(t) && FROM.contains(a.token(k - 1)) && k >= 2
                && PersonnelNouns.typeOf(a.tokens.get(k - 2)) == PersonnelNouns.Type.PERSONNEL
                && (k + 1 >= a.tokens.size() || a.nameAt[k + 1] == null)) {
            return "OTHER"; // "800 عنصر من الفصائل المحلية": members of militias no name tells
        }
        if (REGIME_ANAPHOR.contains(t) && mentions(a, "SY")) {
            return "SYRIAN_GOV";
        }
        if (ForeignArmies.OCCUPATION.contains(t) && ForeignArmies.ARMY_NOUNS.contains(a.token(k - 1))) {
            return ForeignArmies.lastForeignForceBefore(a, k - 1);
        }
        return null;
    }

    /** A force noun with a possessive pronoun: "its troops", "his soldiers". */
    private static final WordSet POSSESSED_FORCE = WordSet.of("قواتها", "قواته", "جنودها", "جنوده", "عسكرييها",
            "وحداتها", "قوتها", "عناصرها", "مستشاريها", "مدربيها");

    /**
     * "المجر\nترابط قواتها في أربيل. … 150 جنديا": a line that only names a state heads the paragraph
     * below it, so "its troops" in that paragraph, before the number, are that state's.
     * Returns its army, or null.
     */
    static String headingState(Analysis a, int numberFirst) {
        int lineStart = a.text.lastIndexOf('\n', a.tokens.get(numberFirst).start()) + 1;
        if (lineStart < 2) {
            return null;
        }
        int headingStart = a.text.lastIndexOf('\n', lineStart - 2) + 1;
        String heading = a.text.substring(headingStart, lineStart - 1).strip();
        GazetteerMatch name = null;
        boolean possessed = false;
        for (int k = numberFirst - 1; k >= 0 && a.tokens.get(k).start() >= headingStart; k--) {
            if (a.tokens.get(k).start() >= lineStart) {
                possessed |= POSSESSED_FORCE.contains(a.tokens.get(k));
            } else if (name == null) {
                name = a.nameAt[k];
            }
        }
        boolean onlyName = name != null && name.kind() == Gazetteer.Kind.COUNTRY && name.text().strip().equals(heading);
        return possessed && onlyName ? io.raqib.arabic.StateArmies.armyOf(name.code()) : null;
    }

    private static boolean mentions(Analysis a, String code) {
        for (GazetteerMatch m : a.names) {
            if (code.equals(m.code()) || code.equals(m.country()) && m.kind() != Gazetteer.Kind.FORCE) {
                return true;
            }
        }
        return false;
    }
}
