package io.raqib.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word and digit tokens that remember where every normalised character came
 * from. {@link ArabicNormalizer#normalize} folds letters the same way but drops diacritics and
 * tatweel and collapses spaces, so its offsets do not map back to the original; matchers
 * (gazetteer, numbers, figures) need exact offsets into the text as written, hence this class.
 *
 * <p>A token is a maximal run of letters (Arabic or Latin; diacritics and tatweel inside a word
 * are kept in the span but dropped from the normalised form) or a maximal run of digits of any
 * script. Letters and digits never share a token, so "بـ2000" gives "ب" and "2000".
 */
public final class ArabicTokens {

    /** What a token is made of. */
    public enum Type { WORD, DIGITS }

    /**
     * One token: {@code [start, end)} in the original text, its normalised form, for each
     * normalised character the offset of the original character it came from, and (for words) its
     * {@linkplain #stems(String) stems}, computed once because every word list consults them.
     */
    public record Token(int index, int start, int end, String norm, Type type, int[] origin, String[] stems) {
        /** Offset in the original text of the normalised character at {@code i} (or the token end). */
        public int originOf(int i) {
            return i >= origin.length ? end : origin[i];
        }

        public boolean isWord() {
            return type == Type.WORD;
        }

        public boolean isDigits() {
            return type == Type.DIGITS;
        }
    }

    /** Proclitics that may be glued to a word: conjunctions, prepositions and their combinations. */
    private static final String[] CLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك", "فك"};

    /**
     * The forms a normalised word may stand for once its proclitics and article are taken off:
     * "وبالتنف" → وبالتنف، بالتنف، التنف، تنف … ; "للقوات" → قوات. Word lists store their entries
     * without the article and look each stem up.
     */
    public static String[] stems(String norm) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String c : CLITICS) {
            if (norm.length() - c.length() < 2 || !norm.startsWith(c)) {
                continue;
            }
            String rest = norm.substring(c.length());
            out.add(rest);
            if (rest.length() > 3 && rest.startsWith("ال")) {
                out.add(rest.substring(2));
            }
            // لل = ل + ال with the alef dropped (للقوات)
            if (c.endsWith("ل") && rest.startsWith("ل") && rest.length() > 2) {
                out.add(rest.substring(1));
            }
        }
        if (norm.startsWith("لل") && norm.length() > 3) {
            out.add(norm.substring(2));
        }
        return out.toArray(String[]::new);
    }

    /** Folded form of every char in the Arabic block; 0 means "drop". Built once from Lucene. */
    private static final char[] ARABIC_BLOCK = buildArabicBlockTable();

    private ArabicTokens() {
    }

    private static char[] buildArabicBlockTable() {
        char[] table = new char[0x100];
        for (int i = 0; i < table.length; i++) {
            char c = (char) (0x0600 + i);
            String folded = ArabicNormalizer.foldLetters(String.valueOf(c));
            table[i] = folded.isEmpty() ? 0 : folded.charAt(0);
        }
        // Lucene leaves these alone; they are marks or alef forms the press does use.
        table[0x0670 - 0x0600] = 0; // superscript alef
        for (int c = 0x0653; c <= 0x065F; c++) {
            table[c - 0x0600] = 0; // maddah, hamza above/below and other small marks
        }
        table[0x0671 - 0x0600] = '\u0627'; // alef wasla
        table[0x0640 - 0x0600] = 0; // tatweel
        for (int d = 0; d < 10; d++) {
            table[0x0660 + d - 0x0600] = (char) ('0' + d);
            table[0x06F0 + d - 0x0600] = (char) ('0' + d);
        }
        return table;
    }

    /** The normalised form of one character, or 0 when normalisation drops it. */
    public static char fold(char c) {
        if (c >= 0x0600 && c <= 0x06FF) {
            return ARABIC_BLOCK[c - 0x0600];
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (c >= 0xFE70 && c <= 0xFEFF || c >= 0xFB50 && c <= 0xFDFF) {
            // presentation forms are rare in news text; keep them as they are
            return c;
        }
        return Character.toLowerCase(c);
    }

    /** True for characters that are part of a word but vanish when normalised (harakat, tatweel). */
    static boolean isInWordMark(char c) {
        return c >= 0x0600 && c <= 0x06FF && ARABIC_BLOCK[c - 0x0600] == 0
                && (c == 0x0640 || (c >= 0x064B && c <= 0x065F) || c == 0x0670);
    }

    private static boolean isWordChar(char c) {
        if (ArabicDigits.isDigit(c)) {
            return false;
        }
        return Character.isLetter(c) || isInWordMark(c);
    }

    /** Tokenises {@code text}; offsets are into {@code text} itself. */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        StringBuilder norm = new StringBuilder(16);
        int[] origin = new int[32];
        while (i < n) {
            char c = text.charAt(i);
            boolean word = isWordChar(c);
            boolean digit = ArabicDigits.isDigit(c);
            if (!word && !digit) {
                i++;
                continue;
            }
            int start = i;
            norm.setLength(0);
            int len = 0;
            while (i < n) {
                char d = text.charAt(i);
                if (word ? !isWordChar(d) : !ArabicDigits.isDigit(d)) {
                    break;
                }
                char f = word ? fold(d) : ArabicDigits.fold(d);
                if (f != 0) {
                    if (len == origin.length) {
                        origin = java.util.Arrays.copyOf(origin, len * 2);
                    }
                    origin[len++] = i;
                    norm.append(f);
                }
                i++;
            }
            if (len == 0) {
                continue; // a lone tatweel or stray mark
            }
            String normalized = norm.toString();
            tokens.add(new Token(tokens.size(), start, i, normalized, word ? Type.WORD : Type.DIGITS,
                    java.util.Arrays.copyOf(origin, len), word ? stems(normalized) : new String[] {normalized}));
        }
        return tokens;
    }

    /** Normalised form of a single word or phrase, tokens joined by one space. */
    public static String normalizePhrase(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokenize(phrase)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.norm());
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
