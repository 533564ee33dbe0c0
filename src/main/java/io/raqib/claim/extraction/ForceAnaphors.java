package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer;
import io.raqib.arabic.Gazetteer.GazetteerMatch;

/**
 * Words that point back at a force named before them: التنظيم (an armed group), الحزب (a party
 * that fights, such as Hezbollah), النظام (the Syrian government), "جيش الاحتلال" (the last foreign army).
 */
final class ForceAnaphors {
    static final WordSet ORGANISATION_ANAPHOR = WordSet.of("التنظيم");
    /** "حزب الله … وأوضحت المصادر أن الحزب أرسل": the party is the armed one named before. */
    static final WordSet PARTY_ANAPHOR = WordSet.of("الحزب");
    static final WordSet REGIME_ANAPHOR = WordSet.of("النظام");

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
        if (REGIME_ANAPHOR.contains(t) && mentions(a, "SY")) {
            return "SYRIAN_GOV";
        }
        if (ForeignArmies.OCCUPATION.contains(t) && ForeignArmies.ARMY_NOUNS.contains(a.token(k - 1))) {
            return ForeignArmies.lastForeignForceBefore(a, k - 1);
        }
        return null;
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
