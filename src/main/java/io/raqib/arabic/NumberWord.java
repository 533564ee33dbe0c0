package io.raqib.arabic;

import io.raqib.arabic.ArabicNumbers.Vague;
import io.raqib.arabic.ArabicTokens.Token;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One number word as written: what kind of word it is, its value, and the clitics glued to it
 * (و that joins a compound, a preposition, the article). The forms live with their kind
 * ({@link UnitWords}, {@link HundredWords}, {@link ScaleWords}, {@link VagueWords},
 * {@link FractionWords}); this class only looks a token up.
 */
record NumberWord(Kind kind, long value, Vague vague, boolean conjoined, int cliticChars, boolean article) {

    enum Kind { UNIT, TEN, TENS, HUNDRED, SCALE, SCALE_DUAL, SCALE_PLURAL, VAGUE, FRACTION }

    /** A form of the lexicon: kind, value, and for vague words how vague. */
    record Form(Kind kind, long value, Vague vague) {
    }

    private static final Map<String, Form> LEXICON = lexicon();

    /** Kinds that keep their meaning with the article (العشرات، الآلاف، الثلاثمئة جندي، الألفي مقاتل). */
    private static final Set<Kind> DEFINITE_OK = EnumSet.of(Kind.VAGUE, Kind.SCALE_PLURAL, Kind.HUNDRED, Kind.SCALE,
            Kind.SCALE_DUAL,
            // "لا يزيد عددهم على الأربعين": tens keep their value with the article (as an ordinal, "القرن العشرين",
            // they count no noun, and "الحادي والعشرين من آذار" is read as a date first)
            Kind.TENS);

    /** Clitics that may be glued to a number word. و also joins compounds. */
    private static final String[] CLITICS = {"و", "ب", "ل", "ف", "ك", "وب", "ول", "فب", "فل", "بال", "لل", "وال", "ال"};

    static void put(Map<String, Form> lexicon, Kind kind, long value, String... forms) {
        for (String f : forms) {
            lexicon.put(ArabicTokens.normalizePhrase(f), new Form(kind, value, null));
        }
    }

    private static Map<String, Form> lexicon() {
        Map<String, Form> m = new HashMap<>();
        UnitWords.addForms(m);
        HundredWords.addForms(m);
        ScaleWords.addForms(m);
        VagueWords.addForms(m);
        FractionWords.addForms(m);
        return Map.copyOf(m);
    }

    /** The number word {@code t} is, with its clitics, or null. */
    static NumberWord of(Token t) {
        if (!t.isWord()) {
            return null;
        }
        String norm = t.norm();
        Form form = LEXICON.get(norm);
        if (form != null) {
            return new NumberWord(form.kind(), form.value(), form.vague(), false, 0, false);
        }
        for (String c : CLITICS) {
            if (norm.length() - c.length() >= 2 && norm.startsWith(c)) {
                Form f = LEXICON.get(norm.substring(c.length()));
                if (f == null) {
                    continue;
                }
                boolean article = c.endsWith("ال") || c.endsWith("لل");
                // the article turns units into ordinals or days (الاثنين، الأحد): only vague words,
                // scales, hundreds and the long forms of 3-10 keep their meaning with it
                if (article && !DEFINITE_OK.contains(f.kind()) && !definiteCardinal(norm.substring(c.length()), f)) {
                    continue;
                }
                return new NumberWord(f.kind(), f.value(), f.vague(), c.startsWith("و"), c.length(), article);
            }
        }
        return null;
    }

    /**
     * A unit with the article, read as a number only by a caller that sees it open a teen or a hundred
     * ("الاثني عشر شهراً"، "الثلاث مئة"): alone, "الاثنين" is a day and "الثلاث" no count.
     */
    static NumberWord definiteUnit(Token t) {
        if (!t.isWord()) {
            return null;
        }
        String norm = t.norm();
        for (String c : CLITICS) {
            if ((c.endsWith("ال") || c.endsWith("لل")) && norm.length() - c.length() >= 2 && norm.startsWith(c)) {
                Form f = LEXICON.get(norm.substring(c.length()));
                if (f != null && f.kind() == Kind.UNIT && !DAY_NAMES.contains(norm.substring(c.length()))) {
                    return new NumberWord(f.kind(), f.value(), null, c.startsWith("و"), c.length(), true);
                }
            }
        }
        return null;
    }

    /** A teen says اثنا / اثني; "الاثنين" and "الأحد" before عشرة are days ("يوم الأحد عشرة جنود"). */
    private static final Set<String> DAY_NAMES = Set.of("اثنين", "اثنان", "إثنين", "إثنان", "أحد").stream()
            .map(ArabicTokens::normalizePhrase).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final String TEH_MARBUTA = ArabicTokens.normalizePhrase("ة");

    /**
     * الثلاثة … العشرة with teh marbuta are cardinals ("السبعة الآخرون"); the short forms are other words
     * with the article (الخمس a fifth, الست a lady, السبع a lion), and الاثنين، الأحد are days.
     */
    private static boolean definiteCardinal(String bare, Form f) {
        return (f.kind() == Kind.UNIT || f.kind() == Kind.TEN) && f.value() >= 3 && bare.endsWith(TEH_MARBUTA);
    }

    /** ألف، مليون، مليار in any number (singular, dual, plural). */
    boolean isScale() {
        return kind == Kind.SCALE || kind == Kind.SCALE_DUAL || kind == Kind.SCALE_PLURAL;
    }

    NumberWord as(Kind newKind, long newValue) {
        return new NumberWord(newKind, newValue, vague, conjoined, cliticChars, article);
    }
}
