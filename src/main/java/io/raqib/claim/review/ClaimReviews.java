package io.raqib.claim.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.raqib.article.Article;
import io.raqib.claim.ClaimFilter;
import io.raqib.claim.ClaimService;
import io.raqib.claim.ClaimView;
import io.raqib.source.AttributionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Claims as schema.org ClaimReview documents (JSON-LD), the format fact-check aggregators and search
 * engines read: the claim's sentence is what was reviewed, its originator the claim's author, the
 * article where it appeared its appearance, and the review state the rating.
 */
@ApplicationScoped
public class ClaimReviews {
    public static final String MEDIA_TYPE = "application/ld+json";

    @Inject
    ClaimService claims;

    @Inject
    ObjectMapper json;

    /** True when the client asks for JSON-LD before plain JSON. */
    public static boolean preferred(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if ("application".equalsIgnoreCase(type.getType()) && "ld+json".equalsIgnoreCase(type.getSubtype())) {
                return true;
            }
            if (type.isWildcardType() || type.isWildcardSubtype() || "json".equalsIgnoreCase(type.getSubtype())) {
                return false;
            }
        }
        return false;
    }

    /** The review of one claim (an unreviewed claim has a rating without a value: not reviewed yet). */
    @Transactional
    public ObjectNode of(long id, URI base) {
        ObjectNode review = review(claims.get(id), base);
        review.put("@context", "https://schema.org");
        return reorderContextFirst(review);
    }

    /** Every reviewed claim (confirmed, corrected or rejected) matching the filter, last reviewed first. */
    @Transactional
    public ObjectNode reviewed(ClaimFilter filter, int max, URI base) {
        List<ClaimView> found = new ArrayList<>();
        for (String state : List.of("confirmed", "corrected", "rejected")) {
            filter.review = state;
            found.addAll(claims.all(filter.validated(), max));
        }
        found.sort(Comparator.comparing(ClaimView::updatedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ClaimView::id, Comparator.reverseOrder()));
        ObjectNode out = json.createObjectNode();
        out.put("@context", "https://schema.org");
        ArrayNode graph = out.putArray("@graph");
        found.stream().limit(max).forEach(c -> graph.add(review(c, base)));
        return out;
    }

    private ObjectNode review(ClaimView c, URI base) {
        Rating rating = Rating.of(c.review());
        Article article = Article.findById(c.articleId());
        ObjectNode review = json.createObjectNode();
        review.put("@type", "ClaimReview");
        review.put("@id", link(base, "claims/" + c.id()));
        review.put("url", link(base, "ui/claim.html?id=" + c.id()));
        review.put("claimReviewed", c.sentence());
        review.put("inLanguage", "ar");
        if (rating.reviewed() && c.updatedAt() != null) {
            review.put("datePublished", c.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        ObjectNode author = review.putObject("author");
        author.put("@type", "Organization");
        author.put("name", "رقيب");
        author.put("url", link(base, ""));

        ObjectNode claim = review.putObject("itemReviewed");
        claim.put("@type", "Claim");
        claim.set("author", originator(c));
        if (c.publishedAt() != null) {
            claim.put("datePublished", c.publishedAt().toString());
        }
        ObjectNode appearance = claim.putArray("appearance").addObject();
        appearance.put("@type", "NewsArticle");
        appearance.put("url", article != null && article.url != null ? article.url : link(base, "ui/article.html?id=" + c.articleId()));
        if (article != null) {
            appearance.put("headline", article.title);
        }
        if (c.outlet() != null) {
            ObjectNode publisher = appearance.putObject("publisher");
            publisher.put("@type", "Organization");
            publisher.put("name", c.outlet().name());
        }
        if (c.publishedAt() != null) {
            appearance.put("datePublished", c.publishedAt().toString());
        }

        ObjectNode stars = review.putObject("reviewRating");
        stars.put("@type", "Rating");
        if (rating.value() != null) {
            stars.put("ratingValue", rating.value());
            stars.put("bestRating", Rating.BEST);
            stars.put("worstRating", Rating.WORST);
        }
        stars.put("alternateName", rating.arabic());
        if (c.reviewNote() != null) {
            stars.put("ratingExplanation", c.reviewNote());
        }
        return review;
    }

    /** Who said it first: the registered originator, an anonymous one as a person, else the outlet. */
    private ObjectNode originator(ClaimView c) {
        ObjectNode author = json.createObjectNode();
        AttributionView chain = c.attributionChain();
        AttributionView.Party origin = chain == null ? null : chain.originator();
        if (origin != null && (origin.name() != null || origin.text() != null)) {
            author.put("@type", origin.anonymous() ? "Person" : "Organization");
            author.put("name", origin.name() != null ? origin.name() : origin.text());
        } else if (c.attribution() != null) {
            author.put("@type", "Organization");
            author.put("name", c.attribution());
        } else if (c.outlet() != null) {
            author.put("@type", "Organization");
            author.put("name", c.outlet().name());
        } else {
            author.put("@type", "Organization");
            author.put("name", "غير معروف");
        }
        return author;
    }

    private ObjectNode reorderContextFirst(ObjectNode review) {
        ObjectNode out = json.createObjectNode();
        out.set("@context", review.get("@context"));
        review.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("@context")) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    private static String link(URI base, String path) {
        return base.resolve(path).toString();
    }
}
