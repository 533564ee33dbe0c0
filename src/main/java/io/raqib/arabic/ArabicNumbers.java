package io.raqib.arabic;

import io.raqib.arabic.ArabicTokens.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds numbers as Arabic news writes them, with offsets into the original text: digits of
 * three scripts (1500, ١٥٠٠, ۱۵۰۰) with thousands (, ٬) and decimal (٫ .) separators, digits
 * glued to a preposition (بـ2000) or a noun, number words (ثلاثة، خمسة عشر، عشرون، مئتان،
 * ثلاثمئة، ألفا، عشرة آلاف، مليون) with their case and gender forms, compounds joined by و
 * (ألف وخمسمئة، خمسة وعشرون), fractions (ألف ونصف، نصف مليون), digits with a scale word
 * (1.5 مليون، 3 آلاف), and vague quantities (عشرات، مئات، آلاف، بضعة) which have no value.
 *
 * <p>Written by hand: no library reachable from this build parses Arabic number words (ICU's
 * rule-based formatter spells numbers out in Arabic but does not parse the forms the press uses,
 * such as duals in the genitive or glued hundreds), and Lucene's analysers only fold digits.
 *
 * <p>This class only reads numbers; whether a number counts people is the caller's business.
 */
public final class ArabicNumbers {

    /** What a vague quantity word says about the order of magnitude. */
    public enum Vague {
        /** بضعة، بضع: a few (3–9). */
        FEW(3, 9),
        /** عشرات: tens. */
        TENS(20, 99),
        /** مئات: hundreds. */
        HUNDREDS(200, 999),
        /** آلاف، ألوف: thousands. */
        THOUSANDS(2_000, 9_999),
        /** عشرات الآلاف. */
        TENS_OF_THOUSANDS(20_000, 99_999),
        /** مئات الآلاف. */
        HUNDREDS_OF_THOUSANDS(200_000, 999_999),
        /** ملايين. */
        MILLIONS(2_000_000, 9_999_999);

        public final long low;
        public final long high;

        Vague(long low, long high) {
            this.low = low;
            this.high = high;
        }
    }

    /**
     * A number found in a text. {@code [start, end)} covers the number as written (a clitic
     * glued to its first word, as ب in بألفي, is left out). {@code value} is null when the
     * quantity is vague; then {@code vague} says how vague.
     */
    public record NumberMatch(int start, int end, String text, BigDecimal value, Vague vague, boolean words,
                              int firstToken, int lastToken) {
        /** The value as a whole number, or null when vague or fractional. */
        public Long longValue() {
            if (value == null) {
                return null;
            }
            try {
                return value.stripTrailingZeros().longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }

        public boolean isVague() {
            return value == null;
        }
    }

    private enum LexKind { UNIT, TEN, TENS, HUNDRED, SCALE, SCALE_DUAL, SCALE_PLURAL, VAGUE, FRACTION }

    private record Lex(LexKind kind, long value, Vague vague) {
    }

    private static final Map<String, Lex> LEXICON = buildLexicon();
    private static final java.util.Set<LexKind> DEFINITE_OK = java.util.EnumSet.of(LexKind.VAGUE, LexKind.SCALE_PLURAL,
            LexKind.HUNDRED, LexKind.SCALE, LexKind.SCALE_DUAL);

    /** Clitics that may be glued to a number word. و also joins compounds. */
    private static final String[] CLITICS = {"و", "ب", "ل", "ف", "ك", "وب", "ول", "فب", "فل", "بال", "لل", "وال", "ال"};

    private ArabicNumbers() {
    }

    private static void put(Map<String, Lex> m, LexKind kind, long value, String... forms) {
        for (String f : forms) {
            m.put(ArabicTokens.normalizePhrase(f), new Lex(kind, value, null));
        }
    }

    private static Map<String, Lex> buildLexicon() {
        Map<String, Lex> m = new HashMap<>();
        put(m, LexKind.UNIT, 1, "واحد", "واحدة", "أحد", "إحدى");
        put(m, LexKind.UNIT, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "إثنان", "إثنين", "اثنا", "اثني", "اثنتا", "اثنتي");
        put(m, LexKind.UNIT, 3, "ثلاث", "ثلاثة");
        put(m, LexKind.UNIT, 4, "أربع", "أربعة");
        put(m, LexKind.UNIT, 5, "خمس", "خمسة");
        put(m, LexKind.UNIT, 6, "ست", "ستة");
        put(m, LexKind.UNIT, 7, "سبع", "سبعة");
        put(m, LexKind.UNIT, 8, "ثمان", "ثماني", "ثمانية", "ثمانى");
        put(m, LexKind.UNIT, 9, "تسع", "تسعة");
        put(m, LexKind.TEN, 10, "عشر", "عشرة");
        String[][] tens = {
            {"20", "عشرون", "عشرين"}, {"30", "ثلاثون", "ثلاثين"}, {"40", "أربعون", "أربعين"},
            {"50", "خمسون", "خمسين"}, {"60", "ستون", "ستين"}, {"70", "سبعون", "سبعين"},
            {"80", "ثمانون", "ثمانين"}, {"90", "تسعون", "تسعين"}};
        for (String[] t : tens) {
            put(m, LexKind.TENS, Long.parseLong(t[0]), t[1], t[2]);
        }
        put(m, LexKind.HUNDRED, 100, "مئة", "مائة", "مئه", "ميه", "مية");
        put(m, LexKind.HUNDRED, 200, "مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي");
        String[][] hundreds = {
            {"300", "ثلاث", "ثلث"}, {"400", "أربع"}, {"500", "خمس"}, {"600", "ست"},
            {"700", "سبع"}, {"800", "ثمان", "ثماني"}, {"900", "تسع"}};
        for (String[] h : hundreds) {
            for (int i = 1; i < h.length; i++) {
                put(m, LexKind.HUNDRED, Long.parseLong(h[0]), h[i] + "مئة", h[i] + "مائة");
            }
        }
        put(m, LexKind.SCALE, 1_000, "ألف");
        put(m, LexKind.SCALE_DUAL, 2_000, "ألفان", "ألفين", "ألفا", "ألفي");
        put(m, LexKind.SCALE_PLURAL, 1_000, "آلاف", "الاف", "ألوف");
        put(m, LexKind.SCALE, 1_000_000, "مليون");
        put(m, LexKind.SCALE_DUAL, 2_000_000, "مليونان", "مليونين", "مليونا", "مليوني");
        put(m, LexKind.SCALE_PLURAL, 1_000_000, "ملايين");
        put(m, LexKind.SCALE, 1_000_000_000, "مليار");
        put(m, LexKind.SCALE_DUAL, 2_000_000_000, "ملياران", "مليارين", "مليارا", "ملياري");
        put(m, LexKind.SCALE_PLURAL, 1_000_000_000, "مليارات");
        for (String f : new String[] {"عشرات"}) {
            m.put(ArabicTokens.normalizePhrase(f), new Lex(LexKind.VAGUE, 10, Vague.TENS));
        }
        for (String f : new String[] {"مئات", "مئآت"}) {
            m.put(ArabicTokens.normalizePhrase(f), new Lex(LexKind.VAGUE, 100, Vague.HUNDREDS));
        }
        for (String f : new String[] {"بضعة", "بضع"}) {
            m.put(ArabicTokens.normalizePhrase(f), new Lex(LexKind.VAGUE, 1, Vague.FEW));
        }
        put(m, LexKind.FRACTION, 2, "نصف");
        put(m, LexKind.FRACTION, 4, "ربع");
        return Map.copyOf(m);
    }

    /** A number word with the clitics that were glued to it. */
    private record Word(Lex lex, boolean conjoined, int cliticChars, boolean article) {
    }

    private static Word word(Token t) {
        if (!t.isWord()) {
            return null;
        }
        String norm = t.norm();
        Lex lex = LEXICON.get(norm);
        if (lex != null) {
            return new Word(lex, false, 0, false);
        }
        for (String c : CLITICS) {
            if (norm.length() - c.length() >= 2 && norm.startsWith(c)) {
                String rest = norm.substring(c.length());
                Lex l = LEXICON.get(rest);
                boolean article = c.endsWith("ال") || c.endsWith("لل");
                if (l == null && c.equals("لل")) {
                    continue;
                }
                if (l != null) {
                    // the article turns units into ordinals or days (الاثنين، الأحد): only
                    // vague words and scale plurals keep their meaning with it (العشرات، الآلاف)
                    // and so do hundreds and thousands counted definite (الثلاثمئة جندي، الألفي مقاتل)
                    if (article && !DEFINITE_OK.contains(l.kind())) {
                        continue;
                    }
                    return new Word(l, c.startsWith("و"), c.length(), article);
                }
            }
        }
        return null;
    }

    /** Every number in {@code text}, left to right. */
    public static List<NumberMatch> findAll(String text) {
        return findAll(text, ArabicTokens.tokenize(text));
    }

    /** Every number in {@code text}, over tokens already computed for it. */
    public static List<NumberMatch> findAll(String text, List<Token> tokens) {
        List<NumberMatch> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            NumberMatch m = tokens.get(i).isDigits() ? digitsAt(text, tokens, i, true) : wordsAt(text, tokens, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.lastToken() + 1;
            }
        }
        return out;
    }

    /** Parses a string that is exactly one number (for tests and callers holding a span). */
    public static NumberMatch parse(String text) {
        List<NumberMatch> all = findAll(text);
        return all.size() == 1 ? all.get(0) : null;
    }

    // ------------------------------------------------------------------ digits

    private static boolean onlySpaceBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '\u0640' && c != '\u200f' && c != '\u200e') {
                return false;
            }
        }
        return true;
    }

    private static NumberMatch digitsAt(String text, List<Token> tokens, int i, boolean continued) {
        Token first = tokens.get(i);
        StringBuilder integer = new StringBuilder(first.norm());
        StringBuilder fraction = null;
        int last = i;
        // digit groups joined by a single separator character
        while (last + 1 < tokens.size()) {
            Token next = tokens.get(last + 1);
            Token cur = tokens.get(last);
            if (!next.isDigits() || next.start() != cur.end() + 1 || fraction != null) {
                break;
            }
            char sep = text.charAt(cur.end());
            boolean threeDigits = next.norm().length() == 3;
            if (sep == ',' || sep == ArabicDigits.ARABIC_THOUSANDS_SEPARATOR || sep == '،') {
                // "1,200" groups thousands; "1,5" or a list "3،4" does not
                if (!threeDigits || sep == '،') {
                    break;
                }
                integer.append(next.norm());
            } else if (sep == ArabicDigits.ARABIC_DECIMAL_SEPARATOR) {
                fraction = new StringBuilder(next.norm());
            } else if (sep == '.') {
                // "2.5 مليون" is a decimal; "1.500 جندي" (three digits, no scale word) groups thousands
                boolean followedByScale = scaleAfter(text, tokens, last + 1) != null;
                if (threeDigits && !followedByScale && !integer.toString().equals("0")) {
                    integer.append(next.norm());
                } else {
                    fraction = new StringBuilder(next.norm());
                }
            } else {
                break;
            }
            last++;
        }
        BigDecimal value = new BigDecimal(fraction == null ? integer.toString() : integer + "." + fraction);
        int end = tokens.get(last).end();
        Word scale = scaleAfter(text, tokens, last);
        if (scale != null) {
            value = value.multiply(BigDecimal.valueOf(scale.lex().value()));
            last++;
            end = tokens.get(last).end();
            Continuation more = continued ? continuation(text, tokens, last, scale.lex().value()) : null;
            if (more != null) {
                value = value.add(more.value());
                last = more.lastToken();
                end = tokens.get(last).end();
            }
        }
        return new NumberMatch(first.start(), end, text.substring(first.start(), end), value, null, false, i, last);
    }

    /** A scale word (ألف، آلاف، مليون) right after token {@code k}, if any. */
    private static Word scaleAfter(String text, List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return null;
        }
        Token next = tokens.get(k + 1);
        if (!onlySpaceBetween(text, tokens.get(k).end(), next.start())) {
            return null;
        }
        Word w = word(next);
        if (w == null || w.conjoined() || w.cliticChars() > 0) {
            return null;
        }
        if (accusativeScale(w, next)) {
            return singularOf(w); // "50 ألفاً": the accusative singular, not the dual ألفا
        }
        return w.lex().kind() == LexKind.SCALE || w.lex().kind() == LexKind.SCALE_PLURAL ? w : null;
    }

    /** ألفا، ألفاً، مليونا: the dual's construct form, or the singular's accusative (same letters). */
    private static boolean accusativeScale(Word w, Token t) {
        return w.lex().kind() == LexKind.SCALE_DUAL && t.norm().endsWith("ا");
    }

    /** The tanween (ألفاً، مليوناً) is written: the singular for sure. */
    private static boolean withTanween(String text, Token t) {
        return text.substring(t.start(), t.end()).indexOf('\u064B') >= 0;
    }

    private static Word singularOf(Word w) {
        return new Word(new Lex(LexKind.SCALE, w.lex().value() / 2, null), w.conjoined(), w.cliticChars(), w.article());
    }

    /**
     * "114 ألفاً و749"، "خمسة آلاف و200"، "مليون و70 ألفاً": after a scale word, و and digits
     * smaller than that scale (with their own smaller scale) continue the number. Answers the
     * added value and its last token, or null.
     */
    private static Continuation continuation(String text, List<Token> tokens, int last, long scale) {
        if (scale <= 0 || last + 2 >= tokens.size()) {
            return null;
        }
        Token and = tokens.get(last + 1);
        Token digits = tokens.get(last + 2);
        if (!and.isWord() || !and.norm().equals("و") || !digits.isDigits()
                || !onlySpaceBetween(text, tokens.get(last).end(), and.start())
                || !onlySpaceBetween(text, and.end(), digits.start())) {
            return null;
        }
        NumberMatch part = digitsAt(text, tokens, last + 2, false);
        Long v = part.longValue();
        if (v == null || v <= 0 || v >= scale) {
            return null;
        }
        return new Continuation(BigDecimal.valueOf(v), part.lastToken());
    }

    private record Continuation(BigDecimal value, int lastToken) {
    }

    // ------------------------------------------------------------------ words

    /**
     * Reads a compound number word by word. {@code total} holds completed thousands/millions,
     * {@code current} the part below the last scale; a word is accepted only where Arabic
     * grammar allows it (a unit after a unit needs و, a scale follows a smaller number, …).
     */
    private static NumberMatch wordsAt(String text, List<Token> tokens, int i) {
        Word w0 = word(tokens.get(i));
        if (w0 == null) {
            return null;
        }
        if (w0.lex().kind() == LexKind.FRACTION && !(i + 1 < tokens.size() && isScale(word(tokens.get(i + 1))))) {
            return null; // نصف alone is "half", not a number of people
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        long lastScale = 0;
        LexKind prev = null;
        Vague vague = null;
        int last = i - 1;
        // state before the latest و-joined part, to undo it when it turns out to start a new number
        // ("ألفين وثلاثة آلاف" is 2000 then 3000, not 5000)
        BigDecimal snapTotal = null;
        BigDecimal snapCurrent = null;
        long snapScale = 0;
        int snapLast = -1;
        for (int k = i; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            Word w = word(t);
            if (w == null) {
                break;
            }
            if (k > i && !onlySpaceBetween(text, tokens.get(k - 1).end(), t.start())) {
                break;
            }
            if (k > i && w.cliticChars() > 0 && !w.conjoined() && !w.article()) {
                break; // "ثلاثة بأربعة": a new clitic starts a new phrase
            }
            if (accusativeScale(w, t) && (k > i && !w.conjoined() || withTanween(text, t))) {
                w = singularOf(w); // "خمسين ألفاً"، "ألفاً" alone: the singular, not the dual
            }
            Lex lex = w.lex();
            boolean joined = w.conjoined();
            if (joined) {
                snapTotal = total;
                snapCurrent = current;
                snapScale = lastScale;
                snapLast = last;
            }
            boolean scaleWord = lex.kind() == LexKind.SCALE || lex.kind() == LexKind.SCALE_PLURAL;
            if (scaleWord && lastScale != 0 && lex.value() >= lastScale && vague == null) {
                // a scale not smaller than the previous one cannot continue the compound
                if (snapTotal != null && !joined && snapLast >= i) {
                    total = snapTotal;
                    current = snapCurrent;
                    lastScale = snapScale;
                    last = snapLast;
                }
                break;
            }
            if (vague != null) {
                // عشرات الآلاف، مئات الآلاف
                if (lex.kind() == LexKind.SCALE_PLURAL && !joined && vague != Vague.FEW) {
                    vague = lex.value() >= 1_000_000 ? Vague.MILLIONS
                            : vague == Vague.TENS ? Vague.TENS_OF_THOUSANDS
                            : vague == Vague.HUNDREDS ? Vague.HUNDREDS_OF_THOUSANDS : Vague.THOUSANDS;
                    last = k;
                    prev = lex.kind();
                    continue;
                }
                if (vague == Vague.FEW && !joined && (lex.kind() == LexKind.SCALE_PLURAL
                        || lex.kind() == LexKind.HUNDRED || lex.kind() == LexKind.VAGUE)) {
                    vague = lex.value() >= 1_000_000 ? Vague.MILLIONS
                            : lex.value() >= 1000 ? Vague.THOUSANDS : lex.kind() == LexKind.HUNDRED ? Vague.HUNDREDS
                            : lex.vague() == Vague.TENS ? Vague.TENS : Vague.HUNDREDS;
                    last = k;
                    prev = lex.kind();
                    continue;
                }
                break;
            }
            if (k == i && w.article() && lex.kind() == LexKind.SCALE_PLURAL) {
                vague = Vague.THOUSANDS; // الآلاف alone
                last = k;
                prev = lex.kind();
                continue;
            }
            boolean ok = switch (lex.kind()) {
                case UNIT -> {
                    if (prev == null || (joined && prev != LexKind.UNIT)) {
                        current = current.add(BigDecimal.valueOf(lex.value()));
                        yield true;
                    }
                    yield false;
                }
                case TEN -> {
                    if (prev == null) {
                        current = current.add(BigDecimal.TEN);
                        yield true;
                    }
                    if (prev == LexKind.UNIT && !joined) {
                        current = current.add(BigDecimal.TEN); // teens: ثلاثة عشر
                        yield true;
                    }
                    yield false;
                }
                case TENS -> {
                    if (prev == null || joined && prev != LexKind.TENS && prev != LexKind.TEN) {
                        current = current.add(BigDecimal.valueOf(lex.value()));
                        yield true;
                    }
                    yield false;
                }
                case HUNDRED -> {
                    if (prev == LexKind.UNIT && !joined && lex.value() == 100
                            && current.compareTo(BigDecimal.valueOf(3)) >= 0 && current.compareTo(BigDecimal.TEN) < 0) {
                        current = current.multiply(BigDecimal.valueOf(100)); // ثلاث مئة
                        yield true;
                    }
                    if (prev == null || joined && prev != LexKind.HUNDRED) {
                        current = current.add(BigDecimal.valueOf(lex.value()));
                        yield true;
                    }
                    yield false;
                }
                case SCALE -> {
                    if (joined && prev != null) {
                        // "ألف وألف" is not a compound
                        yield false;
                    }
                    if (prev != null && !joined && lastScale != 0 && lastScale <= lex.value()) {
                        yield false;
                    }
                    BigDecimal mult = current.signum() == 0 ? BigDecimal.ONE : current;
                    total = total.add(mult.multiply(BigDecimal.valueOf(lex.value())));
                    current = BigDecimal.ZERO;
                    lastScale = lex.value();
                    yield true;
                }
                case SCALE_DUAL -> {
                    if (prev != null && !joined) {
                        yield false;
                    }
                    total = total.add(BigDecimal.valueOf(lex.value()));
                    lastScale = lex.value() / 2;
                    yield true;
                }
                case SCALE_PLURAL -> {
                    if (prev == null || joined || current.signum() == 0) {
                        if (prev == null) {
                            vague = lex.value() >= 1_000_000 ? Vague.MILLIONS : Vague.THOUSANDS;
                            yield true;
                        }
                        yield false;
                    }
                    total = total.add(current.multiply(BigDecimal.valueOf(lex.value())));
                    current = BigDecimal.ZERO;
                    lastScale = lex.value();
                    yield true;
                }
                case VAGUE -> {
                    if (prev == null) {
                        vague = lex.vague();
                        yield true;
                    }
                    yield false;
                }
                case FRACTION -> {
                    if (prev == null) {
                        // نصف مليون: the fraction multiplies the scale that follows
                        current = BigDecimal.ONE.divide(BigDecimal.valueOf(lex.value()));
                        yield true;
                    }
                    if (joined && (prev == LexKind.SCALE || prev == LexKind.SCALE_DUAL || prev == LexKind.SCALE_PLURAL)
                            && lastScale > 0) {
                        // ألف ونصف
                        total = total.add(BigDecimal.valueOf(lastScale).divide(BigDecimal.valueOf(lex.value())));
                        yield true;
                    }
                    yield false;
                }
            };
            if (!ok) {
                break;
            }
            last = k;
            prev = lex.kind();
        }
        if (last < i) {
            return null;
        }
        Token first = tokens.get(i);
        int start = first.originOf(w0.cliticChars());
        if (w0.article()) {
            // keep the article in the span: "العشرات"
            start = first.originOf(Math.max(0, w0.cliticChars() - 2));
        }
        BigDecimal value = vague != null ? null : total.add(current);
        if (value != null && value.signum() == 0) {
            return null;
        }
        Continuation more = vague == null && current.signum() == 0 ? continuation(text, tokens, last, lastScale) : null;
        if (more != null) {
            value = value.add(more.value());
            last = more.lastToken();
        }
        int end = tokens.get(last).end();
        return new NumberMatch(start, end, text.substring(start, end), value, vague, true, i, last);
    }

    private static boolean isScale(Word w) {
        return w != null && (w.lex().kind() == LexKind.SCALE || w.lex().kind() == LexKind.SCALE_DUAL
                || w.lex().kind() == LexKind.SCALE_PLURAL);
    }
}
