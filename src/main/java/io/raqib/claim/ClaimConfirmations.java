package io.raqib.claim;

import io.raqib.claim.extraction.FigureKind;
import io.raqib.claim.extraction.Qualifier;
import io.raqib.claim.extraction.Stance;
import io.raqib.common.Codes;
import io.raqib.common.PastStates;
import io.raqib.common.Review;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The confirmations of the claims on a page: one query per 50 distinct figure buckets (force,
 * country, kind, as-of month) fetches the few columns of the not rejected claims in those buckets, and
 * {@link FigureGroup} counts them; the buckets are kept between requests while nothing changes
 * ({@link CandidateCache}). The work grows with the page and the claims sharing its
 * figures, never with the table.
 */
@ApplicationScoped
public class ClaimConfirmations {
    private static final int BUCKETS_PER_QUERY = 50;

    @Inject
    CandidateCache cache;
    private static final String SELECT = "select c.id, c.force, c.country, c.placeKey, c.kind, c.stance, c.asOf, "
            + "c.qualifier, c.figureValue, c.low, c.high, orig.id, rep.id, outlet.id, art.id from Claim c "
            + "join c.article art left join art.outlet outlet left join c.attributedTo orig left join c.reportedBy rep "
            + "where c.review <> :rejected and (";

    /** The claims as views, each with its confirmations. */
    public List<ClaimView> views(List<Claim> claims) {
        return views(claims, null);
    }

    /** The same as the archive knew them at the snapshot's instant (null: now). */
    public List<ClaimView> views(List<Claim> claims, PastStates.Snapshot<Claim> snapshot) {
        Map<Long, Confirmations> counts = of(claims, snapshot);
        return claims.stream().map(c -> ClaimView.of(c, counts.get(c.id))).toList();
    }

    /** Claims as their search documents hold them (each {@link ClaimDocument#complete}), with their confirmations. */
    public List<ClaimView> viewsOfDocuments(List<ClaimDocument> documents) {
        List<FigureSupport.Mention> subjects = documents.stream().map(ClaimConfirmations::mention).toList();
        Map<List<String>, FigureGroup> groups = groups(subjects);
        List<ClaimView> views = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            views.add(ClaimView.of(documents.get(i), FigureGroup.of(subjects.get(i), groups)));
        }
        return views;
    }

    static FigureSupport.Mention mention(ClaimDocument d) {
        String outlet = FigureSupport.outletKey(d.outletId(), d.articleId());
        return new FigureSupport.Mention(d.id(), d.force(), d.country(), d.placeKey(), d.kind(), d.stance(),
                FigureSupport.period(d.asOf()), FigureInterval.of(Codes.parse(Qualifier.class, "qualifier", d.qualifier()),
                d.value(), d.low(), d.high()), FigureSupport.originatorKey(d.attributedToId(), d.reportedById(), outlet),
                outlet);
    }

    public ClaimView view(Claim claim) {
        return views(List.of(claim)).get(0);
    }

    /** Each claim's confirmations, by claim id. */
    public Map<Long, Confirmations> of(List<Claim> claims, PastStates.Snapshot<Claim> snapshot) {
        List<FigureSupport.Mention> subjects = claims.stream().map(ClaimConfirmations::mention).toList();
        Map<Long, Confirmations> out = new HashMap<>();
        if (snapshot == null) {
            Map<List<String>, FigureGroup> groups = groups(subjects);
            for (FigureSupport.Mention s : subjects) {
                out.put(s.id(), FigureGroup.of(s, groups));
            }
            return out;
        }
        List<FigureSupport.Mention> candidates = read(buckets(subjects), snapshot);
        snapshot.states().stream().filter(c -> c.review != Review.REJECTED).map(ClaimConfirmations::mention)
                .forEach(candidates::add);
        var groups = FigureSupport.byKey(candidates);
        for (FigureSupport.Mention s : subjects) {
            out.put(s.id(), FigureSupport.of(s, groups));
        }
        return out;
    }

    static FigureSupport.Mention mention(Claim c) {
        String outlet = FigureSupport.outletKey(c.article.outlet == null ? null : c.article.outlet.id, c.article.id);
        return new FigureSupport.Mention(c.id, c.force, c.country, c.placeKey, Codes.code(c.kind), Codes.code(c.stance),
                FigureSupport.period(c.asOf), FigureInterval.of(c), FigureSupport.originatorKey(c.attributedTo == null ? null : c.attributedTo.id,
                c.reportedBy == null ? null : c.reportedBy.id, outlet), outlet);
    }

    /** The current candidates of the subjects' buckets, grouped (kept between requests by the cache). */
    private Map<List<String>, FigureGroup> groups(List<FigureSupport.Mention> subjects) {
        return cache.groups(buckets(subjects), missing -> read(missing, null));
    }

    private static List<List<String>> buckets(List<FigureSupport.Mention> subjects) {
        Set<List<String>> buckets = new LinkedHashSet<>();
        for (FigureSupport.Mention s : subjects) {
            if (s.comparable()) {
                buckets.add(CandidateCache.bucketOf(s));
            }
        }
        return new ArrayList<>(buckets);
    }

    /** The not rejected claims in these buckets (as the snapshot knew them, when there is one), from the database. */
    private List<FigureSupport.Mention> read(List<List<String>> all, PastStates.Snapshot<Claim> snapshot) {
        List<FigureSupport.Mention> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BUCKETS_PER_QUERY) {
            List<List<String>> chunk = all.subList(from, Math.min(all.size(), from + BUCKETS_PER_QUERY));
            StringBuilder jpql = new StringBuilder(SELECT);
            if (snapshot != null) {
                jpql.append("c.createdAt <= :knownAt and ").append(PastStates.untouchedSince("c", "claim")).append(") and (");
            }
            for (int i = 0; i < chunk.size(); i++) {
                jpql.append(i == 0 ? "" : " or ").append("(c.force = :f").append(i).append(" and c.country = :c").append(i)
                        .append(" and c.kind = :k").append(i).append(" and substring(c.asOf, 1, 7) = :a").append(i).append(')');
            }
            TypedQuery<Object[]> query = Claim.getEntityManager().createQuery(jpql.append(')').toString(), Object[].class);
            query.setParameter("rejected", Review.REJECTED);
            if (snapshot != null) {
                query.setParameter("knownAt", snapshot.at());
            }
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter("f" + i, chunk.get(i).get(0));
                query.setParameter("c" + i, chunk.get(i).get(1));
                query.setParameter("k" + i, Codes.parse(FigureKind.class, "kind", chunk.get(i).get(2)));
                query.setParameter("a" + i, chunk.get(i).get(3));
            }
            for (Object[] row : query.getResultList()) {
                out.add(mention(row));
            }
        }
        return out;
    }

    private static FigureSupport.Mention mention(Object[] r) {
        String outlet = FigureSupport.outletKey((Long) r[13], (Long) r[14]);
        return new FigureSupport.Mention((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                Codes.code((FigureKind) r[4]), Codes.code((Stance) r[5]), FigureSupport.period((String) r[6]),
                FigureInterval.of((Qualifier) r[7], (Long) r[8], (Long) r[9], (Long) r[10]),
                FigureSupport.originatorKey((Long) r[11], (Long) r[12], outlet), outlet);
    }
}
