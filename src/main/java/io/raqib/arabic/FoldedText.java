package io.raqib.arabic;

import java.util.Locale;

/**
 * A text folded for matching (digits to ASCII, alef/teh-marbuta/alef-maqsura/Persian letters folded,
 * diacritics, tatweel and bidi marks removed, Latin lower-cased, exotic spaces made plain) that still
 * knows where every folded character came from in the original.
 *
 * <p>Why not {@link ArabicNormalizer#normalize}: it deletes characters and collapses whitespace, so
 * offsets found in its output are not offsets into the article. Extraction has to report exact
 * offsets into the original text, hence this one-character-at-a-time fold with a position map.
 * The letter folding itself is {@link ArabicNormalizer#foldLetters} applied per character, so a
 * pattern folded with {@link #fold(String)} and a text folded here always agree with the search index.
 */
public final class FoldedText {
    /** Folded form of every char in the Arabic block U+0600–U+06FF; '\0' means "dropped". */
    private static final char[] ARABIC_BLOCK = buildArabicBlock();

    private final String original;
    private final String folded;
    /** {@code toOriginal[i]} is the index in the original of folded char i; one extra slot for the end. */
    private final int[] toOriginal;

    private FoldedText(String original, String folded, int[] toOriginal) {
        this.original = original;
        this.folded = folded;
        this.toOriginal = toOriginal;
    }

    public static FoldedText of(String original) {
        StringBuilder sb = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        for (int i = 0; i < original.length(); i++) {
            char c = foldChar(original.charAt(i));
            if (c != '\0') {
                map[sb.length()] = i;
                sb.append(c);
            }
        }
        map[sb.length()] = original.length();
        int[] trimmed = new int[sb.length() + 1];
        System.arraycopy(map, 0, trimmed, 0, sb.length() + 1);
        return new FoldedText(original, sb.toString(), trimmed);
    }

    /** Folds a pattern or word the same way, for building regexes and word lists in readable Arabic. */
    public static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = foldChar(text.charAt(i));
            if (c != '\0') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** Original offset of the folded position (a start offset). */
    public int originalStart(int foldedStart) {
        return toOriginal[foldedStart];
    }

    /** Original end offset (exclusive) of a folded end offset (exclusive). */
    public int originalEnd(int foldedEnd) {
        if (foldedEnd == 0) {
            return toOriginal[0];
        }
        return toOriginal[foldedEnd - 1] + 1;
    }

    /** Folded position of an original offset (the first folded char at or after it). */
    public int foldedIndex(int originalOffset) {
        int lo = 0;
        int hi = folded.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toOriginal[mid] < originalOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The original text behind a folded span. */
    public String originalText(int foldedStart, int foldedEnd) {
        return original.substring(originalStart(foldedStart), originalEnd(foldedEnd));
    }

    static char foldChar(char c) {
        if (c >= '\u0600' && c <= '\u06FF') {
            return ARABIC_BLOCK[c - '\u0600'];
        }
        switch (c) {
            case '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D',
                    '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF' -> {
                return '\0';
            }
            case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
                    '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000' -> {
                return ' ';
            }
            default -> {
                return c < 128 ? Character.toLowerCase(c) : String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0);
            }
        }
    }

    private static char[] buildArabicBlock() {
        char[] table = new char[0x100];
        for (int i = 0; i < table.length; i++) {
            char c = (char) ('\u0600' + i);
            char digit = ArabicDigits.fold(c);
            if (digit != c) {
                table[i] = digit;
                continue;
            }
            String letter = ArabicNormalizer.foldLetters(String.valueOf(c));
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK
                    || Character.getType(c) == Character.FORMAT;
            table[i] = letter.isEmpty() || mark ? '\0' : letter.charAt(0);
        }
        // alef wasla is an alef for matching; Lucene leaves it alone
        table['\u0671' - '\u0600'] = '\u0627';
        return table;
    }
}
