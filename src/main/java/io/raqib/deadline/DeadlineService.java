package io.raqib.deadline;

import io.raqib.arabic.ArabicSentences;
import io.raqib.common.Codes;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.raqib.article.Article;
import io.raqib.article.EveryArticle;
import io.raqib.article.ArticleChanged;
import io.raqib.article.ArticleService;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.ProblemException;
import io.raqib.article.ArticleField;
import io.raqib.deadline.extraction.DeadlineExtractor;
import io.raqib.deadline.extraction.ExtractedDeadline;
import io.raqib.claim.ClaimSources;
import io.raqib.source.AttributionChains;
import io.raqib.source.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deadlines: extracted from every article as it is archived or changed (in the same
 * transaction), added and corrected by people, kept in chains, listed and served as a calendar.
 */
@ApplicationScoped
public class DeadlineService {
    @Inject
    Clock clock;

    /** Extracts at ingest and on update; removes an article's deadlines before it goes. */
    void onArticleChanged(@Observes ArticleChanged event) {
        Article article = event.article();
        switch (event.change()) {
            case CREATED -> DeadlineChains.recompute(extract(article, List.of(), List.of(), new ArrayList<>()));
            case UPDATED -> reextract(article);
            case DELETING -> {
                Set<String> keys = new LinkedHashSet<>();
                for (Deadline d : Deadline.ofArticle(article)) {
                    keys.add(d.chainKey);
                    d.delete();
                }
                DeadlineChains.recompute(keys);
            }
        }
    }

    /**
     * Runs the extractor again over an article. What a person made or judged stays (moved to
     * where its text now stands, when the text moved); extracted deadlines it overlaps are not
     * added again; the rest of the extracted ones are replaced.
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DeadlineReextractReport",
            description = "What a re-extraction did to the deadlines")
    public record ReextractReport(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Articles read", example = "12")
            long articles,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Extracted deadlines now "
                    + "standing (read again)", example = "6") long extracted,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Unreviewed extracted deadlines "
                    + "the run replaced", example = "5") long replaced,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Manual or reviewed deadlines "
                    + "left as people made them", example = "2") long kept) {
        static final ReextractReport EMPTY = new ReextractReport(0, 0, 0, 0);

        public ReextractReport plus(ReextractReport o) {
            return new ReextractReport(articles + o.articles, extracted + o.extracted, replaced + o.replaced,
                    kept + o.kept);
        }
    }

    /** Re-extracts one article's deadlines (POST /admin/reextract). */
    @Transactional
    public ReextractReport reextract(long articleId) {
        Article article = Article.findById(articleId);
        if (article == null) {
            throw ProblemException.notFound("article", articleId);
        }
        return reextract(article);
    }

    /** Re-extracts every article's deadlines, each article in its own transaction. */
    public ReextractReport reextractAll() {
        return EveryArticle.fold(ReextractReport.EMPTY, this::reextract, ReextractReport::plus);
    }

    /**
     * An unreviewed extracted deadline found again keeps its id (and so its calendar UID and links):
     * same field and offsets, or, when the text moved, the same due date and subject at another place
     * of the field. Only the ones not found again are replaced.
     */
    ReextractReport reextract(Article article) {
        long replaced = 0;
        Set<String> keys = new LinkedHashSet<>();
        List<Deadline> kept = new ArrayList<>();
        List<Deadline> previous = new ArrayList<>();
        for (Deadline d : Deadline.ofArticle(article)) {
            keys.add(d.chainKey);
            if (d.isHumanDecision()) {
                relocate(d, article);
                d.announcedOn = article.publishedAt;
                kept.add(d);
            } else {
                previous.add(d);
            }
        }
        List<Deadline> reused = new ArrayList<>();
        keys.addAll(extract(article, kept, previous, reused));
        for (Deadline d : previous) {
            if (!reused.contains(d)) {
                d.delete();
                replaced++;
            }
        }
        Deadline.flush();
        DeadlineChains.recompute(keys);
        long now = Deadline.count("article", article);
        return new ReextractReport(1, now - kept.size(), replaced, kept.size());
    }

    /**
     * Creates (or updates in place, from {@code previous}) the extracted deadlines that no kept one
     * overlaps; answers the chains touched. The previous deadlines reused are added to {@code reused}.
     */
    private Set<String> extract(Article article, List<Deadline> kept, List<Deadline> previous, List<Deadline> reused) {
        Set<String> keys = new LinkedHashSet<>();
        List<ExtractedDeadline> found = new ArrayList<>(
                DeadlineExtractor.extract(article.title, ArticleField.TITLE, article.publishedAt));
        found.addAll(DeadlineExtractor.extract(article.body, ArticleField.BODY, article.publishedAt));
        Instant now = Instant.now();
        for (ExtractedDeadline x : found) {
            boolean overlapsKept = kept.stream().anyMatch(k -> k.field == x.field() && k.start < x.end() && x.start() < k.end);
            if (overlapsKept) {
                continue;
            }
            Deadline d = sameDeadline(previous, reused, x);
            if (d == null) {
                d = new Deadline();
                d.createdAt = now;
            } else {
                reused.add(d);
            }
            d.article = article;
            d.field = x.field();
            d.start = x.start();
            d.end = x.end();
            d.text = x.text();
            d.sentence = x.sentence();
            d.setDue(x.due());
            d.dueText = x.dueText();
            d.modifier = x.modifier();
            d.relative = x.relative();
            d.subject = x.subject();
            d.qualifier = x.qualifier();
            d.force = x.force();
            d.country = x.country();
            d.announcedBy = x.announcedBy();
            setChain(d, AttributionChains.of(x.sentence(), x.announcedBy()));
            d.announcedOn = article.publishedAt;
            d.confidence = x.confidence();
            d.origin = Origin.EXTRACTED;
            d.review = Review.UNREVIEWED;
            d.refreshChainKey();
            d.updatedAt = now;
            d.persist();
            keys.add(d.chainKey);
        }
        return keys;
    }

    /** The previous extracted deadline this extraction finds again, not yet reused, or null. */
    private static Deadline sameDeadline(List<Deadline> previous, List<Deadline> reused, ExtractedDeadline x) {
        String due = x.due() == null ? null : x.due().toIso();
        Deadline moved = null;
        for (Deadline p : previous) {
            if (reused.contains(p) || p.field != x.field()) {
                continue;
            }
            if (p.start == x.start() && p.end == x.end()) {
                return p;
            }
            if (moved == null && java.util.Objects.equals(p.dueIso, due) && p.subject == x.subject()) {
                moved = p;
            }
        }
        return moved;
    }

    /**
     * Records the attribution chain. Without a reporter the announcer the extractor named stays the
     * originator, linked as before (then the chain's originator, linked to a known source); with a
     * reporter, the chain's originator is linked instead (none when anonymous) and the reporter too.
     * The extractor's loose announcer phrase founds no source; names the chain cut out do.
     */
    static void setChain(Deadline d, AttributionChains.Chain chain) {
        AttributionChains.Party originator = chain.originator();
        if (chain.reporter() == null && d.announcedBy != null) {
            d.originator = d.announcedBy;
            d.announcer = AnnouncerLinks.link(d.announcedBy);
            if (d.announcer == null && !AttributionChains.isAnonymous(d.announcedBy)) {
                d.announcer = ClaimSources.party(new AttributionChains.Party(d.announcedBy, false), false);
            }
        } else {
            // a name the chain cut out of "نقلت X عن Y" is tight enough to found a source on, as for claims
            d.originator = originator == null ? null : originator.text();
            d.announcer = ClaimSources.party(originator, true);
        }
        d.reporter = chain.reporterText();
        d.reportedBy = ClaimSources.party(chain.reporter(), true);
    }

    private static void relocate(Deadline d, Article article) {
        String fieldText = article.text(d.field);
        if (d.end <= fieldText.length() && fieldText.substring(d.start, d.end).equals(d.text)) {
            return;
        }
        int at = fieldText.indexOf(d.text);
        if (at >= 0) {
            d.start = at;
            d.end = at + d.text.length();
        }
    }

    @Transactional
    public PageView<DeadlineView> list(DeadlineFilter filter, Paging paging) {
        Optional<Query> query = query(filter);
        if (query.isEmpty()) {
            return new PageView<>(List.of(), 0, paging.page, paging.size);
        }
        var found = Deadline.find(query.get().hql, SORT, query.get().params).page(Page.of(paging.page, paging.size));
        List<Deadline> items = found.list();
        return new PageView<>(views(items), found.count(), paging.page, paging.size);
    }

    /** One article's deadlines in text order (GET /articles/{id}/deadlines). */
    @Transactional
    public PageView<DeadlineView> ofArticle(long articleId, Paging paging) {
        if (Article.findById(articleId) == null) {
            throw ProblemException.notFound("article", articleId);
        }
        var found = Deadline.find("article.id = ?1", Sort.descending("field").and("start").and("id"), articleId)
                .page(Page.of(paging.page, paging.size));
        List<Deadline> items = found.list();
        return new PageView<>(views(items), found.count(), paging.page, paging.size);
    }

    /** Every deadline with a due date that the filters select, earliest due first, up to {@code limit}. */
    @Transactional
    public List<DeadlineView> calendar(DeadlineFilter filter, int limit) {
        Optional<Query> query = query(filter);
        if (query.isEmpty()) {
            return List.of();
        }
        List<Deadline> items = Deadline.find(query.get().hql + " and d.dueLast is not null", SORT, query.get().params)
                .page(0, limit).list();
        return views(items);
    }

    @Transactional
    public DeadlineView get(long id) {
        Deadline d = require(id);
        LocalDate today = today();
        List<Deadline> chain = d.chainKey == null ? List.of(d) : Deadline.chain(d.chainKey);
        Map<Long, Long> confirmations = confirmations(chain);
        List<DeadlineView> links = chain.stream()
                .map(c -> DeadlineView.of(c, today, confirmations.getOrDefault(c.id, 0L), null)).toList();
        return DeadlineView.of(d, today, confirmations.getOrDefault(d.id, 0L), links);
    }

    @Transactional
    public DeadlineView create(DeadlineInput input) {
        Article article = Article.findById(input.articleId());
        if (article == null) {
            throw ProblemException.badRequest("article " + input.articleId() + " does not exist");
        }
        int start = input.start();
        int end = input.end();
        Deadline d = new Deadline();
        d.article = article;
        d.field = input.field();
        d.start = start;
        d.end = end;
        d.text = article.evidence(input.field(), start, end);
        d.sentence = ArabicSentences.around(article.text(input.field()), start, end);
        d.setDue(Codes.reducedDate("due", input.due()));
        d.dueText = blankToNull(input.dueText());
        d.modifier = input.modifier();
        d.relative = blankToNull(input.relative());
        d.subject = input.subject();
        d.qualifier = input.qualifier();
        d.force = Codes.force("force", input.force());
        d.country = Codes.country("country", input.country());
        d.announcedBy = blankToNull(input.announcedBy());
        d.announcer = AnnouncerLinks.link(d.announcedBy);
        d.originator = d.announcedBy;
        d.announcedOn = article.publishedAt;
        d.origin = Origin.MANUAL;
        d.review = Review.UNREVIEWED;
        d.refreshChainKey();
        d.createdAt = Instant.now();
        d.updatedAt = d.createdAt;
        d.persist();
        DeadlineChains.recompute(d.chainKey);
        return get(d.id);
    }

    @Transactional
    public DeadlineView patch(long id, DeadlinePatch patch) {
        Deadline d = require(id);
        String oldKey = d.chainKey;
        boolean changed = false;
        if (patch.due() != null) {
            d.setDue(Codes.reducedDate("due", patch.due().orElse(null)));
            changed = true;
        }
        if (patch.dueText() != null) {
            d.dueText = patch.dueText().map(DeadlineService::blankToNull).orElse(null);
            changed = true;
        }
        if (patch.modifier() != null) {
            d.modifier = patch.modifier().orElse(null);
            changed = true;
        }
        if (patch.relative() != null) {
            d.relative = patch.relative().map(DeadlineService::blankToNull).orElse(null);
            changed = true;
        }
        if (patch.subject() != null) {
            d.subject = patch.subject().orElseThrow(() -> ProblemException.badRequest("subject cannot be null"));
            changed = true;
        }
        if (patch.qualifier() != null) {
            d.qualifier = patch.qualifier().orElse(null);
            changed = true;
        }
        if (patch.force() != null) {
            d.force = Codes.force("force", patch.force().orElse(null));
            changed = true;
        }
        if (patch.country() != null) {
            d.country = Codes.country("country", patch.country().orElse(null));
            changed = true;
        }
        if (patch.announcedBy() != null) {
            d.announcedBy = patch.announcedBy().map(DeadlineService::blankToNull).orElse(null);
            d.announcer = AnnouncerLinks.link(d.announcedBy);
            d.originator = d.announcedBy;
            changed = true;
        }
        if (patch.review() != null) {
            d.review = patch.review().orElseThrow(() -> ProblemException.badRequest("review cannot be null"));
        } else if (changed) {
            d.review = Review.CORRECTED;
        }
        d.refreshChainKey();
        d.updatedAt = Instant.now();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(oldKey);
        keys.add(d.chainKey);
        DeadlineChains.recompute(keys);
        return get(d.id);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static final Sort SORT = Sort.by("d.dueFirst", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
            .and("d.announcedOn", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("d.id");

    private record Query(String hql, Parameters params) {
    }

    /** The HQL for the filters, or empty when a named source does not exist (nothing can match). */
    private Optional<Query> query(DeadlineFilter filter) {
        filter.validate();
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.forceCode() != null) {
            where.add("d.force = :force");
            params.and("force", filter.forceCode());
        }
        if (filter.countryCode() != null) {
            where.add("d.country = :country");
            params.and("country", filter.countryCode());
        }
        if (filter.subjectCode() != null) {
            where.add("d.subject = :subject");
            params.and("subject", filter.subjectCode());
        }
        DeadlineStatus status = filter.statusCode();
        if (status != null) {
            switch (status) {
                case POSTPONED -> where.add("d.revision = io.raqib.deadline.Revision.POSTPONED");
                case SUPERSEDED -> where.add("d.revision = io.raqib.deadline.Revision.SUPERSEDED");
                case UPCOMING -> {
                    where.add("d.revision is null and (d.dueLast is null or d.dueLast >= :today)");
                    params.and("today", today());
                }
                case PASSED -> {
                    where.add("d.revision is null and d.dueLast < :today");
                    params.and("today", today());
                }
            }
        }
        if (filter.fromDate() != null) {
            where.add("d.dueLast >= :from");
            params.and("from", filter.fromDate());
        }
        if (filter.toDate() != null) {
            where.add("d.dueFirst <= :to");
            params.and("to", filter.toDate());
        }
        if (filter.articleIdValue() != null) {
            where.add("d.article.id = :articleId");
            params.and("articleId", filter.articleIdValue());
        }
        if (filter.source != null && !filter.source.isBlank()) {
            Optional<Source> source = ArticleService.resolveOutlet(filter.source);
            if (source.isEmpty()) {
                return Optional.empty();
            }
            where.add("(d.announcer = :source or d.article.outlet = :source)");
            params.and("source", source.get());
        }
        String[][] bySource = {{filter.originator, "d.announcer = :originator", "originator"},
                {filter.reporter, "d.reportedBy = :reporter", "reporter"},
                {filter.attributedTo, "(d.announcer = :attributed or d.reportedBy = :attributed)", "attributed"},
                {filter.outlet, "d.article.outlet = :outlet", "outlet"}};
        for (String[] s : bySource) {
            if (s[0] != null && !s[0].isBlank()) {
                Optional<Source> source = ArticleService.resolveOutlet(s[0]);
                if (source.isEmpty()) {
                    return Optional.empty();
                }
                where.add(s[1]);
                params.and(s[2], source.get());
            }
        }
        where.add("1 = 1");
        return Optional.of(new Query("from Deadline d where " + String.join(" and ", where), params));
    }

    private List<DeadlineView> views(List<Deadline> items) {
        LocalDate today = today();
        Map<Long, Long> confirmations = confirmations(items);
        return items.stream().map(d -> DeadlineView.of(d, today, confirmations.getOrDefault(d.id, 0L), null)).toList();
    }

    /** How many deadlines confirm each of these, in one query. */
    private static Map<Long, Long> confirmations(Collection<Deadline> deadlines) {
        Map<Long, Long> counts = new HashMap<>();
        if (deadlines.isEmpty()) {
            return counts;
        }
        List<Long> ids = deadlines.stream().map(d -> d.id).toList();
        List<Object[]> rows = Deadline.getEntityManager().createQuery(
                "select d.confirmsId, count(d) from Deadline d where d.confirmsId in :ids group by d.confirmsId",
                Object[].class).setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static Deadline require(long id) {
        Deadline d = Deadline.findById(id);
        if (d == null) {
            throw ProblemException.notFound("deadline", id);
        }
        return d;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
