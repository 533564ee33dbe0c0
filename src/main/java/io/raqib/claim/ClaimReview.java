package io.raqib.claim;

import io.raqib.common.RetriedOnConflict;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.raqib.claim.extraction.FigureKind;
import io.raqib.claim.extraction.Qualifier;
import io.raqib.claim.extraction.Stance;
import io.raqib.common.Codes;
import io.raqib.common.MergePatch;
import io.raqib.common.Origin;
import io.raqib.common.ProblemException;
import io.raqib.common.Review;
import io.raqib.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A person's review of a claim, as a JSON merge patch: a verdict, a note, and corrected values.
 * Changing a value is a correction: the extractor's values are kept in {@code extracted}.
 */
@ApplicationScoped
public class ClaimReview {
    /** The fields a merge patch may set; the first group are the figure's values (a change is a correction). */
    static final Set<String> CORRECTABLE = Set.of("value", "low", "high", "qualifier", "force", "country", "place",
            "kind", "asOf", "stance", "attribution");
    static final Set<String> PATCHABLE = Set.copyOf(Stream.concat(CORRECTABLE.stream(), Stream.of("review", "reviewNote"))
            .toList());

    @Inject
    MergePatch mergePatch;

    @Inject
    ObjectMapper json;

    @Inject
    ClaimConfirmations confirmations;

    /** JSON merge patch (RFC 7396) of a claim's review and values. */
    @RetriedOnConflict
    @Transactional
    public ClaimView patch(long id, JsonNode patch) {
        Set<String> fields = mergePatch.fields(patch, PATCHABLE, "the body must be a JSON object (a merge patch)",
                name -> "unknown or read-only field '" + name + "'; a patch may set "
                        + String.join(", ", PATCHABLE.stream().sorted().toList()));
        Claim claim = ClaimService.require(id);
        Map<String, Object> before = values(claim);
        ClaimPatch p = mergePatch.merge(ClaimPatch.of(claim), patch, ClaimPatch.class);
        if (fields.contains("value")) {
            claim.figureValue = ClaimFigures.nonNegative("value", p.value());
        }
        if (fields.contains("low")) {
            claim.low = ClaimFigures.nonNegative("low", p.low());
        }
        if (fields.contains("high")) {
            claim.high = ClaimFigures.nonNegative("high", p.high());
        }
        if (fields.contains("qualifier")) {
            claim.qualifier = required("qualifier", Codes.parse(Qualifier.class, "qualifier", p.qualifier()));
        }
        if (fields.contains("kind")) {
            claim.kind = required("kind", Codes.parse(FigureKind.class, "kind", p.kind()));
        }
        if (fields.contains("stance")) {
            claim.stance = required("stance", Codes.parse(Stance.class, "stance", p.stance()));
        }
        if (fields.contains("force")) {
            claim.force = Codes.force("force", p.force());
        }
        if (fields.contains("country")) {
            claim.country = Codes.country("country", p.country());
        }
        if (fields.contains("place")) {
            ClaimFigures.setPlace(claim, p.place());
        }
        if (fields.contains("asOf")) {
            ClaimFigures.setAsOf(claim, Codes.reducedDate("asOf", p.asOf()));
        }
        if (fields.contains("attribution")) {
            ClaimFigures.setAttribution(claim, p.attribution());
        }
        if (CORRECTABLE.stream().anyMatch(fields::contains)) {
            ClaimFigures.checkFigure(claim);
        }
        boolean corrected = !before.equals(values(claim));
        Review requested = fields.contains("review")
                ? required("review", Codes.parse(Review.class, "review", p.review())) : null;
        if (corrected) {
            if (claim.origin == Origin.EXTRACTED && claim.extracted == null) {
                claim.extracted = toJson(before);
            }
            claim.review = requested == Review.REJECTED ? Review.REJECTED : Review.CORRECTED;
        } else if (requested != null) {
            claim.review = requested;
        }
        if (fields.contains("reviewNote")) {
            String note = p.reviewNote();
            claim.reviewNote = note == null || note.isBlank() ? null : note.strip();
        }
        claim.reviewedAt = Instant.now();
        claim.updatedAt = claim.reviewedAt;
        OutboxEvent.record(ClaimIngest.AGGREGATE, claim.id, OutboxEvent.Operation.UPSERT);
        return confirmations.view(claim);
    }

    /** The values a correction compares (and keeps in {@code extracted}), as the API writes them. */
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

    private static <T> T required(String name, T value) {
        if (value == null) {
            throw ProblemException.badRequest(name + " cannot be removed");
        }
        return value;
    }
}
