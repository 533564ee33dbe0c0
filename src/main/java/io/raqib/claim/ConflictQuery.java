package io.raqib.claim;

import io.raqib.arabic.ArabicDigits;
import io.raqib.claim.extraction.FigureKind;
import io.raqib.common.Codes;
import io.raqib.common.ProblemException;

/**
 * What GET /claims/conflicts asks for, parsed: the force, country and kind compared (any when
 * null), and the as-of gap within which figures are compared (null: the configured window).
 */
public record ConflictQuery(String force, String country, FigureKind kind, Integer windowDays,
                            java.time.Instant asKnownAt) {
    static final int MAX_WINDOW_DAYS = 36_600;

    /** Reads the query parameters as written; 400 naming the first one that is not valid. */
    public static ConflictQuery parse(String force, String country, String kind, String windowDays,
                                      java.time.Instant asKnownAt) {
        return new ConflictQuery(Codes.force("force", force), Codes.country("country", country),
                Codes.parse(FigureKind.class, "kind", kind), windowDays(windowDays), asKnownAt);
    }

    private static Integer windowDays(String param) {
        if (param == null || param.isBlank()) {
            return null;
        }
        try {
            int days = Integer.parseInt(ArabicDigits.toAscii(param.strip()));
            if (days < 0 || days > MAX_WINDOW_DAYS) {
                throw new NumberFormatException();
            }
            return days;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("windowDays must be a whole number of days from 0 to 36600, not '"
                    + param + "'");
        }
    }
}
