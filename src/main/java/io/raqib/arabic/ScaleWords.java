package io.raqib.arabic;

import io.raqib.arabic.ArabicNumbers.Vague;
import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.NumberWord.Form;
import io.raqib.arabic.NumberWord.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Scale words: ألف، مليون، مليار, their duals (ألفان، ألفي، ألفا) and plurals (آلاف، ملايين،
 * مليارات). A scale multiplies the part before it (خمسة آلاف، 3 آلاف، 1.5 مليون) and must be smaller
 * than a scale already read; a dual is a number itself (ألفا جندي). ألفا is also the accusative of
 * the singular (خمسين ألفاً): after another number word, or with its tanween, it is read so.
 */
final class ScaleWords {
    private static final char TANWEEN_FATH = '\u064B';

    private ScaleWords() {
    }

    static void addForms(Map<String, Form> m) {
        NumberWord.put(m, Kind.SCALE, 1_000, "ألف");
        NumberWord.put(m, Kind.SCALE_DUAL, 2_000, "ألفان", "ألفين", "ألفا", "ألفي");
        NumberWord.put(m, Kind.SCALE_PLURAL, 1_000, "آلاف", "الاف", "ألوف");
        NumberWord.put(m, Kind.SCALE, 1_000_000, "مليون");
        NumberWord.put(m, Kind.SCALE_DUAL, 2_000_000, "مليونان", "مليونين", "مليونا", "مليوني");
        NumberWord.put(m, Kind.SCALE_PLURAL, 1_000_000, "ملايين");
        NumberWord.put(m, Kind.SCALE, 1_000_000_000, "مليار");
        NumberWord.put(m, Kind.SCALE_DUAL, 2_000_000_000, "ملياران", "مليارين", "مليارا", "ملياري");
        NumberWord.put(m, Kind.SCALE_PLURAL, 1_000_000_000, "مليارات");
    }

    /** ألفا، ألفاً، مليونا: the dual's construct form, or the singular's accusative (same letters). */
    static boolean accusative(NumberWord w, Token t) {
        return w.kind() == Kind.SCALE_DUAL && t.norm().endsWith("ا");
    }

    /** The tanween (ألفاً، مليوناً) is written: the singular for sure. */
    static boolean withTanween(String text, Token t) {
        return text.substring(t.start(), t.end()).indexOf(TANWEEN_FATH) >= 0;
    }

    static NumberWord singularOf(NumberWord dual) {
        return dual.as(Kind.SCALE, dual.value() / 2);
    }

    /** A scale word written apart right after token {@code k} (ألف، آلاف، مليون، "50 ألفاً"), or null. */
    static NumberWord after(String text, List<Token> tokens, int k) {
        return after(text, tokens, k, false);
    }

    /** The same; {@code bracketed}: the digits stand in brackets before the scale ("(3) آلاف"). */
    static NumberWord after(String text, List<Token> tokens, int k, boolean bracketed) {
        if (k + 1 >= tokens.size()) {
            return null;
        }
        Token next = tokens.get(k + 1);
        int gap = tokens.get(k).end();
        if (bracketed && gap < text.length() && text.charAt(gap) == ')') {
            gap++;
        }
        if (!DigitNumbers.onlySpaceBetween(text, gap, next.start())) {
            return null;
        }
        NumberWord w = NumberWord.of(next);
        if (w == null || w.conjoined() || w.cliticChars() > 0) {
            return null;
        }
        if (accusative(w, next)) {
            return singularOf(w); // "50 ألفاً": the accusative singular, not the dual ألفا
        }
        return w.kind() == Kind.SCALE || w.kind() == Kind.SCALE_PLURAL ? w : null;
    }

    static boolean read(Compound c, NumberWord w) {
        boolean joined = w.conjoined();
        BigDecimal value = BigDecimal.valueOf(w.value());
        switch (w.kind()) {
            case SCALE -> {
                if (joined && c.prev != null) {
                    return false; // "ألف وألف" is not a compound
                }
                if (c.prev != null && !joined && c.lastScale != 0 && c.lastScale <= w.value()) {
                    return false;
                }
                BigDecimal times = c.current.signum() == 0 ? BigDecimal.ONE : c.current;
                c.total = c.total.add(times.multiply(value));
                c.current = BigDecimal.ZERO;
                c.lastScale = w.value();
                return true;
            }
            case SCALE_DUAL -> {
                if (c.prev != null && !joined) {
                    return false;
                }
                if (c.prev != null && (c.lastScale == 0 || c.lastScale <= w.value() / 2)) {
                    return false; // "بين ألفين وألفين وخمسمئة": a second number, as a compound only after a larger scale
                }
                c.total = c.total.add(value);
                c.lastScale = w.value() / 2;
                return true;
            }
            case SCALE_PLURAL -> {
                if (c.prev == null) {
                    c.vague = w.value() >= 1_000_000 ? Vague.MILLIONS : Vague.THOUSANDS; // آلاف alone
                    return true;
                }
                if (joined || c.current.signum() == 0) {
                    return false;
                }
                c.total = c.total.add(c.current.multiply(value));
                c.current = BigDecimal.ZERO;
                c.lastScale = w.value();
                return true;
            }
            default -> throw new IllegalArgumentException(w.kind().toString());
        }
    }
}
