package io.raqib.deadline;

import io.raqib.common.Review;
import io.raqib.common.Origin;
import io.raqib.arabic.ArabicSentences;
import io.raqib.article.Article;
import com.fasterxml.jackson.databind.JsonNode;
import io.raqib.common.Codes;
import io.raqib.common.MergePatch;
import io.raqib.common.ProblemException;
import io.raqib.source.SourceRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deadlines people add and correct, and one deadline with its chain. Extraction lives in
 * {@link DeadlineIngest}, lists and calendars in {@link DeadlineQueries}.
 */
@ApplicationScoped
public class DeadlineService {
    @Inject
    DeadlineQueries queries;

    @Inject
    MergePatch mergePatch;

    @Transactional
    public DeadlineView get(long id) {
        Deadline d = require(id);
        LocalDate today = queries.today();
        List<Deadline> chain = d.chainKey == null ? List.of(d) : Deadline.chain(d.chainKey);
        Map<Long, Long> confirmations = Deadline.confirmationCounts(chain);
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
        d.subject = input.subject();
        d.qualifier = input.qualifier();
        d.force = Codes.force("force", input.force());
        d.country = Codes.country("country", input.country());
        d.announcedBy = blankToNull(input.announcedBy());
        d.announcer = SourceRegistry.within(d.announcedBy);
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

    /** A correction as a JSON merge patch (RFC 7396): fields left out stay, null clears. */
    @Transactional
    public DeadlineView patch(long id, JsonNode body) {
        Set<String> fields = mergePatch.fields(body, Set.copyOf(DeadlinePatch.FIELDS),
                "the body must be a JSON object of fields to correct",
                name -> "unknown field '" + name + "'; a patch may hold " + DeadlinePatch.FIELDS);
        Deadline d = require(id);
        DeadlinePatch patch = mergePatch.merge(DeadlinePatch.of(d), body, DeadlinePatch.class);
        String oldKey = d.chainKey;
        if (fields.contains("due")) {
            d.setDue(Codes.reducedDate("due", patch.due().orElse(null)));
        }
        if (fields.contains("dueText")) {
            d.dueText = blankToNull(patch.dueText().orElse(null));
        }
        if (fields.contains("subject")) {
            d.subject = patch.subject()
                    .orElseThrow(() -> ProblemException.badRequest("subject cannot be null"));
        }
        if (fields.contains("qualifier")) {
            d.qualifier = patch.qualifier().orElse(null);
        }
        if (fields.contains("force")) {
            d.force = Codes.force("force", patch.force().orElse(null));
        }
        if (fields.contains("country")) {
            d.country = Codes.country("country", patch.country().orElse(null));
        }
        if (fields.contains("announcedBy")) {
            d.announcedBy = blankToNull(patch.announcedBy().orElse(null));
            d.announcer = SourceRegistry.within(d.announcedBy);
            d.originator = d.announcedBy;
        }
        if (fields.contains("review")) {
            d.review = patch.review()
                    .orElseThrow(() -> ProblemException.badRequest("review cannot be null"));
        } else if (!fields.isEmpty()) {
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
