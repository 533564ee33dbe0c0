package io.raqib.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.TestServersResource;
import io.raqib.testsupport.Api;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ReindexTest {

    @Test
    void rebuildsIntoTheNextVersionAndKeepsSearchWorking() {
        String marker = "مؤشر" + System.nanoTime();
        long id = Api.createArticle(Map.of("title", "إعادة بناء الفهرس " + marker,
                "body", "نص يختبر إعادة بناء فهرس البحث من قاعدة البيانات.", "keywords", java.util.List.of(marker)));
        Api.awaitIndexed();

        String articles = "find { it.alias == 'raqib-test-articles' }.";
        JsonPath first = given().when().post("/admin/reindex").then().statusCode(200).extract().jsonPath();
        JsonPath second = given().when().post("/admin/reindex").then().statusCode(200).extract().jsonPath();
        int version = SearchIndex.versionOf(first.getString(articles + "index"));
        assertThat(SearchIndex.versionOf(second.getString(articles + "index"))).isEqualTo(version + 1);
        assertThat(second.getString(articles + "previousIndex")).isEqualTo(first.getString(articles + "index"));
        assertThat(second.getLong(articles + "failed")).isZero();
        long archived = given().queryParam("size", 1).when().get("/articles").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        assertThat(second.getLong(articles + "documents")).isEqualTo(archived);

        JsonPath found = given().queryParam("keyword", marker).when().get("/articles/search")
                .then().statusCode(200).extract().jsonPath();
        assertThat(found.<Number>getList("items.id").stream().map(Number::longValue).toList()).containsExactly(id);
    }
}
