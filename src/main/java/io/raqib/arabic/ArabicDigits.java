package io.raqib.arabic;

/**
 * Folds Arabic-Indic (٠-٩) and Persian (۰-۹) digits, and the Arabic thousands (٬) and
 * decimal (٫) separators, to their ASCII forms. Length-preserving, so character offsets
 * found in the folded text are offsets into the original.
 */
public final class ArabicDigits {
    public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';

    private ArabicDigits() {
    }

    /** The ASCII digit for any Arabic-Indic, Persian or ASCII digit, or the character itself. */
    public static char fold(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c == ARABIC_THOUSANDS_SEPARATOR) {
            return ',';
        }
        if (c == ARABIC_DECIMAL_SEPARATOR) {
            return '.';
        }
        return c;
    }

    /** Same length as the input: every digit and separator replaced one for one. */
    public static String toAscii(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
    }
}
