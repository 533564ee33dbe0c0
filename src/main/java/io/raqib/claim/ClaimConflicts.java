package io.raqib.claim;

import io.raqib.claim.extraction.FigureKind;
import io.raqib.claim.extraction.Stance;
import io.raqib.common.Codes;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.Review;
import io.raqib.config.RaqibConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the claims disagree ({@link ConflictDetection}): found over the few columns of the claims
 * that can disagree ({@link ConflictCandidates}), ordered and paged as drafts, and only the page's
 * claims read whole. Claims as known at an instant are rebuilt in memory ({@link ClaimsAsKnown}) and
 * go through the same detection.
 */
@ApplicationScoped
public class ClaimConflicts {
    /** Kinds that state a level, compared with each other for conflicts when no kind is asked for. */
    static final List<FigureKind> LEVELS = List.of(FigureKind.PRESENCE, FigureKind.TARGET);

    @Inject
    RaqibConfig config;

    @Inject
    ClaimsAsKnown asKnown;

    @Transactional
    public PageView<Conflict> conflicts(ConflictQuery q, Paging paging) {
        int window = q.windowDays() == null ? config.claims().conflictWindowDays() : q.windowDays();
        ConflictCandidates candidates = new ConflictCandidates(q.force(), q.country(), q.kind(), window);
        if (q.asKnownAt() == null) {
            List<ConflictDraft> drafts = drafts(candidates.figures(), candidates.denied(), candidates::asserting, window);
            return new PageView<>(rendered(page(drafts, paging)), drafts.size(), paging.page, paging.size);
        }
        List<Claim> known = asKnown.list(asKnown.snapshot(q.asKnownAt()), candidates.selection(),
                c -> c.review != Review.REJECTED && c.asOfDate != null
                        && (q.force() == null || q.force().equals(c.force)) && (q.country() == null || q.country().equals(c.country))
                        && (q.kind() == null || q.kind() == c.kind), ClaimService.byAsOf());
        Map<Long, Claim> claims = known.stream().collect(Collectors.toMap(c -> c.id, c -> c));
        List<ConflictRow> rows = known.stream().map(ConflictRow::of).toList();
        List<ConflictDraft> drafts = drafts(rows.stream().filter(c -> ConflictDetection.comparable(c, q.kind())).toList(),
                rows.stream().filter(c -> c.stance() == Stance.DENIED).toList(), d -> rows, window);
        return new PageView<>(page(drafts, paging).stream().map(d -> render(d, claims)).toList(), drafts.size(),
                paging.page, paging.size);
    }

    /** Every conflict among all claims, with the configured window (the source track record counts them). */
    @Transactional
    public List<Conflict> allConflicts() {
        int window = config.claims().conflictWindowDays();
        ConflictCandidates candidates = new ConflictCandidates(null, null, null, window);
        List<ConflictDraft> drafts = drafts(candidates.figures(), candidates.denied(), candidates::asserting, window);
        List<Conflict> out = new ArrayList<>();
        for (int from = 0; from < drafts.size(); from += ClaimBatches.SIZE) {
            out.addAll(rendered(drafts.subList(from, Math.min(drafts.size(), from + ClaimBatches.SIZE))));
        }
        return out;
    }

    /** The drafts as answered, their claims read in one query. */
    private static List<Conflict> rendered(List<ConflictDraft> drafts) {
        List<Long> ids = drafts.stream().flatMap(ClaimConflicts::ids).distinct().toList();
        Map<Long, Claim> claims = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += ClaimBatches.SIZE) {
            ClaimBatches.load(ids.subList(from, Math.min(ids.size(), from + ClaimBatches.SIZE))).forEach(c -> claims.put(c.id, c));
        }
        return drafts.stream().map(d -> render(d, claims)).toList();
    }

    private static List<ConflictDraft> drafts(List<ConflictRow> figures, List<ConflictRow> denied,
                                              Function<ConflictRow, Collection<ConflictRow>> asserting, int window) {
        List<ConflictDraft> drafts = new ArrayList<>(ConflictDetection.figures(figures, window));
        drafts.addAll(ConflictDetection.denials(ConflictDetection.deniedGroups(denied), asserting, window));
        drafts.sort(ConflictDraft.ORDER);
        return drafts;
    }

    private static List<ConflictDraft> page(List<ConflictDraft> drafts, Paging paging) {
        int from = (int) Math.min(drafts.size(), (long) paging.page * paging.size);
        return drafts.subList(from, (int) Math.min(drafts.size(), (long) from + paging.size));
    }

    private static java.util.stream.Stream<Long> ids(ConflictDraft d) {
        return d.sides().stream().flatMap(s -> s.claims().stream()).map(ConflictRow::id);
    }

    /** The conflict as answered, its claims read whole. */
    static Conflict render(ConflictDraft d, Map<Long, Claim> claims) {
        List<Conflict.Side> sides = d.sides().stream().map(s -> side(s.label(), s.low(), s.high(),
                s.claims().stream().map(c -> claims.get(c.id())).toList())).toList();
        ConflictRow first = d.first();
        return new Conflict(d.type(), first.force(), first.country(), first.place(), Codes.code(first.kind()), d.from(),
                d.to(), sides);
    }

    private static Conflict.Side side(String label, Long low, Long high, List<Claim> claims) {
        List<Claim> ordered = claims.stream().sorted(ClaimService.byAsOf()).toList();
        return new Conflict.Side(label, low, high, ordered.stream().map(ClaimView::of).toList(), ClaimRefs.sources(ordered),
                ClaimRefs.outlets(ordered),
                FigureSupport.count(ordered.stream().map(ClaimConfirmations::mention).toList()));
    }
}
