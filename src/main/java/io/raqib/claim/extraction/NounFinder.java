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
    /** عنصر also means "element": "3 عناصر أساسية للخطة" counts no one. */
    private static final WordSet ELEMENT_NOUNS = WordSet.of("عنصر", "عنصرا", "عناصر", "عنصرين", "عنصران");
    private static final WordSet NON_HUMAN_ADJECTIVES = WordSet.of("أساسية", "رئيسية", "مهمة", "هامة", "ضرورية",
            "مشتركة", "أساسيين", "رئيسيين", "كيميائية", "غذائية", "جوهرية");
    /** فرد also means a family member: "5 أفراد من عائلة واحدة". */
    private static final WordSet CIVILIAN_CONTEXT = WordSet.of("عائلة", "أسرة", "عائلات", "أسر", "المدنيين",
            "مدنيين", "الأهالي", "السكان", "عائلته", "أسرته", "عائلتها", "أسرتها", "الصحفيين",
            "المواطنين", "النازحين", "اللاجئين");
    private static final WordSet BAYN = WordSet.exact("بين");
    private static final WordSet ONLY = WordSet.exact("فقط", "فحسب");

    private NounFinder() {
    }

    static Hit after(Analysis a, int lastNumberToken) {
        int k = lastNumberToken + 1;
        if (ONLY.contains(a.token(k)) && !a.clauseBreakBefore(k)) {
            k++; // "بضع عشرات فقط من المدربين"، "40 فقط من المستشارين"
        }
        Token t = a.token(k);
        if (t == null || a.clauseBreakBefore(k)) {
            return null;
        }
        Hit tallied = tallyAfterLevel(a, lastNumberToken, k);
        if (tallied != null) {
            return tallied;
        }
        PersonnelNouns.Type type = PersonnelNouns.typeOf(t);
        if (type != null && type != PersonnelNouns.Type.COLLECTIVE) {
            int last = extendCoordinated(a, k);
            return civilianOrThing(a, k, last) ? null : new Hit(type, k, last, Via.DIRECT, null);
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
            // "500 من البيشمركة": a force whose name is also its members' noun is still that force
            if (name != null && name.firstToken() == m && name.kind() == Gazetteer.Kind.FORCE
                    && (ut == null || ut == PersonnelNouns.Type.COLLECTIVE || name.lastToken() == m && ut == PersonnelNouns.Type.PERSONNEL)) {
                return new Hit(PersonnelNouns.Type.PERSONNEL, m, name.lastToken(), Via.MIN_FORCE, name);
            }
            if (ut != null) {
                int last = extendCoordinated(a, m);
                return civilianOrThing(a, m, last) ? null
                        : new Hit(ut == PersonnelNouns.Type.COLLECTIVE ? PersonnelNouns.Type.PERSONNEL : ut, m, last,
                        Via.MIN, null);
            }
        }
        return null;
    }

    private static final WordSet TO = WordSet.exact("الي", "والي");

    /**
     * "يصل إلى 2210 عدد القتلى في صفوف …"، "ارتفع إلى 23 مجموع عدد الجنود": a level told before the
     * tally it is the level of (the subject after its verb); the tally's noun is what is counted.
     */
    private static Hit tallyAfterLevel(Analysis a, int lastNumberToken, int k) {
        if (!TO.contains(a.token(lastNumberToken - 1)) || !a.tokens.get(lastNumberToken).isDigits()) {
            return null;
        }
        int m = k;
        while (m <= k + 1 && Tallies.TALLY.contains(a.token(m)) && !a.clauseBreakBefore(m)) {
            m++; // "إجمالي عدد"
        }
        PersonnelNouns.Type type = m == k || a.clauseBreakBefore(m) ? null : PersonnelNouns.typeOf(a.token(m));
        return type == null || type == PersonnelNouns.Type.COLLECTIVE ? null : new Hit(type, k, m, Via.DIRECT, null);
    }

    /** "3 عناصر أساسية"، "5 أفراد من عائلة واحدة": the noun does not count armed men here. */
    private static boolean civilianOrThing(Analysis a, int nounFirst, int nounLast) {
        Token next = a.token(nounLast + 1);
        if (next == null || a.clauseBreakBefore(nounLast + 1)) {
            return false;
        }
        if (ELEMENT_NOUNS.contains(a.tokens.get(nounFirst)) && NON_HUMAN_ADJECTIVES.contains(next)) {
            return true;
        }
        if (CIVILIAN_CONTEXT.contains(next)) {
            return true;
        }
        Token after = a.token(nounLast + 2);
        return next.norm().equals("من") && after != null && CIVILIAN_CONTEXT.contains(after);
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
