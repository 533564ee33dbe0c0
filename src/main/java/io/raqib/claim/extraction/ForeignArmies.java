package io.raqib.claim.extraction;

import io.raqib.arabic.Gazetteer;
import io.raqib.arabic.Gazetteer.GazetteerMatch;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Phrases that speak of foreign armies without naming one state's troops plainly: troops called
 * foreign ("العسكريون الأجانب"), several nationalities after one noun ("ضابطين، كندي وهولندي"),
 * and a side's own name for the army it fights ("جيش الاحتلال"). Read for {@link ForceResolver}.
 */
final class ForeignArmies {
    /** A state's troops (not fighters: "المقاتلون الأجانب" are an armed group's recruits). */
    private static final WordSet STATE_TROOPS = WordSet.of("جندي", "جنود", "جنديا", "قوات", "عسكري", "عسكريين",
            "عسكريون", "مستشار", "مستشارين", "مستشارون", "مدرب", "مدربين", "مدربون");
    private static final WordSet FOREIGN = WordSet.of("أجنبي", "أجنبية", "أجانب");
    static final WordSet OCCUPATION = WordSet.of("الاحتلال");
    static final WordSet ARMY_NOUNS = WordSet.of("جيش", "قوات", "قوة", "جنود", "عناصر");
    private static final Set<String> LOCAL = Set.of("IRAQI", "SYRIAN_GOV", "PESHMERGA");
    private static final Set<String> NOT_COALITION = Set.of("TURKISH", "RUSSIAN", "IRANIAN");

    private ForeignArmies() {
    }

    /**
     * "مئات العسكريين الأجانب"، "قوات أجنبية": troops of states the words leave unnamed, maybe several
     * (OTHER), unless the words after name the force they come from ("عسكري أجنبي من دول التحالف");
     * null when the noun is not called foreign.
     */
    static String unnamedForeign(Analysis a, NounFinder.Hit noun) {
        if (noun == null || !STATE_TROOPS.contains(a.tokens.get(noun.first()))
                || !FOREIGN.contains(a.token(noun.last() + 1))) {
            return null;
        }
        for (int k = noun.last() + 2; k <= noun.last() + 5 && k < a.tokens.size() && !a.clauseBreakBefore(k); k++) {
            GazetteerMatch m = a.nameAt[k];
            if (m != null && m.kind() == Gazetteer.Kind.FORCE && m.force() != null) {
                return m.force();
            }
        }
        return "OTHER";
    }

    /**
     * "جنديان، كندي وهولندي"، "جنود أمريكيون وفرنسيون": nationalities of different states listed
     * right after the noun (an apposition comma allowed) count troops of several armies: the
     * coalition when all are its members, else OTHER; null when fewer than two differ.
     */
    static String listedNationalities(Analysis a, int nounFirst) {
        Set<String> forces = new LinkedHashSet<>();
        int k = nounFirst + 1;
        GazetteerMatch own = nounFirst >= 0 && nounFirst < a.tokens.size() ? a.nameAt[nounFirst] : null;
        if (own != null && own.firstToken() == nounFirst && own.force() != null) {
            forces.add(own.force()); // "جنود إيطاليون" is one name: the noun with its first nationality
            k = own.lastToken() + 1;
        }
        while (k < a.tokens.size() && forces.size() < 6) {
            if (k > nounFirst + 1 && a.clauseBreakBefore(k)) {
                break;
            }
            GazetteerMatch m = a.nameAt[k];
            if (m == null || m.firstToken() != k || m.kind() != Gazetteer.Kind.COUNTRY || m.force() == null) {
                break;
            }
            forces.add(m.force());
            k = m.lastToken() + 1;
        }
        if (forces.size() < 2) {
            return null;
        }
        return forces.stream().anyMatch(f -> NOT_COALITION.contains(f) || LOCAL.contains(f)
                || ForceResolver.NON_STATE.contains(f)) ? "OTHER" : "COALITION";
    }

    /**
     * "جيش الاحتلال"، "قوات الاحتلال": what a side calls the foreign army it fights, named plainly
     * earlier in the text (the Turkish army in a Kurdish source, US forces in an Iraqi faction's
     * statement); null when no foreign state's force was named before.
     */
    static String lastForeignForceBefore(Analysis a, int before) {
        for (int j = before - 1; j >= 0; j--) {
            GazetteerMatch m = a.nameAt[j];
            if (m == null || m.firstToken() != j || m.kind() == Gazetteer.Kind.PLACE
                    || m.kind() == Gazetteer.Kind.SOURCE) {
                continue;
            }
            String f = m.force() != null ? m.force()
                    : m.kind() == Gazetteer.Kind.COUNTRY ? io.raqib.arabic.StateArmies.armyOf(m.code()) : null;
            if (f != null && !ForceResolver.NON_STATE.contains(f) && !LOCAL.contains(f)) {
                return f;
            }
        }
        return null;
    }
}
