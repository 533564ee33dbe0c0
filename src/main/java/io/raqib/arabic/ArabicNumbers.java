package io.raqib.arabic;

import io.raqib.arabic.ArabicTokens.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
 * <p>This class only reads numbers; whether a number counts people is the caller's business. The
 * rules live by kind: digits ({@link DigitNumbers}), words ({@link WordNumbers}) read into a
 * {@link Compound} by {@link UnitWords}, {@link HundredWords}, {@link ScaleWords}, {@link VagueWords}
 * and {@link FractionWords}.
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

    private ArabicNumbers() {
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
            NumberMatch m = tokens.get(i).isDigits() ? DigitNumbers.at(text, tokens, i, true) : WordNumbers.at(text, tokens, i);
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
}
