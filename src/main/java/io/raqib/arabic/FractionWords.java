package io.raqib.arabic;

import io.raqib.arabic.NumberWord.Form;
import io.raqib.arabic.NumberWord.Kind;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Fractions: نصف and ربع. Before a scale they multiply it (نصف مليون); after a scale and و they
 * add that part of it (ألف ونصف). Alone they are not a number ({@link WordNumbers} checks that).
 */
final class FractionWords {
    private FractionWords() {
    }

    static void addForms(Map<String, Form> m) {
        NumberWord.put(m, Kind.FRACTION, 2, "نصف");
        NumberWord.put(m, Kind.FRACTION, 4, "ربع");
    }

    static boolean read(Compound c, NumberWord w) {
        BigDecimal denominator = BigDecimal.valueOf(w.value());
        if (c.prev == null) {
            c.current = BigDecimal.ONE.divide(denominator); // multiplies the scale that follows
            return true;
        }
        boolean afterScale = c.prev == Kind.SCALE || c.prev == Kind.SCALE_DUAL || c.prev == Kind.SCALE_PLURAL;
        if (w.conjoined() && afterScale && c.lastScale > 0) {
            c.total = c.total.add(BigDecimal.valueOf(c.lastScale).divide(denominator));
            return true;
        }
        return false;
    }
}
