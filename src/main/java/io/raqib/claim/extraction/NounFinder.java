package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer;
import io.raqib.arabic.Gazetteer.GazetteerMatch;

/**
 * Finds the noun that says what a number counts: right after it ("1500 جندي"، "٣٥ عنصرًا"،
 * "أحد عناصر"), or after من ("1905 من الضباط والمنتسبين"، "2000 من القوات الأمريكية"،
 * "35 من داعش"). Coordinated personnel nouns ("ضابطًا وعنصرًا"، "جندي وضابط") are taken together.
 */
final class NounFinder {

    /** How the noun is attached to the number. */
    enum Via { DIRECT, MIN, MIN_FORCE }

    /** The noun covering tokens {@code [first, last]}; {@code force} when it is a force's name. */
    record Hit(PersonnelNouns.Type type, int first, int last, Via via, GazetteerMatch force) {
    }

    private static final WordSet MIN = WordSet.exact("من", "ومن");
    private static final WordSet BAYN = WordSet.exact("بين");

    private NounFinder() {
    }

    static Hit after(Analysis a, int lastNumberToken) {
        int k = lastNumberToken + 1;
        Token t = a.token(k);
        if (t == null || a.clauseBreakBefore(k)) {
            return null;
        }
        PersonnelNouns.Type type = PersonnelNouns.typeOf(t);
        if (type != null && type != PersonnelNouns.Type.COLLECTIVE) {
            return new Hit(type, k, extendCoordinated(a, k), Via.DIRECT, null);
        }
        if (MIN.contains(t) && t.norm().equals("من")) {
            int m = k + 1;
            if (BAYN.contains(a.token(m))) {
                m++; // "35 من بين المقاتلين"
            }
            Token u = a.token(m);
            if (u == null || a.clauseBreakBefore(m)) {
                return null;
            }
            PersonnelNouns.Type ut = PersonnelNouns.typeOf(u);
            GazetteerMatch name = a.nameAt[m];
            if (name != null && name.firstToken() == m && name.kind() == Gazetteer.Kind.FORCE
                    && (ut == null || ut == PersonnelNouns.Type.COLLECTIVE)) {
                return new Hit(PersonnelNouns.Type.PERSONNEL, m, name.lastToken(), Via.MIN_FORCE, name);
            }
            if (ut != null) {
                return new Hit(ut == PersonnelNouns.Type.COLLECTIVE ? PersonnelNouns.Type.PERSONNEL : ut, m,
                        extendCoordinated(a, m), Via.MIN, null);
            }
        }
        return null;
    }

    /** "ضابطًا وعنصرًا"، "الضباط والمنتسبين": the last token of a run of coordinated personnel nouns. */
    private static int extendCoordinated(Analysis a, int k) {
        int last = k;
        while (true) {
            Token next = a.token(last + 1);
            if (next == null || a.clauseBreakBefore(last + 1) || !next.norm().startsWith("و")) {
                return last;
            }
            PersonnelNouns.Type nt = PersonnelNouns.typeOf(next);
            if (nt == null || nt == PersonnelNouns.Type.COLLECTIVE) {
                return last;
            }
            last++;
        }
    }
}
