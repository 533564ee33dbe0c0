package io.raqib.claim;

import io.raqib.arabic.ArabicNormalizer;
import io.raqib.arabic.ReducedDate;
import io.raqib.claim.extraction.Qualifier;
import io.raqib.common.ProblemException;
import io.raqib.source.SourceRegistry;

/** The rules a claim's figure keeps however it was made: bounds, place key, as-of period, attribution. */
final class ClaimFigures {
    private ClaimFigures() {
    }

    /**
     * Bounds follow the value and qualifier (exact: both; more_than/at_least: low; less_than/at_most:
     * high; approx: none); a range keeps its own low and high.
     */
    static void checkFigure(Claim c) {
        if (c.qualifier == Qualifier.RANGE) {
            if (c.low == null || c.high == null || c.low > c.high) {
                throw ProblemException.badRequest("a range needs low and high with low <= high");
            }
            c.figureValue = null;
            return;
        }
        if (c.figureValue == null) {
            if (c.vague == null) {
                throw ProblemException.badRequest("value is required unless qualifier is range");
            }
            return;
        }
        c.vague = null;
        switch (c.qualifier) {
            case EXACT -> {
                c.low = c.figureValue;
                c.high = c.figureValue;
            }
            case MORE_THAN, AT_LEAST -> {
                c.low = c.figureValue;
                c.high = null;
            }
            case LESS_THAN, AT_MOST -> {
                c.low = null;
                c.high = c.figureValue;
            }
            default -> {
                c.low = null;
                c.high = null;
            }
        }
    }

    static void setAttribution(Claim claim, String attribution) {
        claim.attribution = attribution == null || attribution.isBlank() ? null : attribution.strip();
        claim.attributedTo = SourceRegistry.originator(claim.attribution, null);
        // A person names the originator; a reporter read from the text stays.
        claim.originator = claim.attribution;
    }

    static Long nonNegative(String name, Long value) {
        if (value != null && value < 0) {
            throw ProblemException.badRequest(name + " must not be negative, not " + value);
        }
        return value;
    }

    static void setPlace(Claim claim, String place) {
        claim.place = place == null || place.isBlank() ? null : place.strip();
        claim.placeKey = claim.place == null ? null : placeKey(claim.place);
    }

    static String placeKey(String place) {
        return ArabicNormalizer.normalize(place).strip();
    }

    static void setAsOf(Claim claim, ReducedDate asOf) {
        claim.asOf = asOf == null ? null : asOf.toIso();
        claim.asOfDate = asOf == null ? null : asOf.firstDay();
    }

}
