package io.raqib.arabic;

import io.raqib.arabic.ArabicNumbers.NumberMatch;
import io.raqib.arabic.ArabicNumbers.Vague;
import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.NumberWord.Kind;
import java.math.BigDecimal;
import java.util.List;

/**
 * Numbers written in words, read word by word into a {@link Compound}: each word must be written
 * apart from the previous one, carry no new preposition ("ثلاثة بأربعة" is two phrases), and be
 * allowed where it stands by its kind's rule. A scale not smaller than the last one ends the number,
 * and when it came after a و-joined part, that part starts the next number ("ألفين وثلاثة آلاف" is
 * 2000 then 3000, not 5000).
 */
final class WordNumbers {
    private WordNumbers() {
    }

    /** The number whose first word is token {@code i}, or null. */
    static NumberMatch at(String text, List<Token> tokens, int i) {
        NumberWord w0 = NumberWord.of(tokens.get(i));
        if (w0 == null) {
            w0 = definiteOpening(text, tokens, i);
        }
        if (w0 == null) {
            return null;
        }
        if (w0.kind() == Kind.FRACTION && !(i + 1 < tokens.size() && isScale(NumberWord.of(tokens.get(i + 1))))) {
            return null; // نصف alone is "half", not a number of people
        }
        Compound c = new Compound();
        int last = i - 1;
        // the compound before the latest و-joined part, to undo it when it starts a new number
        Compound before = null;
        int beforeLast = -1;
        for (int k = i; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            NumberWord w = k == i ? w0 : NumberWord.of(t);
            if (w == null || k > i && !DigitNumbers.onlySpaceBetween(text, tokens.get(k - 1).end(), t.start())) {
                break;
            }
            if (k > i && w.cliticChars() > 0 && !w.conjoined() && !w.article()) {
                break; // "ثلاثة بأربعة": a new clitic starts a new phrase
            }
            if (ScaleWords.accusative(w, t) && (k > i && !w.conjoined() || ScaleWords.withTanween(text, t))) {
                w = ScaleWords.singularOf(w); // "خمسين ألفاً"، "ألفاً" alone: the singular, not the dual
            }
            if (c.prev == Kind.FRACTION && c.lastScale > 0 && w.kind() == Kind.SCALE && !w.conjoined()
                    && w.value() == c.lastScale) {
                // "مليونان وربع المليون"، "ألفان ونصف الألف": the part names its scale again; the number ends
                last = k;
                break;
            }
            if (w.conjoined()) {
                before = c.copy();
                beforeLast = last;
            }
            boolean scaleWord = w.kind() == Kind.SCALE || w.kind() == Kind.SCALE_PLURAL;
            if (scaleWord && c.lastScale != 0 && w.value() >= c.lastScale && c.vague == null) {
                // a scale not smaller than the previous one cannot continue the compound
                if (before != null && !w.conjoined() && beforeLast >= i) {
                    c = before;
                    last = beforeLast;
                }
                break;
            }
            if (c.vague != null) {
                Vague wider = VagueWords.widen(c.vague, w);
                if (wider == null) {
                    break;
                }
                c.vague = wider;
            } else if (k == i && w.article() && w.kind() == Kind.SCALE_PLURAL) {
                c.vague = Vague.THOUSANDS; // الآلاف alone
            } else if (!c.read(w)) {
                break;
            }
            last = k;
            c.prev = w.kind();
        }
        if (last < i) {
            return null;
        }
        Token first = tokens.get(i);
        // keep the article in the span ("العشرات"), not a preposition before it
        int start = first.originOf(w0.article() ? Math.max(0, w0.cliticChars() - 2) : w0.cliticChars());
        BigDecimal value = c.value();
        if (value != null && value.signum() == 0) {
            return null;
        }
        DigitNumbers.Continuation more = value != null && c.current.signum() == 0
                ? DigitNumbers.continuation(text, tokens, last, c.lastScale) : null;
        if (more != null) {
            value = value.add(more.value());
            last = more.lastToken();
        }
        int end = tokens.get(last).end();
        return new NumberMatch(start, end, text.substring(start, end), value, c.vague, true, i, last);
    }

    /** "الاثني عشر"، "الثلاث مئة وعشرين": a unit with the article opens a number when عشر or مئة follows it. */
    private static NumberWord definiteOpening(String text, List<Token> tokens, int i) {
        NumberWord unit = NumberWord.definiteUnit(tokens.get(i));
        if (unit == null || i + 1 >= tokens.size()
                || !DigitNumbers.onlySpaceBetween(text, tokens.get(i).end(), tokens.get(i + 1).start())) {
            return null;
        }
        NumberWord next = NumberWord.of(tokens.get(i + 1));
        return next != null && next.cliticChars() == 0
                && (next.kind() == Kind.TEN || next.kind() == Kind.HUNDRED && next.value() == 100) ? unit : null;
    }

    private static boolean isScale(NumberWord w) {
        return w != null && w.isScale();
    }
}
