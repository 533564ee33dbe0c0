package io.raqib.arabic;

import io.raqib.arabic.NumberWord.Form;
import io.raqib.arabic.NumberWord.Kind;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Units (واحد … تسعة, with their gender and case forms), عشرة, and the tens (عشرون … تسعون).
 * A unit starts a number or follows a larger part after و (ألف وثلاثة); عشر after a unit makes a
 * teen (ثلاثة عشر); tens follow a unit or a hundred after و (خمسة وعشرون، مئة وعشرون).
 */
final class UnitWords {
    private UnitWords() {
    }

    static void addForms(Map<String, Form> m) {
        NumberWord.put(m, Kind.UNIT, 1, "واحد", "واحدة", "أحد", "إحدى");
        NumberWord.put(m, Kind.UNIT, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "إثنان", "إثنين", "اثنا", "اثني", "اثنتا",
                "اثنتي");
        NumberWord.put(m, Kind.UNIT, 3, "ثلاث", "ثلاثة");
        NumberWord.put(m, Kind.UNIT, 4, "أربع", "أربعة");
        NumberWord.put(m, Kind.UNIT, 5, "خمس", "خمسة");
        NumberWord.put(m, Kind.UNIT, 6, "ست", "ستة");
        NumberWord.put(m, Kind.UNIT, 7, "سبع", "سبعة");
        NumberWord.put(m, Kind.UNIT, 8, "ثمان", "ثماني", "ثمانية", "ثمانى");
        NumberWord.put(m, Kind.UNIT, 9, "تسع", "تسعة");
        NumberWord.put(m, Kind.TEN, 10, "عشر", "عشرة");
        String[][] tens = {
            {"20", "عشرون", "عشرين"}, {"30", "ثلاثون", "ثلاثين"}, {"40", "أربعون", "أربعين"},
            {"50", "خمسون", "خمسين"}, {"60", "ستون", "ستين"}, {"70", "سبعون", "سبعين"},
            {"80", "ثمانون", "ثمانين"}, {"90", "تسعون", "تسعين"}};
        for (String[] t : tens) {
            NumberWord.put(m, Kind.TENS, Long.parseLong(t[0]), t[1], t[2]);
        }
        // eighty is also written on the stem of ثماني: "ثمانيين"، "ثمانيون"
        NumberWord.put(m, Kind.TENS, 80, "ثمانيون", "ثمانيين");
    }

    static boolean read(Compound c, NumberWord w) {
        boolean joined = w.conjoined();
        boolean ok = switch (w.kind()) {
            case UNIT -> c.prev == null || joined && c.prev != Kind.UNIT;
            // عشرة alone, or a teen: ثلاثة عشر
            case TEN -> c.prev == null || c.prev == Kind.UNIT && !joined;
            case TENS -> c.prev == null || joined && c.prev != Kind.TENS && c.prev != Kind.TEN;
            default -> throw new IllegalArgumentException(w.kind().toString());
        };
        if (ok) {
            c.current = c.current.add(BigDecimal.valueOf(w.value()));
        }
        return ok;
    }
}
