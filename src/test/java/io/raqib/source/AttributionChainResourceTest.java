package io.raqib.source;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Attribution chains against the real servers: originator, reporter and outlet told apart on
 * claims and deadlines, the filters over each, the track record, merges and re-extraction.
 * Our own sentences, dated 2001 so that no other test's claims fall in the conflict window.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class AttributionChainResourceTest {

    /** Latin letters only: a digit would end a name in the chain reader. */
    static String marker() {
        Random random = new Random();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            out.append((char) ('A' + random.nextInt(26)));
        }
        return out.toString();
    }

    static Map<String, Object> article(String title, String body, String publishedAt, String outlet) {
        Map<String, Object> a = new HashMap<>();
        a.put("title", title);
        a.put("body", body);
        a.put("publishedAt", publishedAt);
        a.put("outlet", outlet);
        return a;
    }

    static JsonPath get(String path, Map<String, ?> params) {
        return given().queryParams(params).when().get(path).then().statusCode(200).extract().jsonPath();
    }

    static int total(String path, String param, Object value) {
        return get(path, Map.of(param, value)).getInt("total");
    }

    static Map<String, Object> claimWith(long articleId, String text) {
        List<Map<String, Object>> items = get("/articles/" + articleId + "/claims", Map.of("size", 100)).getList("items");
        return items.stream().filter(c -> ((String) c.get("text")).contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with " + text + " in " + items));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> party(Map<String, Object> item, String role) {
        return (Map<String, Object>) ((Map<String, Object>) item.get("attributionChain")).get(role);
    }

    static long id(Map<String, Object> party) {
        return ((Number) party.get("id")).longValue();
    }

    static JsonPath stats(long sourceId) {
        return get("/sources/" + sourceId + "/stats", Map.of());
    }

    @Test
    void originatorReporterAndOutletAreToldApartFilteredCountedAndMerged() {
        String m = marker();
        String outlet = "منبر الرافدين " + m;
        String reporter = "صحيفة الرافد " + m;
        String originator = "مركز الجسر " + m;
        String claimSentence = "ونقلت " + reporter + " عن " + originator + " أن نحو 2500 جندي روسي ينتشرون في العراق.";
        String deadlineSentence = "ونقلت " + reporter + " عن " + originator
                + " أن القوات الروسية ستنسحب من العراق بحلول أيلول/سبتمبر 2002.";
        long a = Api.createArticle(article("انتشار روسي في العراق " + m, claimSentence + " " + deadlineSentence,
                "2001-05-10", outlet));

        // the claim: three different parties
        Map<String, Object> claim = claimWith(a, "2500");
        Map<String, Object> claimOriginator = party(claim, "originator");
        Map<String, Object> claimReporter = party(claim, "reporter");
        Map<String, Object> claimOutlet = party(claim, "outlet");
        assertThat(claimOriginator).containsEntry("text", originator).containsEntry("name", originator)
                .containsEntry("anonymous", false);
        assertThat(claimReporter).containsEntry("text", reporter).containsEntry("name", reporter);
        assertThat(claimOutlet).containsEntry("name", outlet);
        long originatorId = id(claimOriginator);
        long reporterId = id(claimReporter);
        long outletId = id(claimOutlet);
        assertThat(List.of(originatorId, reporterId, outletId)).doesNotHaveDuplicates();
        assertThat(claim.get("attributedTo")).as("the existing field names the originator")
                .isEqualTo(Map.of("id", (int) originatorId, "name", originator));

        // the deadline: the same chain
        List<Map<String, Object>> deadlines = get("/deadlines", Map.of("articleId", a)).getList("items");
        assertThat(deadlines).as("deadlines of the article").hasSize(1);
        Map<String, Object> deadline = deadlines.get(0);
        assertThat(deadline.get("due")).isEqualTo("2002-09");
        assertThat(id(party(deadline, "originator"))).isEqualTo(originatorId);
        assertThat(id(party(deadline, "reporter"))).isEqualTo(reporterId);
        assertThat(id(party(deadline, "outlet"))).isEqualTo(outletId);
        assertThat(deadline.get("announcer")).isEqualTo(Map.of("id", (int) originatorId, "name", originator));

        // filters tell the roles apart, by id or by name
        assertThat(total("/claims", "originator", originator)).isEqualTo(1);
        assertThat(total("/claims", "originator", reporter)).isZero();
        assertThat(total("/claims", "originator", outlet)).isZero();
        assertThat(total("/claims", "reporter", reporterId)).isEqualTo(1);
        assertThat(total("/claims", "reporter", originator)).isZero();
        assertThat(total("/claims", "attributedTo", reporter)).isEqualTo(1);
        assertThat(total("/claims", "attributedTo", originatorId)).isEqualTo(1);
        assertThat(total("/claims", "attributedTo", outlet)).isZero();
        assertThat(total("/claims", "outlet", outlet)).isEqualTo(1);
        assertThat(total("/claims", "outlet", reporter)).isZero();
        assertThat(total("/deadlines", "originator", originator)).isEqualTo(1);
        assertThat(total("/deadlines", "originator", reporter)).isZero();
        assertThat(total("/deadlines", "reporter", reporter)).isEqualTo(1);
        assertThat(total("/deadlines", "reporter", outlet)).isZero();
        assertThat(total("/deadlines", "attributedTo", reporterId)).isEqualTo(1);
        assertThat(total("/deadlines", "outlet", outlet)).isEqualTo(1);
        assertThat(total("/deadlines", "outlet", originator)).isZero();
        assertThat(total("/deadlines", "source", outlet)).as("source= keeps its meaning").isEqualTo(1);

        // another source's figure about the same force and country, two days later: a conflict
        Api.createArticle(article("أرقام روسية " + m, "قالت وزارة الدفاع الروسية " + m
                + " إن 6000 جندي روسي ينتشرون في العراق.", "2001-05-12", "منبر الفرات " + m));

        JsonPath origin = stats(originatorId);
        assertThat(origin.getLong("claimsOriginated")).isEqualTo(1);
        assertThat(origin.getLong("claimsRelayed")).isZero();
        assertThat(origin.getLong("claimsConfirmed")).isZero();
        assertThat(origin.getLong("claimsRejected")).isZero();
        assertThat(origin.getLong("claimsInConflict")).isEqualTo(1);
        assertThat(origin.getLong("deadlinesAnnounced")).isEqualTo(1);
        JsonPath relay = stats(reporterId);
        assertThat(relay.getLong("claimsOriginated")).isZero();
        assertThat(relay.getLong("claimsRelayed")).isEqualTo(1);
        assertThat(relay.getLong("deadlinesReported")).isEqualTo(1);
        assertThat(relay.getLong("articlesPublished")).isZero();
        JsonPath published = stats(outletId);
        assertThat(published.getLong("articlesPublished")).isEqualTo(1);
        assertThat(published.getLong("claimsInArticles")).isEqualTo(1);
        assertThat(published.getLong("claimsOriginated")).isZero();
        assertThat(published.getLong("deadlinesRelayed")).isEqualTo(1);

        // reviews change the record
        long claimId = ((Number) claim.get("id")).longValue();
        Api.rawBody("application/merge-patch+json", "{\"review\":\"confirmed\"}").when().patch("/claims/" + claimId)
                .then().statusCode(200);
        assertThat(stats(originatorId).getLong("claimsConfirmed")).isEqualTo(1);
        Api.rawBody("application/merge-patch+json", "{\"review\":\"rejected\"}").when().patch("/claims/" + claimId)
                .then().statusCode(200);
        JsonPath afterReject = stats(originatorId);
        assertThat(afterReject.getLong("claimsConfirmed")).isZero();
        assertThat(afterReject.getLong("claimsRejected")).isEqualTo(1);
        assertThat(afterReject.getLong("claimsInConflict")).as("a rejected claim conflicts with nothing").isZero();

        // re-extraction reports deadlines, keeps the rejected claim, and reads the chain again
        JsonPath report = given().queryParam("articleId", a).when().post("/admin/reextract").then().statusCode(200)
                .extract().jsonPath();
        assertThat(report.getLong("articles")).isEqualTo(1);
        assertThat(report.getLong("kept")).isEqualTo(1);
        assertThat(report.getLong("deadlines.articles")).isEqualTo(1);
        assertThat(report.getLong("deadlines.extracted")).isEqualTo(1);
        // the deadline is found again where it stood: updated in place, keeping its id, so nothing is replaced
        assertThat(report.getLong("deadlines.replaced")).isZero();
        assertThat(report.getLong("deadlines.kept")).isZero();
        Map<String, Object> kept = claimWith(a, "2500");
        assertThat(kept.get("id")).isEqualTo(claim.get("id"));
        assertThat(kept.get("review")).isEqualTo("rejected");
        Map<String, Object> reread = get("/deadlines", Map.of("articleId", a)).<Map<String, Object>>getList("items").get(0);
        assertThat(id(party(reread, "reporter"))).isEqualTo(reporterId);
        assertThat(id(party(reread, "originator"))).isEqualTo(originatorId);

        // merging the reporter into another source repoints claims and deadlines it relayed
        long other = Api.createArticle(article("خبر " + m, "نص قصير بلا أرقام.", "2001-05-20", "الرافد اليومية " + m));
        long survivor = ((Number) get("/articles/" + other, Map.of()).get("outlet.id")).longValue();
        given().contentType("application/json").body(Map.of("into", survivor)).when()
                .post("/sources/" + reporterId + "/merge").then().statusCode(200);
        assertThat(total("/claims", "reporter", survivor)).isEqualTo(1);
        assertThat(total("/deadlines", "reporter", survivor)).isEqualTo(1);
        assertThat(id(party(claimWith(a, "2500"), "reporter"))).isEqualTo(survivor);
        assertThat(stats(survivor).getLong("claimsRelayed")).isEqualTo(1);
        assertThat(stats(survivor).getLong("deadlinesReported")).isEqualTo(1);
        given().when().get("/sources/" + reporterId).then().statusCode(404);
        // the old name now answers to the survivor
        assertThat(total("/claims", "reporter", reporter)).isEqualTo(1);
    }

    @Test
    void anAnonymousOriginatorIsTextWithoutASource() {
        String m = marker();
        long a = Api.createArticle(article("مغادرة " + m, "ونقلت شبكة CBS عن مسؤولين عسكريين أن 700 جندي روسي سيغادرون سوريا.",
                "2001-06-01", "نافذة الشام " + m));
        Map<String, Object> claim = claimWith(a, "700");
        assertThat(party(claim, "originator")).containsEntry("text", "مسؤولين عسكريين").containsEntry("anonymous", true)
                .containsEntry("id", null);
        assertThat(party(claim, "reporter")).containsEntry("name", "سي بي إس").containsEntry("text", "شبكة CBS");
        assertThat(claim.get("attributedTo")).isNull();
        long cbs = id(party(claim, "reporter"));
        assertThat(get("/claims", Map.of("reporter", "CBS", "outlet", "نافذة الشام " + m)).getInt("total")).isEqualTo(1);
        assertThat(get("/claims", Map.of("originator", cbs, "outlet", "نافذة الشام " + m)).getInt("total")).isZero();
    }
}
