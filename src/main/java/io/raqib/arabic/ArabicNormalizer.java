package io.raqib.arabic;

import java.util.regex.Pattern;
import java.util.Locale;

/**
 * Orthographic normalisation for matching Arabic as it is written in the wild. Each step is a
 * named unit so it can be tested and reused on its own; {@link #normalize} applies them all.
 * The letter folding is Lucene's {@link org.apache.lucene.analysis.ar.ArabicNormalizer} and
 * {@link org.apache.lucene.analysis.fa.PersianNormalizer}, the code the search index runs.
 */
public final class ArabicNormalizer {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final org.apache.lucene.analysis.ar.ArabicNormalizer ARABIC =
            new org.apache.lucene.analysis.ar.ArabicNormalizer();
    private static final org.apache.lucene.analysis.fa.PersianNormalizer PERSIAN =
            new org.apache.lucene.analysis.fa.PersianNormalizer();

    private ArabicNormalizer() {
    }

    /**
     * Persian yeh/keheh/heh-goal folded to Arabic (ی→ي, ک→ك), then alef variants (أ إ آ → ا),
     * teh marbuta (ة→ه), alef maqsura (ى→ي), tatweel and diacritics removed.
     */
    public static String foldLetters(String text) {
        char[] chars = text.toCharArray();
        int len = PERSIAN.normalize(chars, chars.length);
        len = ARABIC.normalize(chars, len);
        return new String(chars, 0, len);
    }

    /**
     * Hamza on its own or on a waw or yeh seat (ء ؤ ئ) folded to bare alef, where
     * {@link #foldLetters} already puts hamza on alef: مسئول = مسؤول, هيئة = هيأة, تسائل = تساءل.
     * The search index applies the same rule (the {@code raqib_hamza_seats} char filter of
     * {@code search/articles-index.json} and {@code claims-index.json}); Java applies it to what
     * the index keeps unanalysed (normalised keywords). Not part of {@link #normalize}: stored keys (content hashes, source aliases,
     * keywords in the database) keep the seats, so they stay valid without a migration.
     */
    public static String foldHamzaSeats(String text) {
        if (text == null) {
            return null;
        }
        return text.replace('\u0624', '\u0627').replace('\u0626', '\u0627').replace('\u0621', '\u0627');
    }

    /** Digits folded to ASCII; Latin lower-cased; Arabic letters folded; whitespace collapsed. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String folded = foldLetters(ArabicDigits.toAscii(text)).toLowerCase(Locale.ROOT);
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }
}
