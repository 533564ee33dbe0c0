package io.raqib.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.TestServersResource;
import io.raqib.testsupport.Api;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ArticleResourceTest {

    private static Map<String, Object> article(String title, String body) {
        Map<String, Object> a = new HashMap<>();
        a.put("title", title);
        a.put("body", body);
        a.put("publishedAt", "2025-03-04");
        a.put("outlet", "شفق نيوز");
        a.put("keywords", List.of("العراق", "القوات الأمريكية"));
        return a;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsThenRecognisesTheSameContent() {
        String marker = unique();
        Map<String, Object> a = article("انسحاب رتل من قاعدة عين الأسد " + marker,
                "غادر رتل عسكري قاعدة عين الأسد باتجاه الحدود السورية صباح الاثنين.");
        long id = given().contentType(ContentType.JSON).body(a)
                .when().post("/articles")
                .then().statusCode(201)
                .header("Location", containsString("/articles/"))
                .contentType(ContentType.JSON)
                .body("title", equalTo(a.get("title")))
                .body("publishedAt", equalTo("2025-03-04"))
                .body("outlet.name", equalTo("شفق نيوز"))
                .body("keywords", contains("العراق", "القوات الأمريكية"))
                .body("language", equalTo("ar"))
                .body("contentHash", notNullValue())
                .extract().<Number>path("id").longValue();

        // Same text with diacritics and tatweel added: the same article, answered 200.
        Map<String, Object> again = new HashMap<>(a);
        again.put("body", "غادَرَ رتلٌ عسكري قاعدة عيـــن الأسد باتجاه الحدود السورية صباح الاثنين.");
        given().contentType(ContentType.JSON).body(again)
                .when().post("/articles")
                .then().statusCode(200).body("id", equalTo((int) id));
    }

    @Test
    void getsUpdatesAndDeletes() {
        String marker = unique();
        long id = Api.createArticle(article("عنوان أول " + marker, "نص أول عن الانتشار في أربيل."));
        given().when().get("/articles/" + id).then().statusCode(200).body("title", equalTo("عنوان أول " + marker));

        Map<String, Object> changed = article("عنوان معدل " + marker, "نص معدل عن الانتشار في أربيل.");
        changed.put("outlet", "الخليج الجديد");
        given().contentType(ContentType.JSON).body(changed)
                .when().put("/articles/" + id)
                .then().statusCode(200)
                .body("title", equalTo("عنوان معدل " + marker))
                .body("outlet.name", equalTo("الخليج الجديد"));

        given().when().delete("/articles/" + id).then().statusCode(204);
        given().when().get("/articles/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString(String.valueOf(id)));
        given().when().delete("/articles/" + id).then().statusCode(404);
    }

    @Test
    void relatesArticlesBothWays() {
        String marker = unique();
        long first = Api.createArticle(article("الخبر الرئيسي " + marker, "نص الخبر الرئيسي."));
        Map<String, Object> second = article("خبر ذو صلة " + marker, "نص الخبر ذي الصلة.");
        second.put("related", List.of(first));
        long related = Api.createArticle(second);

        given().when().get("/articles/" + first).then().statusCode(200)
                .body("related.id", hasItem((int) related));
        given().when().get("/articles/" + related).then().statusCode(200)
                .body("related.id", hasItem((int) first));

        given().when().delete("/articles/" + related).then().statusCode(204);
        given().when().get("/articles/" + first).then().statusCode(200)
                .body("related.id", not(hasItem((int) related)));
    }

    @Test
    void unknownRelatedArticleIsA400() {
        Map<String, Object> a = article("خبر " + unique(), "نص.");
        a.put("related", List.of(987654321));
        given().contentType(ContentType.JSON).body(a)
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("987654321"));
    }

    @Test
    void listsWithFiltersAndPaging() {
        String marker = "وسم-" + unique();
        Map<String, Object> early = article("مقال مبكر " + marker, "نص مبكر.");
        early.put("publishedAt", "2023-01-10");
        early.put("outlet", "عنب بلدي");
        early.put("keywords", List.of(marker));
        Map<String, Object> late = article("مقال متأخر " + marker, "نص متأخر.");
        late.put("publishedAt", "2023-06-10");
        late.put("outlet", "عنب بلدي");
        late.put("keywords", List.of(marker));
        Api.createArticle(early);
        Api.createArticle(late);

        given().queryParam("keyword", marker).when().get("/articles")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.title", contains("مقال متأخر " + marker, "مقال مبكر " + marker));

        given().queryParam("keyword", marker).queryParam("from", "2023-03-01").when().get("/articles")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].title", equalTo("مقال متأخر " + marker));

        given().queryParam("keyword", marker).queryParam("to", "2023-03-01").when().get("/articles")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].title", equalTo("مقال مبكر " + marker));

        given().queryParam("keyword", marker).queryParam("size", 1).queryParam("page", 1).when().get("/articles")
                .then().statusCode(200).body("total", equalTo(2)).body("items", org.hamcrest.Matchers.hasSize(1))
                .body("items[0].title", equalTo("مقال مبكر " + marker));

        // The outlet by another written form of its name (ال and hamza folded).
        given().queryParam("outlet", "عنب بلدى").when().get("/articles")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(2))
                .body("items.outlet.name", everyItem(is("عنب بلدي")));

        given().queryParam("outlet", "منفذ لا وجود له").when().get("/articles")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void keywordFilterFoldsSpelling() {
        String marker = unique();
        Map<String, Object> a = article("خبر الكلمات " + marker, "نص.");
        a.put("keywords", List.of("القوات الأمريكية " + marker));
        Api.createArticle(a);
        given().queryParam("keyword", "القوات الامريكيه " + marker).when().get("/articles")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void publishedAtMayBeUnknown() {
        Map<String, Object> a = article("خبر بلا تاريخ " + unique(), "نص بلا تاريخ.");
        a.remove("publishedAt");
        a.remove("outlet");
        long id = Api.createArticle(a);
        given().when().get("/articles/" + id).then().statusCode(200)
                .body("publishedAt", nullValue())
                .body("outlet", nullValue());
    }

    @Test
    void sourcesAreListedAndFoundByAlias() {
        Api.createArticle(article("خبر عن المصادر " + unique(), "نص."));
        int id = given().queryParam("q", "شفق نيوز").when().get("/sources")
                .then().statusCode(200)
                .body("items.name", hasItem("شفق نيوز"))
                .extract().path("items[0].id");
        given().when().get("/sources/" + id).then().statusCode(200)
                .body("type", equalTo("OUTLET")).body("aliases", hasItem("شفق نيوز"));
        given().when().get("/sources/99999999").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("type", "PLANET").when().get("/sources").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("OUTLET"));
    }
}
