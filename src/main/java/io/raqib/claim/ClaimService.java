package io.raqib.claim;

import io.raqib.common.RetriedOnConflict;
import io.raqib.arabic.ArabicSentences;
import io.raqib.common.Codes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.raqib.arabic.ReducedDate;
import io.raqib.article.Article;
import io.raqib.article.ArticleService;
import io.raqib.article.ArticleField;
import io.raqib.claim.extraction.FigureKind;
import io.raqib.claim.extraction.Qualifier;
import io.raqib.claim.extraction.Stance;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.ProblemException;
import io.raqib.search.ClaimSearch;
import io.raqib.search.OutboxEvent;
import io.raqib.source.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Reads and writes of claims; every write records an outbox event for the claims index. */
@ApplicationScoped
public class ClaimService {
    @Inject
    ClaimSearch search;

    @Inject
    ObjectMapper json;

    /** The claims matching a filter, a page at a time. */
    @Transactional
    public PageView<ClaimView> list(ClaimFilter.Parsed filter, Paging paging) {
        Selection selection = select(filter);
        if (selection.empty()) {
            return new PageView<>(List.of(), 0, paging.page, paging.size);
        }
        if (selection.ranked() != null) {
            List<Long> ranked = selection.ranked();
            int from = Math.min(ranked.size(), paging.page * paging.size);
            List<Long> pageIds = ranked.subList(from, Math.min(ranked.size(), from + paging.size));
            Map<Long, Claim> byId = new HashMap<>();
            if (!pageIds.isEmpty()) {
                Claim.<Claim>list("id in ?1", pageIds).forEach(c -> byId.put(c.id, c));
            }
            List<ClaimView> items = pageIds.stream().map(byId::get).filter(Objects::nonNull).map(ClaimView::of).toList();
            return new PageView<>(items, ranked.size(), paging.page, paging.size);
        }
        var found = Claim.find(selection.query(), selection.sort(), selection.params())
                .page(paging.page, paging.size);
        List<ClaimView> items = found.<Claim>list().stream().map(ClaimView::of).toList();
        return new PageView<>(items, found.count(), paging.page, paging.size);
    }

    /** Every claim matching a filter (up to {@code limit}), in the filter's order. */
    @Transactional
    public List<ClaimView> all(ClaimFilter.Parsed filter, int limit) {
        Selection selection = select(filter);
        if (selection.empty()) {
            return List.of();
        }
        if (selection.ranked() != null) {
            List<Long> ids = selection.ranked().subList(0, Math.min(limit, selection.ranked().size()));
            Map<Long, Claim> byId = new HashMap<>();
            for (int i = 0; i < ids.size(); i += 1000) {
                Claim.<Claim>list("id in ?1", ids.subList(i, Math.min(ids.size(), i + 1000)))
                        .forEach(c -> byId.put(c.id, c));
            }
            return ids.stream().map(byId::get).filter(Objects::nonNull).map(ClaimView::of).toList();
        }
        return Claim.find(selection.query(), selection.sort(), selection.params()).range(0, limit - 1)
                .<Claim>list().stream().map(ClaimView::of).toList();
    }

    /** A JPQL selection; or, for a full-text query without an explicit sort, the ids by relevance. */
    private record Selection(String query, Parameters params, Sort sort, List<Long> ranked, boolean empty) {
    }

    private Selection select(ClaimFilter.Parsed f) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (f.articleId() != null) {
            where.add("c.article.id = :articleId");
            params.and("articleId", f.articleId());
        }
        if (f.force() != null) {
            where.add("c.force = :force");
            params.and("force", f.force());
        }
        if (f.country() != null) {
            where.add("c.country = :country");
            params.and("country", f.country());
        }
        if (f.placeKey() != null) {
            where.add("c.placeKey = :place");
            params.and("place", f.placeKey());
        }
        if (f.kind() != null) {
            where.add("c.kind = :kind");
            params.and("kind", f.kind());
        }
        if (f.qualifier() != null) {
            where.add("c.qualifier = :qualifier");
            params.and("qualifier", f.qualifier());
        }
        if (f.from() != null) {
            where.add("c.asOfDate >= :from");
            params.and("from", f.from());
        }
        if (f.to() != null) {
            where.add("c.asOfDate <= :to");
            params.and("to", f.to());
        }
        if (f.stance() != null) {
            where.add("c.stance = :stance");
            params.and("stance", f.stance());
        }
        if (f.review() != null) {
            where.add("c.review = :review");
            params.and("review", f.review());
        }
        if (f.origin() != null) {
            where.add("c.origin = :origin");
            params.and("origin", f.origin());
        }
        if (f.outlet() != null) {
            Optional<Source> outlet = ArticleService.resolveOutlet(f.outlet());
            if (outlet.isEmpty()) {
                return new Selection(null, null, null, null, true);
            }
            where.add("c.article.outlet = :outlet");
            params.and("outlet", outlet.get());
        }
        if (f.attributedTo() != null) {
            Optional<Source> source = ArticleService.resolveOutlet(f.attributedTo());
            if (source.isEmpty()) {
                return new Selection(null, null, null, null, true);
            }
            where.add("(c.attributedTo = :source or c.reportedBy = :source)");
            params.and("source", source.get());
        }
        if (f.originator() != null) {
            Optional<Source> source = ArticleService.resolveOutlet(f.originator());
            if (source.isEmpty()) {
                return new Selection(null, null, null, null, true);
            }
            where.add("c.attributedTo = :originator");
            params.and("originator", source.get());
        }
        if (f.reporter() != null) {
            Optional<Source> source = ArticleService.resolveOutlet(f.reporter());
            if (source.isEmpty()) {
                return new Selection(null, null, null, null, true);
            }
            where.add("c.reportedBy = :reporter");
            params.and("reporter", source.get());
        }
        List<Long> matches = null;
        if (f.q() != null) {
            matches = search.matchingIds(search.parse(f.q()));
            if (matches.isEmpty()) {
                return new Selection(null, null, null, null, true);
            }
            where.add("c.id in :matches");
            params.and("matches", matches);
        }
        String query = "from Claim c" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        if (matches != null && f.sort() == null) {
            var ids = Claim.getEntityManager().createQuery("select c.id " + query, Long.class);
            params.map().forEach(ids::setParameter);
            Set<Long> allowed = new HashSet<>(ids.getResultList());
            List<Long> ranked = matches.stream().filter(allowed::contains).toList();
            return new Selection(null, null, null, ranked, ranked.isEmpty());
        }
        return new Selection(query, params, sortOf(f.sort()), null, false);
    }

    private static Sort sortOf(String sort) {
        String key = sort == null ? "-asOf" : sort;
        Sort.Direction direction = key.startsWith("-") ? Sort.Direction.Descending : Sort.Direction.Ascending;
        String field = switch (key.replace("-", "")) {
            case "value" -> "figureValue";
            case "confidence" -> "confidence";
            default -> "asOfDate";
        };
        return Sort.by(field, direction, Sort.NullPrecedence.NULLS_LAST).and("id", direction);
    }

    @Transactional
    public ClaimView get(long id) {
        return ClaimView.of(require(id));
    }

    @Transactional
    public PageView<ClaimView> ofArticle(long articleId, Paging paging) {
        if (Article.findById(articleId) == null) {
            throw ProblemException.notFound("article", articleId);
        }
        var found = Claim.find("article.id = ?1", Sort.descending("field").and("startOffset").and("id"), articleId)
                .page(paging.page, paging.size);
        return new PageView<>(found.<Claim>list().stream().map(ClaimView::of).toList(), found.count(),
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
        claim.startOffset = start;
        claim.endOffset = end;
        claim.text = evidence;
        claim.sentence = ArabicSentences.around(article.text(field), start, end);
        claim.qualifier = Optional.ofNullable(Codes.parse(Qualifier.class, "qualifier", input.qualifier()))
                .orElse(Qualifier.EXACT);
        claim.figureValue = nonNegative("value", input.value());
        claim.low = nonNegative("low", input.low());
        claim.high = nonNegative("high", input.high());
        claim.force = Codes.force("force", input.force());
        claim.country = Codes.country("country", input.country());
        ClaimExtraction.setPlace(claim, input.place());
        claim.kind = Optional.ofNullable(Codes.parse(FigureKind.class, "kind", input.kind()))
                .orElse(FigureKind.PRESENCE);
        ReducedDate asOf = Codes.reducedDate("asOf", input.asOf());
        ClaimExtraction.setAsOf(claim, asOf != null ? asOf
                : article.publishedAt == null ? null : ReducedDate.parse(article.publishedAt.toString()));
        setAttribution(claim, input.attribution());
        claim.stance = Optional.ofNullable(Codes.parse(Stance.class, "stance", input.stance())).orElse(Stance.ASSERTED);
        claim.confidence = input.confidence() == null ? 1.0 : input.confidence();
        if (claim.confidence < 0 || claim.confidence > 1) {
            throw ProblemException.badRequest("confidence must be from 0 to 1, not " + input.confidence());
        }
        claim.origin = Claim.Origin.MANUAL;
        claim.review = Optional.ofNullable(Codes.parse(Claim.Review.class, "review", input.review()))
                .orElse(Claim.Review.UNREVIEWED);
        claim.reviewNote = input.reviewNote();
        checkFigure(claim);
        claim.createdAt = Instant.now();
        claim.updatedAt = claim.createdAt;
        if (claim.review != Claim.Review.UNREVIEWED) {
            claim.reviewedAt = claim.createdAt;
        }
        claim.persist();
        OutboxEvent.record(ClaimExtraction.AGGREGATE, claim.id, OutboxEvent.Operation.UPSERT);
        return ClaimView.of(claim);
    }

    /** The fields a merge patch may set; the first group are the figure's values (a change is a correction). */
    static final Set<String> CORRECTABLE = Set.of("value", "low", "high", "qualifier", "force", "country", "place",
            "kind", "asOf", "stance", "attribution");
    static final Set<String> PATCHABLE = union(CORRECTABLE, Set.of("review", "reviewNote"));

    /** JSON merge patch (RFC 7396) of a claim's review and values. */
    @RetriedOnConflict
    @Transactional
    public ClaimView patch(long id, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest("the body must be a JSON object (a merge patch)");
        }
        for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!PATCHABLE.contains(name)) {
                throw ProblemException.badRequest("unknown or read-only field '" + name + "'; a patch may set "
                        + String.join(", ", PATCHABLE.stream().sorted().toList()));
            }
        }
        Claim claim = require(id);
        Map<String, Object> before = values(claim);
        if (patch.has("value")) {
            claim.figureValue = nonNegative("value", longOf(patch, "value"));
        }
        if (patch.has("low")) {
            claim.low = nonNegative("low", longOf(patch, "low"));
        }
        if (patch.has("high")) {
            claim.high = nonNegative("high", longOf(patch, "high"));
        }
        if (patch.has("qualifier")) {
            claim.qualifier = required("qualifier", Codes.parse(Qualifier.class, "qualifier", textOf(patch, "qualifier")));
        }
        if (patch.has("kind")) {
            claim.kind = required("kind", Codes.parse(FigureKind.class, "kind", textOf(patch, "kind")));
        }
        if (patch.has("stance")) {
            claim.stance = required("stance", Codes.parse(Stance.class, "stance", textOf(patch, "stance")));
        }
        if (patch.has("force")) {
            claim.force = Codes.force("force", textOf(patch, "force"));
        }
        if (patch.has("country")) {
            claim.country = Codes.country("country", textOf(patch, "country"));
        }
        if (patch.has("place")) {
            ClaimExtraction.setPlace(claim, textOf(patch, "place"));
        }
        if (patch.has("asOf")) {
            ClaimExtraction.setAsOf(claim, Codes.reducedDate("asOf", textOf(patch, "asOf")));
        }
        if (patch.has("attribution")) {
            setAttribution(claim, textOf(patch, "attribution"));
        }
        boolean valuesTouched = CORRECTABLE.stream().anyMatch(patch::has);
        if (valuesTouched) {
            checkFigure(claim);
        }
        boolean corrected = !before.equals(values(claim));
        Claim.Review requested = patch.has("review")
                ? required("review", Codes.parse(Claim.Review.class, "review", textOf(patch, "review"))) : null;
        if (corrected) {
            if (claim.origin == Claim.Origin.EXTRACTED && claim.extracted == null) {
                claim.extracted = toJson(before);
            }
            claim.review = requested == Claim.Review.REJECTED ? Claim.Review.REJECTED : Claim.Review.CORRECTED;
        } else if (requested != null) {
            claim.review = requested;
        }
        if (patch.has("reviewNote")) {
            String note = textOf(patch, "reviewNote");
            claim.reviewNote = note == null || note.isBlank() ? null : note.strip();
        }
        claim.reviewedAt = Instant.now();
        claim.updatedAt = claim.reviewedAt;
        OutboxEvent.record(ClaimExtraction.AGGREGATE, claim.id, OutboxEvent.Operation.UPSERT);
        return ClaimView.of(claim);
    }

    private static Map<String, Object> values(Claim c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("value", c.figureValue);
        v.put("low", c.low);
        v.put("high", c.high);
        v.put("qualifier", Codes.code(c.qualifier));
        v.put("force", c.force);
        v.put("country", c.country);
        v.put("place", c.place);
        v.put("kind", Codes.code(c.kind));
        v.put("asOf", c.asOf);
        v.put("stance", Codes.code(c.stance));
        v.put("attribution", c.attribution);
        return v;
    }

    private String toJson(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Bounds follow the value and qualifier (exact: both; more_than/at_least: low; less_than/at_most:
     * high; approx: none); a range keeps its own low and high.
     */
    private static void checkFigure(Claim c) {
        if (c.qualifier == Qualifier.RANGE) {
            if (c.low == null || c.high == null || c.low > c.high) {
                throw ProblemException.badRequest("a range needs low and high with low <= high");
            }
            c.figureValue = null;
            return;
        }
        if (c.figureValue == null) {
            if (c.vague == null) {
                throw ProblemException.badRequest("value is required unless qualifier is range");
            }
            return;
        }
        c.vague = null;
        switch (c.qualifier) {
            case EXACT -> {
                c.low = c.figureValue;
                c.high = c.figureValue;
            }
            case MORE_THAN, AT_LEAST -> {
                c.low = c.figureValue;
                c.high = null;
            }
            case LESS_THAN, AT_MOST -> {
                c.low = null;
                c.high = c.figureValue;
            }
            default -> {
                c.low = null;
                c.high = null;
            }
        }
    }

    private static void setAttribution(Claim claim, String attribution) {
        if (attribution != null && attribution.strip().length() > 500) {
            throw ProblemException.badRequest("attribution must be at most 500 characters, not "
                    + attribution.strip().length());
        }
        claim.attribution = attribution == null || attribution.isBlank() ? null : attribution.strip();
        claim.attributedTo = ClaimSources.originator(claim.attribution, null);
        // A person names the originator; a reporter read from the text stays.
        claim.originator = claim.attribution;
    }

    private static Long nonNegative(String name, Long value) {
        if (value != null && value < 0) {
            throw ProblemException.badRequest(name + " must not be negative, not " + value);
        }
        return value;
    }

    private static <T> T required(String name, T value) {
        if (value == null) {
            throw ProblemException.badRequest(name + " cannot be removed");
        }
        return value;
    }

    private static Long longOf(JsonNode patch, String name) {
        JsonNode node = patch.get(name);
        if (node.isNull()) {
            return null;
        }
        if (!node.canConvertToExactIntegral() || !node.canConvertToLong()) {
            throw ProblemException.badRequest(name + " must be a whole number or null, not " + node);
        }
        return node.longValue();
    }

    private static String textOf(JsonNode patch, String name) {
        JsonNode node = patch.get(name);
        if (node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ProblemException.badRequest(name + " must be a string or null, not " + node);
        }
        return node.textValue();
    }

    static Claim require(long id) {
        Claim claim = Claim.findById(id);
        if (claim == null) {
            throw ProblemException.notFound("claim", id);
        }
        return claim;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    static Comparator<Claim> byAsOf() {
        return Comparator.comparing((Claim c) -> c.asOfDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> c.id);
    }
}
