package io.raqib.deadline.extraction;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How firm a deadline is. No qualifier (null) means a plain announced date. */
public enum DeadlineQualifier {
    /** "حتى سبتمبر 2026 على الأقل", "3 سنوات على الأقل": the date is a floor, not the end. */
    AT_LEAST,
    /** A recommendation, proposal or demand, not a decision: أوصى، توصية، اقترح، دعا إلى، طالب. */
    PROPOSED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
