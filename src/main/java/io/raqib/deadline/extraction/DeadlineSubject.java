package io.raqib.deadline.extraction;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a deadline is about (DESIGN.md vocabulary; codes are stable). */
public enum DeadlineSubject {
    /** Troops leave or are reduced: انسحاب، خروج، مغادرة، تقليص. */
    WITHDRAWAL,
    /** A mission ends or turns into something else: انتهاء المهمة، تنتقل المهمة إلى شراكات ثنائية. */
    MISSION_END,
    /** Troops stay until then: بقاء، تمديد، استمرار. */
    PRESENCE_UNTIL,
    /** Troops are sent or arrive: نشر، إرسال، وصول. */
    DEPLOYMENT,
    OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
