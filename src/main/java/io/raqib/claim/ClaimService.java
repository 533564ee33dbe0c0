package io.raqib.claim;

import io.raqib.common.RetriedOnConflict;
import io.raqib.common.Review;
import io.raqib.common.Origin;
import io.raqib.arabic.ArabicSentences;
import io.raqib.common.Codes;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import io.raqib.arabic.ReducedDate;
import io.raqib.article.Article;
import io.raqib.article.ArticleField;
import io.raqib.claim.extraction.FigureKind;
import io.raqib.claim.extraction.Qualifier;
import io.raqib.claim.extraction.Stance;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.ProblemException;
import io.raqib.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads and writes of claims; every write records an outbox event for the claims index. */
@ApplicationScoped
public class ClaimService {
    @Inject
    ClaimSelection selection;

    @Inject
    ObjectMapper json;

    @Inject
    ClaimConfirmations confirmations;

    @Inject
    ClaimSearch search;

    static final int EXPORT_TIMEOUT_SECONDS = 3600;

    /**
     * The claims matching a filter, a page at a time. A full-text page opens no transaction: the index
     * filters, orders and pages it and holds the claims' fields, and the database is read (if at all)
     * only for the confirmations' buckets not in memory, which needs none.
     */
    public PageView<ClaimView> list(ClaimFilter.Parsed filter, Paging paging) {
        ClaimSelection.Selection selection = this.selection.select(filter);
        if (selection.empty()) {
            return new PageView<>(List.of(), 0, paging.page, paging.size);
        }
        if (selection.text() == null) {
            return listed(selection, paging);
        }
        ClaimSelection.Text text = selection.text();
        ClaimSearch.Matches found = search.page(text.query(), text.filters(), text.sort(),
                paging.page * paging.size, paging.size);
        return new PageView<>(views(found.documents()), found.total(), paging.page, paging.size);
    }

    /** A page of the database's selection, read with its count in one transaction. */
    @Transactional
    PageView<ClaimView> listed(ClaimSelection.Selection selection, Paging paging) {
        var found = Claim.find(selection.query(), selection.sort(), selection.where().params())
                .page(paging.page, paging.size);
        List<ClaimView> items = confirmations.views(found.<Claim>list());
        return new PageView<>(items, found.count(), paging.page, paging.size);
    }

    /**
     * The page as the index holds it, with confirmations; claims whose documents predate the view's
     * fields (an index not yet rebuilt) are read from the database.
     */
    private List<ClaimView> views(List<ClaimDocument> documents) {
        if (documents.stream().allMatch(ClaimDocument::complete)) {
            return confirmations.viewsOfDocuments(documents);
        }
        return confirmations.views(ClaimBatches.load(documents.stream().map(ClaimDocument::id).toList()));
    }

    @Inject
    ClaimsAsKnown asKnown;

    /** The claims matching a filter as the archive knew them at {@code at} (null: now), a page at a time. */
    public PageView<ClaimView> list(ClaimFilter.Parsed filter, Paging paging, Instant at) {
        return at == null ? list(filter, paging) : listAsKnown(filter, paging, at);
    }

    @Transactional
    PageView<ClaimView> listAsKnown(ClaimFilter.Parsed filter, Paging paging, Instant at) {
        PageView<ClaimView> none = new PageView<>(List.of(), 0, paging.page, paging.size);
        Optional<io.raqib.common.Where> where = ClaimQuery.where(filter);
        Optional<java.util.function.Predicate<Claim>> same = ClaimQuery.predicate(filter);
        if (where.isEmpty() || same.isEmpty()) {
            return none;
        }
        java.util.function.Predicate<Claim> test = same.get();
        Comparator<Claim> order = ClaimQuery.comparator(filter.sort());
        int first = paging.page * paging.size;
        int size = paging.size;
        if (filter.q() != null) {
            List<Long> ranked = search.matchingIds(search.parse(filter.q()));
            if (ranked.isEmpty()) {
                return none;
            }
            Map<Long, Integer> rank = new HashMap<>();
            ranked.forEach(id -> rank.putIfAbsent(id, rank.size()));
            where.get().and("c.id in :matches", "matches", ranked);
            test = test.and(c -> rank.containsKey(c.id));
            if (filter.sort() == null) {
                order = Comparator.comparing(c -> rank.get(c.id));
            }
            first = 0;
            size = ranked.size() + paging.page * paging.size + paging.size;
        }
        var snapshot = asKnown.snapshot(at);
        ClaimsAsKnown.Found found = asKnown.page(snapshot, where.get(), test, ClaimQuery.sort(filter.sort()), order, first,
                size);
        List<Claim> items = found.items();
        if (filter.q() != null) {
            int from = Math.min(items.size(), paging.page * paging.size);
            items = items.subList(from, Math.min(items.size(), from + paging.size));
        }
        return new PageView<>(confirmations.views(items, snapshot), found.total(), paging.page, paging.size);
    }

    /** The claims with these ids, in this order, read in one query. */
    static List<ClaimView> inOrder(List<Long> ids) {
        return ClaimBatches.load(ids).stream().map(ClaimView::of).toList();
    }

    /** How many claims match a filter (a full-text query is checked here: 400 or 503 before an export starts). */
    @Transactional
    public long count(ClaimFilter.Parsed filter) {
        ClaimSelection.Selection selection = this.selection.select(filter);
        if (selection.empty()) {
            return 0;
        }
        if (selection.text() != null) {
            ClaimSelection.Text text = selection.text();
            return search.page(text.query(), text.filters(), text.sort(), 0, 0).total();
        }
        return Claim.count(selection.query(), selection.where().params());
    }

    /**
     * Hands every claim matching a filter (up to {@code limit}), in the filter's order, to {@code sink},
     * a batch at a time: the ids stream from the database (or page through the index, for full
     * text) and each batch is read in one query and let go before the next, so memory stays
     * bounded whatever the number of claims. One read-only transaction, long enough for a big export.
     */
    public void export(ClaimFilter.Parsed filter, int limit, Consumer<ClaimView> sink) {
        QuarkusTransaction.requiringNew().timeout(EXPORT_TIMEOUT_SECONDS).run(() -> {
            ClaimSelection.Selection selection = this.selection.select(filter);
            if (selection.empty()) {
                return;
            }
            if (selection.text() != null) {
                ClaimSelection.Text text = selection.text();
                EntityManager em = Claim.getEntityManager();
                search.each(text.query(), text.filters(), text.sort(), limit, ClaimBatches.SIZE, ids -> {
                    inOrder(ids).forEach(sink);
                    em.clear();
                });
                return;
            }
            ClaimBatches.each("select c.id " + selection.query() + ClaimQuery.orderBy(filter.sort()),
                    selection.where().params(), limit, claims -> claims.forEach(c -> sink.accept(ClaimView.of(c))));
        });
    }

    /** Every claim matching a filter (up to {@code limit}), in the filter's order. */
    @Transactional
    public List<ClaimView> all(ClaimFilter.Parsed filter, int limit) {
        ClaimSelection.Selection selection = this.selection.select(filter);
        if (selection.empty()) {
            return List.of();
        }
        if (selection.text() != null) {
            ClaimSelection.Text text = selection.text();
            List<ClaimView> out = new ArrayList<>();
            search.each(text.query(), text.filters(), text.sort(), limit, 1000, ids -> out.addAll(inOrder(ids)));
            return out;
        }
        return Claim.find(selection.query(), selection.sort(), selection.where().params()).range(0, limit - 1)
                .<Claim>list().stream().map(ClaimView::of).toList();
    }

    @Transactional
    public ClaimView get(long id) {
        return confirmations.view(require(id));
    }

    @Transactional
    public PageView<ClaimView> ofArticle(long articleId, Paging paging) {
        Article.require(articleId);
        var found = Claim.find("article.id = ?1", Sort.descending("field").and("start").and("id"), articleId)
                .page(paging.page, paging.size);
        return new PageView<>(confirmations.views(found.<Claim>list()), found.count(),
                paging.page, paging.size);
    }

    /** A claim a person adds: its evidence must be where the offsets say. */
    @RetriedOnConflict
    @Transactional
    public ClaimView create(ClaimInput input) {
        Article article = Article.findById(input.articleId());
        if (article == null) {
            throw ProblemException.badRequest("article " + input.articleId() + " does not exist");
        }
        ArticleField field = Codes.parse(ArticleField.class, "field", input.field());
        int start = input.start();
        int end = input.end();
        String evidence = article.evidence(field, start, end);
        if (input.text() != null && !input.text().equals(evidence)) {
            throw ProblemException.badRequest("text does not match the article's " + field.name().toLowerCase()
                    + " at " + start + ".." + end + ", which reads '" + evidence + "'");
        }
        Claim claim = new Claim();
        claim.article = article;
        claim.field = field;
        claim.start = start;
        claim.end = end;
        claim.text = evidence;
        claim.sentence = ArabicSentences.around(article.text(field), start, end);
        claim.qualifier = Optional.ofNullable(Codes.parse(Qualifier.class, "qualifier", input.qualifier()))
                .orElse(Qualifier.EXACT);
        claim.figureValue = ClaimFigures.nonNegative("value", input.value());
        claim.low = ClaimFigures.nonNegative("low", input.low());
        claim.high = ClaimFigures.nonNegative("high", input.high());
        claim.force = Codes.force("force", input.force());
        claim.country = Codes.country("country", input.country());
        ClaimFigures.setPlace(claim, input.place());
        claim.kind = Optional.ofNullable(Codes.parse(FigureKind.class, "kind", input.kind()))
                .orElse(FigureKind.PRESENCE);
        ReducedDate asOf = Codes.reducedDate("asOf", input.asOf());
        ClaimFigures.setAsOf(claim, asOf != null ? asOf
                : article.publishedAt == null ? null : ReducedDate.parse(article.publishedAt.toString()));
        ClaimFigures.setAttribution(claim, input.attribution());
        claim.stance = Optional.ofNullable(Codes.parse(Stance.class, "stance", input.stance())).orElse(Stance.ASSERTED);
        claim.confidence = input.confidence() == null ? 1.0 : input.confidence();
        if (claim.confidence < 0 || claim.confidence > 1) {
            throw ProblemException.badRequest("confidence must be from 0 to 1, not " + input.confidence());
        }
        claim.origin = Origin.MANUAL;
        claim.review = Optional.ofNullable(Codes.parse(Review.class, "review", input.review()))
                .orElse(Review.UNREVIEWED);
        claim.reviewNote = input.reviewNote();
        ClaimFigures.checkFigure(claim);
        claim.createdAt = Instant.now();
        claim.updatedAt = claim.createdAt;
        if (claim.review != Review.UNREVIEWED) {
            claim.reviewedAt = claim.createdAt;
        }
        claim.persist();
        OutboxEvent.record(ClaimIngest.AGGREGATE, claim.id, OutboxEvent.Operation.UPSERT);
        return confirmations.view(claim);
    }

    static Claim require(long id) {
        Claim claim = Claim.findById(id);
        if (claim == null) {
            throw ProblemException.notFound("claim", id);
        }
        return claim;
    }

    static Comparator<Claim> byAsOf() {
        return Comparator.comparing((Claim c) -> c.asOfDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> c.id);
    }
}
