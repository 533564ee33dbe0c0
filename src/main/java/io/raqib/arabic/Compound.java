package io.raqib.arabic;

import io.raqib.arabic.ArabicNumbers.Vague;
import java.math.BigDecimal;

/**
 * A compound number being read word by word ("ألف وخمسمئة وخمسة وعشرون"): {@code total} holds
 * the completed thousands and millions, {@code current} the part below the last scale word,
 * {@code prev} the kind of the last word read; {@code vague} is set once the number turns out to be
 * a vague quantity (عشرات الآلاف). Each kind of number word says whether it may come next
 * ({@code read} of {@link UnitWords}, {@link HundredWords}, {@link ScaleWords}, …).
 */
final class Compound {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    long lastScale;
    NumberWord.Kind prev;
    Vague vague;

    /** The value read so far, or null when vague. */
    BigDecimal value() {
        return vague != null ? null : total.add(current);
    }

    Compound copy() {
        Compound c = new Compound();
        c.total = total;
        c.current = current;
        c.lastScale = lastScale;
        c.prev = prev;
        c.vague = vague;
        return c;
    }

    /** Reads {@code w} into the compound if grammar allows it there; false leaves the compound unchanged. */
    boolean read(NumberWord w) {
        return switch (w.kind()) {
            case UNIT, TEN, TENS -> UnitWords.read(this, w);
            case HUNDRED -> HundredWords.read(this, w);
            case SCALE, SCALE_DUAL, SCALE_PLURAL -> ScaleWords.read(this, w);
            case VAGUE -> VagueWords.read(this, w);
            case FRACTION -> FractionWords.read(this, w);
        };
    }
}
