package io.raqib.claim;

import io.raqib.claim.extraction.Stance;
import io.raqib.common.Review;
import io.raqib.common.Where;
import io.raqib.config.RaqibConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
        List<ConflictRow> group = comparable.stream().map(ConflictRow::of).filter(c -> c.interval() != null).toList();
        int window = config.claims().conflictWindowDays();
        List<ConflictRow> members = ConflictGroups.of(group, ConflictDetection.clash(window)).stream()
                .filter(g -> g.stream().anyMatch(c -> c.id() == claim.id)).findFirst().orElse(null);
        if (members == null) {
            return Optional.empty();
        }
        Set<Long> memberIds = members.stream().map(ConflictRow::id).collect(Collectors.toSet());
        List<ConflictRow> before = group.stream().filter(c -> c.id() != claim.id).toList();
        boolean alreadyOpen = ConflictGroups.of(before, ConflictDetection.clash(window)).stream()
                .flatMap(List::stream).anyMatch(c -> memberIds.contains(c.id()));
        Map<Long, Claim> byId = comparable.stream().collect(Collectors.toMap(c -> c.id, c -> c));
        return alreadyOpen ? Optional.empty()
                : Optional.of(ClaimConflicts.render(ConflictDetection.figureConflict(members), byId));
    }
}
