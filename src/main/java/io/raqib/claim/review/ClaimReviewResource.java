package io.raqib.claim.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.raqib.claim.ClaimFilter;
import io.raqib.common.Problem;
import io.raqib.config.RaqibConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reviewed claims as schema.org ClaimReview JSON-LD, for a fact-check desk to publish. */
@Path("/claims/reviews.jsonld")
@Tag(name = "Claims")
public class ClaimReviewResource {
    static final String EXAMPLE = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"ClaimReview\","
            + "\"@id\":\"http://localhost:8080/claims/42\",\"url\":\"http://localhost:8080/ui/claim.html?id=42\","
            + "\"claimReviewed\":\"ذكرت وزارة الدفاع الأمريكية أن عدد الجنود الأمريكيين في سوريا يبلغ 2000 جندي.\","
            + "\"inLanguage\":\"ar\",\"datePublished\":\"2025-01-10\",\"author\":{\"@type\":\"Organization\","
            + "\"name\":\"رقيب\",\"url\":\"http://localhost:8080/\"},\"itemReviewed\":{\"@type\":\"Claim\","
            + "\"author\":{\"@type\":\"Organization\",\"name\":\"وزارة الدفاع الأمريكية\"},\"datePublished\":\"2024-12-20\","
            + "\"appearance\":[{\"@type\":\"NewsArticle\",\"url\":\"https://example.com/news/2000-troops\","
            + "\"headline\":\"البنتاغون: 2000 جندي أمريكي في سوريا\",\"publisher\":{\"@type\":\"Organization\","
            + "\"name\":\"عنب بلدي\"},\"datePublished\":\"2024-12-20\"}]},\"reviewRating\":{\"@type\":\"Rating\","
            + "\"ratingValue\":5,\"bestRating\":5,\"worstRating\":1,\"alternateName\":\"صحيح\","
            + "\"ratingExplanation\":\"مطابق لبيان البنتاغون\"}}]}";

    @Inject
    ClaimReviews reviews;

    @Inject
    RaqibConfig config;

    @GET
    @Produces(ClaimReviews.MEDIA_TYPE)
    @Operation(operationId = "listClaimReviews", summary = "Reviewed claims as schema.org ClaimReview",
            description = "Every confirmed, corrected or rejected claim matching the filters of GET /claims (review "
                    + "aside), last reviewed first, as a JSON-LD `@graph` of ClaimReview documents: `claimReviewed` is "
                    + "the claim's sentence, `itemReviewed` a Claim whose author is the originator and whose appearance "
                    + "is the article, `reviewRating` 5 صحيح (confirmed), 3 صحيح جزئياً (corrected), 1 خاطئ "
                    + "(rejected). Up to raqib.claims.max-export-rows documents.")
    @APIResponse(responseCode = "200", description = "The reviews", content = @Content(mediaType = ClaimReviews.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(name = "one review", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ObjectNode list(@BeanParam ClaimFilter filter, @Context UriInfo uri) {
        filter.validated(); // a bad filter answers 400 before anything is read
        return reviews.reviewed(filter, config.claims().maxExportRows(), uri.getBaseUri());
    }
}
