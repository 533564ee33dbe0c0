package io.raqib.arabic;

import io.raqib.arabic.ArabicNumbers.Vague;
import io.raqib.arabic.NumberWord.Form;
import io.raqib.arabic.NumberWord.Kind;
import java.util.Map;

/**
 * Vague quantities: عشرات، مئات، بضعة. They start a number that has no value, and a following
 * plural scale or hundred widens them: عشرات الآلاف، مئات الآلاف، بضعة آلاف، بضع مئات.
 */
final class VagueWords {
    private VagueWords() {
    }

    static void addForms(Map<String, Form> m) {
        for (String f : new String[] {"عشرات"}) {
            m.put(ArabicTokens.normalizePhrase(f), new Form(Kind.VAGUE, 10, Vague.TENS));
        }
        for (String f : new String[] {"مئات", "مئآت"}) {
            m.put(ArabicTokens.normalizePhrase(f), new Form(Kind.VAGUE, 100, Vague.HUNDREDS));
        }
        for (String f : new String[] {"بضعة", "بضع"}) {
            m.put(ArabicTokens.normalizePhrase(f), new Form(Kind.VAGUE, 1, Vague.FEW));
        }
    }

    /** A vague word starts a number only. */
    static boolean read(Compound c, NumberWord w) {
        if (c.prev == null) {
            c.vague = w.vague();
            return true;
        }
        return false;
    }

    /** What {@code w} right after a vague quantity makes of it (عشرات + الآلاف = tens of thousands), or null. */
    static Vague widen(Vague vague, NumberWord w) {
        if (w.conjoined()) {
            return null;
        }
        if (w.kind() == Kind.SCALE_PLURAL && vague != Vague.FEW) {
            return w.value() >= 1_000_000 ? Vague.MILLIONS
                    : vague == Vague.TENS ? Vague.TENS_OF_THOUSANDS
                    : vague == Vague.HUNDREDS ? Vague.HUNDREDS_OF_THOUSANDS : Vague.THOUSANDS;
        }
        if (vague == Vague.FEW && (w.kind() == Kind.SCALE_PLURAL || w.kind() == Kind.HUNDRED || w.kind() == Kind.VAGUE)) {
            return w.value() >= 1_000_000 ? Vague.MILLIONS
                    : w.value() >= 1000 ? Vague.THOUSANDS : w.kind() == Kind.HUNDRED ? Vague.HUNDREDS
                    : w.vague() == Vague.TENS ? Vague.TENS : Vague.HUNDREDS;
        }
        return null;
    }
}
