package io.raqib.claim;

import io.raqib.arabic.ReducedDate;
import io.raqib.claim.extraction.FigureKind;
import io.raqib.claim.extraction.Qualifier;
import io.raqib.claim.extraction.Stance;
import java.time.LocalDate;

/**
 * What conflict detection needs of a claim, without its texts: a few columns read by projection,
 * so detection over many claims holds small rows, and whole claims are read only for the page shown.
 */
record ConflictRow(long id, String force, String country, String place, String placeKey, FigureKind kind, Stance stance,
                   String asOf, LocalDate asOfDate, String figureGroup, FigureInterval interval, LocalDate firstDay,
                   LocalDate lastDay) {

    ConflictRow(long id, String force, String country, String place, String placeKey, FigureKind kind, Stance stance,
                String asOf, LocalDate asOfDate, String figureGroup, FigureInterval interval) {
        // the as-of period's days, read once: detection compares them for every pair within reach
        this(id, force, country, place, placeKey, kind, stance, asOf, asOfDate, figureGroup, interval,
                asOf == null ? null : ReducedDate.parse(asOf).firstDay(), asOf == null ? null : ReducedDate.parse(asOf).lastDay());
    }

    /** The JPQL projection {@link #of(Object[])} reads, over {@code Claim c}. */
    static final String COLUMNS = "c.id, c.force, c.country, c.place, c.placeKey, c.kind, c.stance, c.asOf, c.asOfDate, "
            + "c.figureGroup, c.qualifier, c.figureValue, c.low, c.high";

    static ConflictRow of(Claim c) {
        return new ConflictRow(c.id, c.force, c.country, c.place, c.placeKey, c.kind, c.stance, c.asOf, c.asOfDate,
                c.figureGroup, FigureInterval.of(c));
    }

    static ConflictRow of(Object[] r) {
        return new ConflictRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (FigureKind) r[5],
                (Stance) r[6], (String) r[7], (LocalDate) r[8], (String) r[9],
                FigureInterval.of((Qualifier) r[10], (Long) r[11], (Long) r[12], (Long) r[13]));
    }

    /** The figures compared with this one: same force, country, place and kind. */
    String comparableKey() {
        return force + "|" + country + "|" + placeKey + "|" + kind.name();
    }
}
