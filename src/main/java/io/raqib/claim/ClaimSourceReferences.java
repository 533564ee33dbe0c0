package io.raqib.claim;

import io.raqib.common.Review;
import io.raqib.common.HistoryWriter;
import io.raqib.outbox.OutboxEvent;
import io.raqib.source.Source;
import io.raqib.source.SourceReferences;
import io.raqib.source.TrackRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Claims point at their originator and reporter; the claims index holds them and the outlet's id. */
@ApplicationScoped
public class ClaimSourceReferences implements SourceReferences {
    @Inject
    ClaimConflicts conflicts;

    @Override
    public void repoint(Source duplicate, Source into) {
        // the articles' outlets may be repointed before or after this: claims in both sources' articles are queued
        List<Long> claimIds = Claim.getEntityManager().createQuery("select c.id from Claim c where c.attributedTo = :dup"
                        + " or c.reportedBy = :dup or c.article.outlet = :dup or c.article.outlet = :into", Long.class)
                .setParameter("dup", duplicate).setParameter("into", into).getResultList();
        List<Long> repointed = Claim.getEntityManager().createQuery("select c.id from Claim c where c.attributedTo = :dup"
                        + " or c.reportedBy = :dup", Long.class).setParameter("dup", duplicate).getResultList();
        Claim.update("attributedTo = ?1 where attributedTo = ?2", into, duplicate);
        Claim.update("reportedBy = ?1 where reportedBy = ?2", into, duplicate);
        for (Long claimId : claimIds) {
            OutboxEvent.record(ClaimIngest.AGGREGATE, claimId, OutboxEvent.Operation.UPSERT);
        }
        for (Long claimId : repointed) {
            HistoryWriter.feed(Claim.getEntityManager(), ClaimIngest.AGGREGATE, claimId, "upsert");
        }
    }

    @Override
    public void count(Source source, TrackRecord record) {
        record.claimsOriginated = Claim.count("attributedTo", source);
        record.claimsRelayed = Claim.count("reportedBy", source);
        record.claimsInArticles = Claim.count("article.outlet", source);
        record.claimsConfirmed = Claim.count("attributedTo = ?1 and review = ?2", source, Review.CONFIRMED);
        record.claimsRejected = Claim.count("attributedTo = ?1 and review = ?2", source, Review.REJECTED);
        record.claimsCorrected = Claim.count("attributedTo = ?1 and review = ?2", source, Review.CORRECTED);
        record.claimsInConflict = record.claimsOriginated == 0 ? 0 : inConflict(source.id);
    }

    /**
     * Claims this source originated that stand on one side of a conflict (GET /claims/conflicts, with the
     * configured window; rejected claims are out) whose other side holds a claim from another originator
     * or from none.
     */
    private long inConflict(long sourceId) {
        Set<Long> ids = new HashSet<>();
        for (Conflict conflict : conflicts.allConflicts()) {
            List<Conflict.Side> sides = conflict.sides();
            for (int i = 0; i < sides.size(); i++) {
                for (ClaimView mine : sides.get(i).claims()) {
                    if (mine.attributedTo() == null || mine.attributedTo().id() != sourceId) {
                        continue;
                    }
                    for (int j = 0; j < sides.size(); j++) {
                        if (j != i && sides.get(j).claims().stream().anyMatch(other -> other.attributedTo() == null
                                || other.attributedTo().id() != sourceId)) {
                            ids.add(mine.id());
                        }
                    }
                }
            }
        }
        return ids.size();
    }
}
