package io.raqib.claim.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ClaimReview JSON-LD checked against what schema.org and the fact-check aggregators read: the
 * properties Google's ClaimReview guidelines require (claimReviewed, reviewRating with alternateName,
 * url, author) and recommend (itemReviewed as a Claim with author, datePublished and appearance;
 * datePublished), and only properties the schema.org vocabulary defines for each type.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ClaimReviewTest {
    static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L);
    static final String OUTLET = "نشرة التحقق " + RUN;

    // schema.org properties of each type used (own properties plus those inherited from CreativeWork / Thing)
    static final Set<String> CREATIVE_WORK = Set.of("@type", "@id", "url", "author", "datePublished", "inLanguage",
            "headline", "publisher", "name", "description");
    static final Set<String> CLAIM_REVIEW = union(CREATIVE_WORK, Set.of("@context", "claimReviewed", "itemReviewed",
            "reviewRating", "reviewBody"));
    static final Set<String> CLAIM = union(CREATIVE_WORK, Set.of("appearance", "firstAppearance", "claimInterpreter"));
    static final Set<String> RATING = Set.of("@type", "ratingValue", "bestRating", "worstRating", "alternateName",
            "ratingExplanation", "author", "name");
    static final Set<String> ORGANIZATION_OR_PERSON = Set.of("@type", "name", "url");

    static long confirmed;
    static long rejected;
    static long unreviewed;

    static Set<String> union(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(java.util.stream.Collectors.toSet());
    }

    @BeforeEach
    void archive() {
        if (confirmed != 0) {
            return;
        }
        long a = Api.createArticle(Map.of("title", "البنتاغون: 1200 جندي أمريكي في سوريا", "body",
                "ذكرت وزارة الدفاع الأمريكية أن عدد الجنود الأمريكيين في سوريا يبلغ 1200 جندي.", "publishedAt",
                "2019-02-03", "outlet", OUTLET, "url", "https://example.org/news/" + RUN));
        long b = Api.createArticle(Map.of("title", "مصادر: 7000 جندي أمريكي في العراق", "body",
                "قالت مصادر محلية إن 7000 جندي أمريكي يتمركزون في العراق.", "publishedAt", "2019-02-04", "outlet", OUTLET));
        long c = Api.createArticle(Map.of("title", "نحو 300 جندي فرنسي في العراق", "body",
                "قال مسؤول إن نحو 300 جندي فرنسي موجودون في العراق.", "publishedAt", "2019-02-05", "outlet", OUTLET));
        confirmed = firstClaim(a);
        rejected = firstClaim(b);
        unreviewed = firstClaim(c);
        review(confirmed, "{\"review\":\"confirmed\",\"reviewNote\":\"مطابق للبيان\"}");
        review(rejected, "{\"review\":\"rejected\"}");
    }

    static void review(long id, String patch) {
        given().contentType("application/merge-patch+json").body(patch.getBytes(StandardCharsets.UTF_8))
                .patch("/claims/" + id).then().statusCode(200);
    }

    static long firstClaim(long articleId) {
        List<Map<String, Object>> items = given().get("/articles/" + articleId + "/claims").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(c -> "body".equals(c.get("field"))).findFirst()
                .map(c -> ((Number) c.get("id")).longValue())
                .orElseThrow(() -> new AssertionError("no claim in the body of article " + articleId + ": " + items));
    }

    static JsonPath review(long id) {
        return given().accept("application/ld+json").get("/claims/" + id).then().statusCode(200)
                .contentType("application/ld+json").extract().jsonPath();
    }

    @Test
    void aConfirmedClaimIsAValidClaimReview() {
        JsonPath claim = given().get("/claims/" + confirmed).then().statusCode(200).extract().jsonPath();
        JsonPath review = review(confirmed);
        Map<String, Object> doc = review.getMap("");
        assertValidClaimReview(doc, true);
        assertThat(doc.get("@context")).isEqualTo("https://schema.org");
        assertThat(doc.get("claimReviewed")).isEqualTo(claim.getString("sentence"));
        String originator = claim.getString("attributionChain.originator.name") != null
                ? claim.getString("attributionChain.originator.name") : claim.getString("attributionChain.originator.text");
        assertThat(originator).isNotBlank();
        assertThat(review.getString("itemReviewed.author.name")).isEqualTo(originator);
        assertThat(review.getString("itemReviewed.appearance[0].url")).isEqualTo("https://example.org/news/" + RUN);
        assertThat(review.getString("itemReviewed.appearance[0].publisher.name")).isEqualTo(OUTLET);
        assertThat(review.getString("itemReviewed.datePublished")).isEqualTo("2019-02-03");
        assertThat(review.getInt("reviewRating.ratingValue")).isEqualTo(5);
        assertThat(review.getString("reviewRating.alternateName")).isEqualTo("صحيح");
        assertThat(review.getString("reviewRating.ratingExplanation")).isEqualTo("مطابق للبيان");
        assertThat(URI.create(review.getString("url")).getPath()).isEqualTo("/ui/claim.html");
    }

    @Test
    void reviewStatesMapToRatingsWithArabicVerdicts() {
        JsonPath no = review(rejected);
        assertValidClaimReview(no.getMap(""), true);
        assertThat(no.getInt("reviewRating.ratingValue")).isEqualTo(1);
        assertThat(no.getString("reviewRating.alternateName")).isEqualTo("خاطئ");
        JsonPath open = review(unreviewed);
        assertValidClaimReview(open.getMap(""), false);
        assertThat(open.getString("reviewRating.alternateName")).isEqualTo("لم يُراجَع بعد");
        assertThat(open.getMap("reviewRating")).doesNotContainKey("ratingValue");
        // plain JSON stays the default
        given().get("/claims/" + unreviewed).then().statusCode(200).contentType("application/json");
        given().accept("application/json").get("/claims/" + unreviewed).then().statusCode(200).contentType("application/json");
        given().accept("application/ld+json").get("/claims/999999999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theListHoldsTheReviewedClaimsOnly() {
        JsonPath list = given().queryParam("outlet", OUTLET).get("/claims/reviews.jsonld").then().statusCode(200)
                .contentType("application/ld+json").extract().jsonPath();
        assertThat(list.getString("'@context'")).isEqualTo("https://schema.org");
        List<Map<String, Object>> graph = list.getList("'@graph'");
        assertThat(graph).extracting(g -> g.get("@id").toString().replaceAll(".*/", ""))
                .containsExactlyInAnyOrder(Long.toString(confirmed), Long.toString(rejected));
        graph.forEach(g -> assertValidClaimReview(g, true));
        given().queryParam("force", "NAVY").get("/claims/reviews.jsonld").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    static void assertValidClaimReview(Map<String, Object> doc, boolean reviewed) {
        assertThat(doc.get("@type")).isEqualTo("ClaimReview");
        assertThat(CLAIM_REVIEW).containsAll(doc.keySet());
        // required by the ClaimReview guidelines
        assertThat((String) doc.get("claimReviewed")).isNotBlank();
        assertThat(URI.create((String) doc.get("url")).isAbsolute()).isTrue();
        Map<String, Object> author = (Map<String, Object>) doc.get("author");
        assertThat(ORGANIZATION_OR_PERSON).containsAll(author.keySet());
        assertThat((String) author.get("name")).isNotBlank();
        Map<String, Object> rating = (Map<String, Object>) doc.get("reviewRating");
        assertThat(rating.get("@type")).isEqualTo("Rating");
        assertThat(RATING).containsAll(rating.keySet());
        assertThat((String) rating.get("alternateName")).isNotBlank();
        if (reviewed) {
            int value = ((Number) rating.get("ratingValue")).intValue();
            assertThat(value).isBetween(((Number) rating.get("worstRating")).intValue(),
                    ((Number) rating.get("bestRating")).intValue());
            LocalDate.parse((String) doc.get("datePublished"));
        }
        // recommended: the claim itself, who made it, where it appeared
        Map<String, Object> claim = (Map<String, Object>) doc.get("itemReviewed");
        assertThat(claim.get("@type")).isEqualTo("Claim");
        assertThat(CLAIM).containsAll(claim.keySet());
        Map<String, Object> claimAuthor = (Map<String, Object>) claim.get("author");
        assertThat(claimAuthor.get("@type")).isIn("Organization", "Person");
        assertThat((String) claimAuthor.get("name")).isNotBlank();
        List<Map<String, Object>> appearance = (List<Map<String, Object>>) claim.get("appearance");
        assertThat(appearance).isNotEmpty();
        assertThat(CREATIVE_WORK).containsAll(appearance.get(0).keySet());
        assertThat(URI.create((String) appearance.get(0).get("url")).isAbsolute()).isTrue();
        LocalDate.parse((String) claim.get("datePublished"));
    }
}
