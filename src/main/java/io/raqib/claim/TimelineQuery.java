package io.raqib.claim;

import io.raqib.arabic.ReducedDate;
import io.raqib.claim.extraction.FigureKind;
import io.raqib.common.Codes;

/** What GET /claims/timeline asks for, parsed: figures of one kind (presence by default) about a force and country. */
public record TimelineQuery(String force, String country, String place, FigureKind kind, ReducedDate from,
                            ReducedDate to, java.time.Instant asKnownAt) {

    /** Reads the query parameters as written; 400 naming the first one that is not a valid code or date. */
    public static TimelineQuery parse(String force, String country, String place, String kind, String from, String to,
                                      java.time.Instant asKnownAt) {
        String forceCode = Codes.force("force", force);
        String countryCode = Codes.country("country", country);
        FigureKind kindCode = Codes.parse(FigureKind.class, "kind", kind);
        ReducedDate fromDate = Codes.reducedDate("from", from);
        ReducedDate toDate = Codes.reducedDate("to", to);
        return new TimelineQuery(forceCode, countryCode, place == null || place.isBlank() ? null : place.strip(),
                kindCode == null ? FigureKind.PRESENCE : kindCode, fromDate, toDate, asKnownAt);
    }
}
