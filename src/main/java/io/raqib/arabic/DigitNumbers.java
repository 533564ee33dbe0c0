package io.raqib.arabic;

import io.raqib.arabic.ArabicNumbers.NumberMatch;
import io.raqib.arabic.ArabicTokens.Token;
import java.math.BigDecimal;
import java.util.List;

/**
 * Numbers written in digits (already folded to Western digits by the tokenizer): groups joined by a
 * thousands separator (1,200، ١٬٢٠٠), a decimal part (2.5، ٢٫٥), a scale word after them (3 آلاف،
 * 1.5 مليون، 50 ألفاً), and digits continuing a scale after و ("114 ألفاً و749"). "1.500 جندي" groups
 * thousands; "2.5 مليون" is a decimal; "1,5" and lists ("3،4") are not one number.
 */
final class DigitNumbers {
    private DigitNumbers() {
    }

    /** Only spaces (or tatweel, direction marks) between {@code from} and {@code to}. */
    static boolean onlySpaceBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '\u0640' && c != '\u200f' && c != '\u200e') {
                return false;
            }
        }
        return true;
    }

    /** The number starting at digits token {@code i}; {@code continued}: a و-joined part may follow its scale. */
    static NumberMatch at(String text, List<Token> tokens, int i, boolean continued) {
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
                // "1,200" groups thousands; "1,5" or a list "3،4" does not; the Arabic comma groups them
                // only after one to three digits ("30،000 جندي"), never in a list of years ("2019،2020")
                if (!threeDigits || sep == '،' && (cur != first || cur.norm().length() > 3)) {
                    break;
                }
                integer.append(next.norm());
            } else if (sep == '.' || sep == ArabicDigits.ARABIC_DECIMAL_SEPARATOR) {
                // "2.5 مليون" is a decimal; "1.500 جندي" (three digits, no scale word) groups thousands,
                // and so does "٢٫٥٠٠ جندي", where the Arabic decimal mark is typed for the thousands one
                boolean followedByScale = ScaleWords.after(text, tokens, last + 1) != null;
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
        // "بين (2500) و(3) آلاف": the press brackets digits, and the scale word follows the bracket
        NumberWord scale = ScaleWords.after(text, tokens, last, first.start() > 0 && text.charAt(first.start() - 1) == '(');
        if (scale != null) {
            value = value.multiply(BigDecimal.valueOf(scale.value()));
            last++;
            end = tokens.get(last).end();
            Continuation more = continued ? continuation(text, tokens, last, scale.value()) : null;
            if (more != null) {
                value = value.add(more.value());
                last = more.lastToken();
                end = tokens.get(last).end();
            }
        }
        return new NumberMatch(first.start(), end, text.substring(first.start(), end), value, null, false, i, last);
    }

    /** The value a و-joined digits part adds after a scale, and its last token. */
    record Continuation(BigDecimal value, int lastToken) {
    }

    /**
     * "114 ألفاً و749"، "خمسة آلاف و200"، "مليون و70 ألفاً": after a scale word, و and digits
     * smaller than that scale (with their own smaller scale) continue the number. Null otherwise.
     */
    static Continuation continuation(String text, List<Token> tokens, int last, long scale) {
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
        NumberMatch part = at(text, tokens, last + 2, false);
        Long v = part.longValue();
        if (v == null || v <= 0 || v >= scale) {
            return null;
        }
        return new Continuation(BigDecimal.valueOf(v), part.lastToken());
    }
}
