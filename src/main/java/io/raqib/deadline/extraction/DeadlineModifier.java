package io.raqib.deadline.extraction;

import com.fasterxml.jackson.annotation.JsonValue;
import io.raqib.arabic.DateMention;
import java.util.Locale;

/**
 * Which part of its due period a deadline points at: مطلع / بداية / أوائل → early, منتصف / أواسط →
 * mid, أواخر → late, نهاية / ختام → end. No modifier (null) means the whole period.
 */
public enum DeadlineModifier {
    EARLY, MID, LATE, END;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The modifier a date mention carries, or null (seasons and plain dates have none). */
    static DeadlineModifier of(DateMention.Modifier m) {
        return switch (m) {
            case BEGINNING -> EARLY;
            case MIDDLE -> MID;
            case LATE -> LATE;
            case END -> END;
            default -> null;
        };
    }
}
