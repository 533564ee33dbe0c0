package io.raqib.claim;

import io.raqib.claim.extraction.Stance;
import io.raqib.common.Review;
import io.raqib.common.Where;
import io.raqib.config.RaqibConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a new claim opened a conflict ({@link ClaimConflicts}' figure conflicts): among the claims
 * comparable with it (same force, country, place and kind) that existed when it came (ids up to
 * its own), it is in a group that clashes, and no member of that group clashed with anything before
 * it. Judged for the claim's own group only, so it stays cheap enough to ask for every new claim;
 * a claim joining a conflict that was already open opens nothing.
 */
@ApplicationScoped
public class ConflictOpenings {
    @Inject
    RaqibConfig config;

    @Transactional
    public Optional<Conflict> openedBy(long claimId) {
        Claim claim = Claim.findById(claimId);
        if (claim == null || claim.stance != Stance.ASSERTED || claim.force == null || claim.country == null
                || claim.asOfDate == null || claim.review == Review.REJECTED || !ClaimConflicts.LEVELS.contains(claim.kind)
                || FigureInterval.of(claim) == null) {
            return Optional.empty();
        }
        Where where = new Where().and("c.review <> :rejected", "rejected", Review.REJECTED).and("c.asOfDate is not null")
                .and("c.stance = :stance", "stance", Stance.ASSERTED)
                .and("c.force = :force", "force", claim.force)
                .and("c.country = :country", "country", claim.country)
                .and("c.kind = :kind", "kind", claim.kind)
                .and("c.id <= :upTo", "upTo", claim.id)
                .and("c.placeKey = :place", "place", claim.placeKey);
        if (claim.placeKey == null) {
            where.and("c.placeKey is null");
        }
        List<Claim> comparable = Claim.list(where.query("from Claim c") + " order by c.asOfDate, c.id", where.params());
        Map<Long, FigureInterval> intervals = new HashMap<>();
        for (Claim c : comparable) {
            FigureInterval interval = FigureInterval.of(c);
            if (interval != null) {
                intervals.put(c.id, interval);
            }
        }
        List<Claim> group = comparable.stream().filter(c -> intervals.containsKey(c.id)).toList();
        int window = config.claims().conflictWindowDays();
        List<Claim> members = ConflictGroups.of(group, ClaimConflicts.clash(intervals, window)).stream()
                .filter(g -> g.contains(claim)).findFirst().orElse(null);
        if (members == null) {
            return Optional.empty();
        }
        List<Claim> before = group.stream().filter(c -> !c.id.equals(claim.id)).toList();
        boolean alreadyOpen = ConflictGroups.of(before, ClaimConflicts.clash(intervals, window)).stream()
                .flatMap(List::stream).anyMatch(members::contains);
        return alreadyOpen ? Optional.empty() : Optional.of(ClaimConflicts.figureConflict(members, intervals));
    }
}
