package io.raqib.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What keeps several replicas on one index, seen from one of them: the reindex lease in the database
 * (a second rebuild is refused with 409 while one holds it, and no indexer drains the outbox
 * meanwhile), and external versions drawn from the database, which grow with every write of a
 * document. The two-replica run itself is {@code io.raqib.TwoReplicasIT}.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ReplicaCoordinationTest {

    @Inject
    ReindexLease lease;

    @Inject
    ElasticsearchClient client;

    @Test
    void aSecondReindexIsRefusedAndIndexersWaitWhileTheLeaseIsHeld() {
        Api.awaitIndexed();
        String holder = lease.tryAcquire(Duration.ofMinutes(1));
        assertThat(holder).as("the lease is free before the test").isNotNull();
        try {
            assertThat(lease.tryAcquire(Duration.ofMinutes(1))).as("a second taker").isNull();
            given().when().post("/admin/reindex").then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("rebuilt"));

            String marker = "عقد" + System.nanoTime();
            Api.createArticle(Map.of("title", "خبر كتب أثناء إعادة البناء " + marker,
                    "body", "يبقى في صندوق الصادر حتى تنتهي إعادة بناء الفهرس.", "keywords", List.of(marker)));
            Api.sleep(2500); // the indexer runs every second in tests
            int pending = given().when().get("/admin/outbox").then().statusCode(200).extract().path("pending");
            assertThat(pending).as("events left for the new index while a rebuild runs").isPositive();
        } finally {
            lease.release(holder);
        }
        Api.awaitIndexed();
        given().when().post("/admin/reindex").then().statusCode(200);
    }

    @Test
    void everyWriteOfADocumentCarriesAHigherExternalVersion() throws Exception {
        String marker = "نسخة" + System.nanoTime();
        Map<String, Object> article = Map.of("title", "نسخة خارجية " + marker,
                "body", "نص أول للخبر.", "keywords", List.of(marker));
        long id = Api.createArticle(article);
        Api.awaitIndexed();
        long first = versionOf(id);

        given().contentType(ContentType.JSON).body(Map.of("title", "نسخة خارجية معدلة " + marker,
                "body", "نص ثان للخبر.", "keywords", List.of(marker)))
                .when().put("/articles/" + id).then().statusCode(200);
        Api.awaitIndexed();
        assertThat(versionOf(id)).isGreaterThan(first);
    }

    private long versionOf(long id) throws Exception {
        GetResponse<Map> doc = client.get(g -> g.index("raqib-test-articles").id(Long.toString(id)), Map.class);
        assertThat(doc.found()).isTrue();
        return doc.version();
    }
}
