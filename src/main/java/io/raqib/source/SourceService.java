package io.raqib.source;

import io.raqib.common.RetriedOnConflict;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.ProblemException;
import io.raqib.article.Article;
import io.raqib.claim.Claim;
import io.raqib.claim.ClaimAnalysis;
import io.raqib.claim.ClaimExtraction;
import io.raqib.claim.ClaimView;
import io.raqib.claim.Conflict;
import io.raqib.article.ArticleService;
import io.raqib.deadline.Deadline;
import io.raqib.deadline.Review;
import io.raqib.deadline.Revision;
import io.raqib.search.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The source registry: reads, merges of duplicates, track records. */
@ApplicationScoped
public class SourceService {
    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ClaimAnalysis analysis;

    @Transactional
    public PageView<SourceView> list(String q, SourceType type, Paging paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.add("exists (select 1 from SourceAlias a where a.source = s and a.normalized like :q)");
            params.and("q", "%" + SourceNames.key(q) + "%");
        }
        if (type != null) {
            where.add("s.type = :type");
            params.and("type", type);
        }
        String query = "from Source s" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var found = Source.find(query, Sort.by("name").and("id"), params).page(Page.of(paging.page, paging.size));
        List<SourceView> items = found.<Source>list().stream().map(SourceView::of).toList();
        return new PageView<>(items, found.count(), paging.page, paging.size);
    }

    @Transactional
    public SourceView get(long id) {
        Source source = Source.findById(id);
        if (source == null) {
            throw ProblemException.notFound("source", id);
        }
        return SourceView.of(source);
    }

    /**
     * Merges {@code duplicateId} into {@code intoId} in one transaction: its aliases move over,
     * articles it published and deadlines it announced point to the surviving source (and their
     * articles are queued for reindexing, since the index holds the outlet's name), fields the
     * survivor lacks (Latin name, country, seed key) are taken over, and the duplicate is deleted.
     */
    @RetriedOnConflict
    @Transactional
    public SourceView merge(long duplicateId, Long intoId) {
        if (intoId == null) {
            throw ProblemException.badRequest("into is required: the id of the source to keep");
        }
        Source duplicate = Source.findById(duplicateId);
        if (duplicate == null) {
            throw ProblemException.notFound("source", duplicateId);
        }
        if (intoId == duplicateId) {
            throw ProblemException.badRequest("a source cannot be merged into itself");
        }
        Source into = Source.findById(intoId);
        if (into == null) {
            throw ProblemException.badRequest("source " + intoId + " (into) does not exist");
        }
        SourceMergeHistory.record(em, duplicate, into);
        if (into.latinName == null) {
            into.latinName = duplicate.latinName;
        }
        if (into.country == null) {
            into.country = duplicate.country;
        }
        String seedKey = duplicate.seedKey;
        duplicate.seedKey = null;
        em.flush();
        if (into.seedKey == null && seedKey != null) {
            into.seedKey = seedKey;
        }
        List<Long> articleIds = em.createQuery("select a.id from Article a where a.outlet = :dup", Long.class)
                .setParameter("dup", duplicate).getResultList();
        SourceAlias.update("source = ?1 where source = ?2", into, duplicate);
        Article.update("outlet = ?1 where outlet = ?2", into, duplicate);
        Deadline.update("announcer = ?1 where announcer = ?2", into, duplicate);
        // Claims attributed to the duplicate move over; the claims index holds their originator and outlet ids.
        List<Long> claimIds = em.createQuery("select c.id from Claim c where c.attributedTo = :dup or c.reportedBy = :dup"
                        + " or c.article.id in :articles", Long.class)
                .setParameter("dup", duplicate).setParameter("articles", articleIds.isEmpty() ? List.of(-1L) : articleIds)
                .getResultList();
        Claim.update("attributedTo = ?1 where attributedTo = ?2", into, duplicate);
        Claim.update("reportedBy = ?1 where reportedBy = ?2", into, duplicate);
        Deadline.update("reportedBy = ?1 where reportedBy = ?2", into, duplicate);
        for (Long articleId : articleIds) {
            OutboxEvent.record(ArticleService.AGGREGATE, articleId, OutboxEvent.Operation.UPSERT);
        }
        for (Long claimId : claimIds) {
            OutboxEvent.record(ClaimExtraction.AGGREGATE, claimId, OutboxEvent.Operation.UPSERT);
        }
        em.flush();
        // bulk delete: the entity's alias collection (now moved) must not cascade
        Source.delete("id", duplicateId);
        em.flush();
        em.clear();
        return SourceView.of(Source.findById(intoId));
    }

    @Transactional
    public SourceStats stats(long id) {
        Source source = Source.findById(id);
        if (source == null) {
            throw ProblemException.notFound("source", id);
        }
        LocalDate today = LocalDate.now(clock);
        long articles = Article.count("outlet", source);
        String announced = "announcer = ?1 and review <> ?2";
        long deadlines = Deadline.count(announced, source, Review.REJECTED);
        long relayed = Deadline.count("article.outlet = ?1 and review <> ?2", source, Review.REJECTED);
        long upcoming = Deadline.count(announced + " and revision is null and (dueLast is null or dueLast >= ?3)",
                source, Review.REJECTED, today);
        long kept = Deadline.count(announced + " and revision is null and dueLast < ?3", source, Review.REJECTED, today);
        long postponed = Deadline.count(announced + " and revision = ?3", source, Review.REJECTED, Revision.POSTPONED);
        long superseded = Deadline.count(announced + " and revision = ?3", source, Review.REJECTED, Revision.SUPERSEDED);
        long reported = Deadline.count("reportedBy = ?1 and review <> ?2", source, Review.REJECTED);
        long originated = Claim.count("attributedTo", source);
        long claimsRelayed = Claim.count("reportedBy", source);
        long inArticles = Claim.count("article.outlet", source);
        long confirmed = Claim.count("attributedTo = ?1 and review = ?2", source, Claim.Review.CONFIRMED);
        long rejected = Claim.count("attributedTo = ?1 and review = ?2", source, Claim.Review.REJECTED);
        long corrected = Claim.count("attributedTo = ?1 and review = ?2", source, Claim.Review.CORRECTED);
        long inConflict = originated == 0 ? 0 : inConflict(source.id);
        return new SourceStats(source.id, source.name, articles, originated, claimsRelayed, inArticles, confirmed,
                rejected, corrected, inConflict, deadlines, relayed, reported, upcoming, kept, postponed, superseded);
    }

    /**
     * Claims this source originated that stand on one side of a conflict (GET /claims/conflicts, with the
     * configured window; rejected claims are out) whose other side holds a claim from another originator
     * or from none.
     */
    private long inConflict(long sourceId) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (Conflict conflict : analysis.allConflicts()) {
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
