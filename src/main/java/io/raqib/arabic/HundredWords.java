package io.raqib.arabic;

import io.raqib.arabic.NumberWord.Form;
import io.raqib.arabic.NumberWord.Kind;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Hundreds: مئة (also مائة، ميه), the dual مئتان in its case forms, and the glued hundreds
 * ثلاثمئة … تسعمائة. A unit written apart before مئة multiplies it (ثلاث مئة); otherwise a hundred
 * starts a number or follows a scale after و (ألف وخمسمئة).
 */
final class HundredWords {
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private HundredWords() {
    }

    static void addForms(Map<String, Form> m) {
        NumberWord.put(m, Kind.HUNDRED, 100, "مئة", "مائة", "مئه", "ميه", "مية");
        NumberWord.put(m, Kind.HUNDRED, 200, "مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي");
        String[][] hundreds = {
            {"300", "ثلاث", "ثلث"}, {"400", "أربع"}, {"500", "خمس"}, {"600", "ست"},
            {"700", "سبع"}, {"800", "ثمان", "ثماني"}, {"900", "تسع"}};
        for (String[] h : hundreds) {
            for (int i = 1; i < h.length; i++) {
                NumberWord.put(m, Kind.HUNDRED, Long.parseLong(h[0]), h[i] + "مئة", h[i] + "مائة");
            }
        }
    }

    static boolean read(Compound c, NumberWord w) {
        boolean joined = w.conjoined();
        if (c.prev == Kind.UNIT && !joined && w.value() == 100
                && c.current.compareTo(THREE) >= 0 && c.current.compareTo(BigDecimal.TEN) < 0) {
            c.current = c.current.multiply(HUNDRED); // ثلاث مئة
            return true;
        }
        if (c.prev == null || joined && c.prev != Kind.HUNDRED) {
            c.current = c.current.add(BigDecimal.valueOf(w.value()));
            return true;
        }
        return false;
    }
}
