package io.raqib.claim;

import io.raqib.claim.extraction.Qualifier;
import io.raqib.claim.extraction.Stance;
import io.raqib.common.Codes;
import io.raqib.common.Review;
import io.raqib.common.Where;
import io.raqib.source.SourceRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * Figures over time: one point per as-of date and figure, with the claims and sources behind it.
 * The database groups the claims into cells ({@link TimelinePoints}: points and confirmations come
 * from the cells) and then streams each claim's reference in a few columns; memory follows the
 * points, the distinct sources behind them and the references shown, not the claims behind them.
 */
@ApplicationScoped
public class ClaimTimeline {
    private static final String FROM = "from Claim c join c.article art";
    /** A cell: one figure, force, country, place, originator and outlet (an article without outlet: minus its id). */
    private static final String CELLS = "select c.asOf, min(c.asOfDate), c.qualifier, c.figureValue, c.low, c.high, "
            + "c.force, c.country, c.placeKey, coalesce(c.attributedTo.id, c.reportedBy.id), "
            + "coalesce(art.outlet.id, -art.id), min(c.id) ";
    private static final String CELL_GROUPS = " group by c.asOf, c.qualifier, c.figureValue, c.low, c.high, c.force, "
            + "c.country, c.placeKey, coalesce(c.attributedTo.id, c.reportedBy.id), coalesce(art.outlet.id, -art.id)";
    private static final String REFS = "select c.id, art.id, c.text, c.attribution, orig.id, orig.name, outlet.id, "
            + "outlet.name, art.publishedAt, c.review, c.asOf, c.figureValue, c.low, c.high, c.qualifier "
            + "from Claim c join c.article art left join art.outlet outlet left join c.attributedTo orig";

    @jakarta.inject.Inject
    ClaimsAsKnown asKnown;

    @Transactional
    public Timeline timeline(TimelineQuery q) {
        Where where = new Where().and("c.kind = :kind", "kind", q.kind()).and("c.stance = :stance", "stance", Stance.ASSERTED)
                .and("c.review <> :rejected", "rejected", Review.REJECTED).and("c.asOfDate is not null")
                .and("c.force = :force", "force", q.force())
                .and("c.country = :country", "country", q.country())
                .and("c.placeKey = :place", "place", q.place() == null ? null : ClaimFigures.placeKey(q.place()))
                .and("c.asOfDate >= :from", "from", q.from() == null ? null : q.from().firstDay())
                .and("c.asOfDate <= :to", "to", q.to() == null ? null : q.to().lastDay());
        TimelinePoints points = new TimelinePoints();
        if (q.asKnownAt() == null) {
            where.and("(c.figureValue is not null or c.low is not null or c.high is not null)");
            TypedQuery<Object[]> cells = Claim.getEntityManager().createQuery(CELLS + where.query(FROM) + CELL_GROUPS,
                    Object[].class);
            where.params().map().forEach(cells::setParameter);
            try (Stream<Object[]> rows = cells.setHint(HibernateHints.HINT_FETCH_SIZE, 1000).getResultStream()) {
                rows.forEach(r -> points.cell(cell(r)));
            }
            TypedQuery<Object[]> refs = Claim.getEntityManager().createQuery(
                    where.query(REFS) + " order by c.id", Object[].class);
            where.params().map().forEach(refs::setParameter);
            try (Stream<Object[]> rows = refs.setHint(HibernateHints.HINT_FETCH_SIZE, 1000).getResultStream()) {
                rows.forEach(r -> points.claim(TimelinePoints.key((String) r[10], (Long) r[11], (Long) r[12], (Long) r[13],
                        (Qualifier) r[14]), new Timeline.PointClaim((Long) r[0], (Long) r[1], (String) r[2], (String) r[3],
                        r[4] == null ? null : new SourceRef((Long) r[4], (String) r[5]),
                        r[6] == null ? null : new SourceRef((Long) r[6], (String) r[7]), (LocalDate) r[8],
                        Codes.code((Review) r[9]))));
            }
        } else {
            // claims as known at an instant are rebuilt in memory (ClaimsAsKnown), so they are grouped here
            asKnown.list(asKnown.snapshot(q.asKnownAt()), where, c -> c.kind == q.kind()
                            && c.stance == Stance.ASSERTED && c.review != Review.REJECTED && c.asOfDate != null
                            && (q.force() == null || q.force().equals(c.force))
                            && (q.country() == null || q.country().equals(c.country))
                            && (q.place() == null || ClaimFigures.placeKey(q.place()).equals(c.placeKey))
                            && (q.from() == null || !c.asOfDate.isBefore(q.from().firstDay()))
                            && (q.to() == null || !c.asOfDate.isAfter(q.to().lastDay())), ClaimService.byAsOf())
                    .stream().filter(c -> c.figureValue != null || c.low != null || c.high != null)
                    .sorted(java.util.Comparator.comparing((Claim c) -> c.id))
                    .forEach(c -> {
                        TimelinePoints.Cell cell = cell(c);
                        points.cell(cell);
                        points.claim(cell.point(), new Timeline.PointClaim(c.id, c.article.id, c.text, c.attribution,
                                SourceRef.of(c.attributedTo), SourceRef.of(c.article.outlet), c.article.publishedAt,
                                Codes.code(c.review)));
                    });
        }
        return new Timeline(q.force(), q.country(), q.place(), Codes.code(q.kind()), points.points());
    }

    private static TimelinePoints.Cell cell(Object[] r) {
        long outlet = (Long) r[10];
        String outletKey = outlet > 0 ? FigureSupport.outletKey(outlet, 0) : FigureSupport.outletKey(null, -outlet);
        return new TimelinePoints.Cell((String) r[0], (LocalDate) r[1], (Qualifier) r[2], (Long) r[3], (Long) r[4],
                (Long) r[5], (String) r[6], (String) r[7], (String) r[8],
                FigureSupport.originatorKey((Long) r[9], null, outletKey), outletKey, (Long) r[11]);
    }

    private static TimelinePoints.Cell cell(Claim c) {
        FigureSupport.Mention m = ClaimConfirmations.mention(c);
        return new TimelinePoints.Cell(c.asOf, c.asOfDate, c.qualifier, c.figureValue, c.low, c.high, c.force, c.country,
                c.placeKey, m.originator(), m.outlet(), c.id);
    }
}
