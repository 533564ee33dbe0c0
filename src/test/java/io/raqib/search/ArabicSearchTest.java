package io.raqib.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.TestServersResource;
import io.raqib.testsupport.Api;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Arabic search as a reader means it. Each fixture article (our own writing, in
 * fixtures/search-articles.json) holds one written form only, and each row queries another
 * form of it: the row fails if that normalisation is missing from the index or the query.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ArabicSearchTest {
    static final String FIXTURE_KEYWORD = "راقب-اختبار";
    static final Map<String, Long> IDS = new HashMap<>();
    static int fixtureCount;

    // Loaded once, on the first test: RestAssured knows the test port only once Quarkus is up.
    @BeforeEach
    void loadFixtures() throws Exception {
        if (!IDS.isEmpty()) {
            return;
        }
        List<Map<String, Object>> articles;
        try (InputStream in = ArabicSearchTest.class.getResourceAsStream("/fixtures/search-articles.json")) {
            articles = new ObjectMapper().readValue(in, new TypeReference<>() {
            });
        }
        for (Map<String, Object> article : articles) {
            Map<String, Object> input = new HashMap<>(article);
            String key = (String) input.remove("key");
            IDS.put(key, Api.createArticle(input));
            if (((List<?>) article.get("keywords")).contains(FIXTURE_KEYWORD)) {
                fixtureCount++;
            }
        }
        Api.awaitIndexed();
    }

    private static JsonPath searchFixtures(String q) {
        return given().queryParam("q", q).queryParam("keyword", FIXTURE_KEYWORD).queryParam("size", 100)
                .when().get("/articles/search")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Long> ids(JsonPath result) {
        return result.<Number>getList("items.id").stream().map(Number::longValue).toList();
    }

    static Stream<Arguments> readerForms() {
        return Stream.of(
                Arguments.of("hamza: bare alef finds أربيل", "اربيل", "hamza"),
                Arguments.of("hamza: إ finds أربيل", "إربيل", "hamza"),
                Arguments.of("teh marbuta: ه finds ة", "القاعده الجويه", "teh-marbuta"),
                Arguments.of("alef maqsura: ي finds ى", "مستشفي ميداني", "alef-maqsura"),
                Arguments.of("diacritics in the text", "تدريبات مشتركة في الصحراء", "diacritics"),
                Arguments.of("diacritics in the query", "الطَّرِيقُ السَّرِيعُ", "tatweel"),
                Arguments.of("tatweel in the text", "الجيش يعلن تأمين", "tatweel"),
                Arguments.of("tatweel in the query", "آمنـــا", "tatweel"),
                Arguments.of("clitic و: العراق finds والعراق", "العراق", "clitics"),
                Arguments.of("clitic بال: البصرة finds بالبصرة", "البصرة", "clitics"),
                Arguments.of("clitic بال: الطائرة finds بالطائرة", "الطائرة", "clitics"),
                Arguments.of("definite/indefinite: القوات finds قوات", "القوات حرس الحدود", "plural-stem"),
                Arguments.of("Western digits find Arabic-Indic", "2027", "arabic-indic-digits"),
                Arguments.of("Western digits find Arabic-Indic (2)", "120 نقطة تفتيش", "arabic-indic-digits"),
                Arguments.of("Western digits find Persian", "47 هجوما", "persian-digits"),
                Arguments.of("Arabic-Indic digits find Western", "١٦٥٠", "western-digits"),
                Arguments.of("Persian digits find Western", "۲۰۲۶", "western-digits"),
                Arguments.of("no separator finds the Arabic thousands separator", "1200 عنصر", "digit-grouping"),
                Arguments.of("Arabic-Indic digits find a Western grouped number", "٣٤٠٠ مقاتل", "digit-grouping"),
                Arguments.of("grouped query finds grouped text", "١٬٢٠٠", "digit-grouping"),
                Arguments.of("الأمريكية finds الأميركية", "السفارة الأمريكية", "amreeki"),
                Arguments.of("الأميركيين finds الأمريكيين", "المستشارين الأميركيين", "amriki"),
                Arguments.of("البنتاغون finds البنتاجون", "البنتاغون", "pentagon-jeem"),
                Arguments.of("البنتاجون finds البنتاغون", "البنتاجون", "amriki"),
                Arguments.of("داعش unquoted finds \"داعش\"", "داعش", "daesh-quoted"),
                Arguments.of("داعش quoted finds \"داعش\"", "\"داعش\"", "daesh-quoted"),
                Arguments.of("سبتمبر finds أيلول", "سبتمبر", "month-levantine"),
                Arguments.of("أيلول finds سبتمبر", "أيلول", "month-egyptian-sept"),
                Arguments.of("شباط finds فبراير", "شباط", "month-egyptian"),
                Arguments.of("يناير finds كانون الثاني", "يناير", "month-two-words"),
                Arguments.of("كانون الثاني finds يناير", "كانون الثاني", "month-egyptian-sept"),
                Arguments.of("hamza on waw finds hamza on yeh: مسؤولية", "مسؤولية", "hamza-yeh-seat"),
                Arguments.of("hamza on yeh finds hamza on waw: مسئولية", "مسئولية", "hamza-waw-seat"),
                Arguments.of("hamza on yeh finds hamza on alef: هيئة", "هيئة المنافذ", "hamza-alef-seat"),
                Arguments.of("hamza on alef finds hamza on yeh: هيأة", "هيأة الرقابة", "hamza-yeh-haya"),
                Arguments.of("hamza on yeh finds hamza on the line: تسائل", "تسائل", "hamza-on-line"),
                Arguments.of("hamza on the line finds hamza on yeh: تساءل", "تساءل", "hamza-on-yeh-misspelt"),
                Arguments.of("sound plural finds the dual: مسؤولين", "مسؤولين", "plural-dual"),
                Arguments.of("the dual finds the sound plural: مسؤولان", "مسؤولان", "plural-sound"),
                Arguments.of("plural on yeh finds the dual on waw: مسئولون", "مسئولون", "plural-dual"),
                Arguments.of("sound plural finds the construct plural: مسؤولين", "مسؤولين", "plural-construct"),
                Arguments.of("sound plural finds the accusative: عسكريين", "عسكريين", "accusative"),
                Arguments.of("تموز finds Maghrebi جويلية", "تموز", "month-maghrebi"),
                Arguments.of("يوليو finds Maghrebi جويلية", "يوليو", "month-maghrebi"),
                Arguments.of("نيسان finds Maghrebi أفريل", "نيسان", "month-maghrebi-april"),
                Arguments.of("Maghrebi أوت finds آب", "أوت", "month-august"),
                Arguments.of("Maghrebi جوان finds حزيران", "جوان", "month-june"),
                Arguments.of("Maghrebi جانفي finds كانون الثاني", "جانفي", "month-two-words"),
                Arguments.of("Maghrebi فيفري finds فبراير", "فيفري", "month-egyptian"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readerForms")
    void findsWhatTheReaderMeans(String rule, String query, String expectedKey) {
        JsonPath result = searchFixtures(query);
        assertThat(ids(result)).as(rule).contains(IDS.get(expectedKey));
        // A real match, not everything: the query must leave most fixtures out.
        assertThat(ids(result).size()).as(rule + " is selective").isLessThan(fixtureCount / 2);
    }

    @Test
    void unrelatedWordsFindNothing() {
        JsonPath result = searchFixtures("غواصة نووية");
        assertThat(ids(result)).isEmpty();
        assertThat(result.getInt("total")).isZero();
    }

    @Test
    void exactFormOutranksStemmedMatch() {
        JsonPath result = given().queryParam("q", "القوات الخاصة").queryParam("keyword", "راقب-ترتيب")
                .when().get("/articles/search").then().statusCode(200).extract().jsonPath();
        assertThat(ids(result)).containsExactly(IDS.get("rank-exact"), IDS.get("rank-loose"));
        JsonPath reverse = given().queryParam("q", "قوات خاصة").queryParam("keyword", "راقب-ترتيب")
                .when().get("/articles/search").then().statusCode(200).extract().jsonPath();
        assertThat(ids(reverse)).containsExactly(IDS.get("rank-loose"), IDS.get("rank-exact"));
    }

    @Test
    void quotedPhraseRanksFirst() {
        JsonPath loose = given().queryParam("q", "قاعدة حرير الجوية").queryParam("keyword", "راقب-عبارة")
                .when().get("/articles/search").then().statusCode(200).extract().jsonPath();
        assertThat(ids(loose)).containsExactlyInAnyOrder(IDS.get("phrase-exact"), IDS.get("phrase-scattered"));
        assertThat(ids(loose).get(0)).as("without quotes the title matches weigh most").isEqualTo(IDS.get("phrase-scattered"));

        JsonPath quoted = given().queryParam("q", "\"قاعدة حرير الجوية\"").queryParam("keyword", "راقب-عبارة")
                .when().get("/articles/search").then().statusCode(200).extract().jsonPath();
        assertThat(ids(quoted)).containsExactly(IDS.get("phrase-exact"), IDS.get("phrase-scattered"));
    }

    /**
     * Five words, so three in four may match: every article holding all five, in whatever form
     * (hamza seat, dual or plural, clitic, spelling variant, month family), fills the first ranks,
     * ahead of short articles that repeat four of them.
     */
    @Test
    void articlesHoldingEveryWordRankFirst() {
        JsonPath result = given().queryParam("q", "مسؤولون أمريكيون هيئة الأركان سبتمبر")
                .queryParam("keyword", "راقب-كل-الكلمات").queryParam("size", 10)
                .when().get("/articles/search").then().statusCode(200).extract().jsonPath();
        List<Long> all = Stream.of("all-titled", "all-dual", "all-plural", "all-indefinite").map(IDS::get).toList();
        List<Long> some = Stream.of("some-no-month", "some-no-american", "some-no-authority", "some-no-official")
                .map(IDS::get).toList();
        List<Long> ranked = ids(result);
        assertThat(ranked).as("every match").containsExactlyInAnyOrderElementsOf(
                Stream.concat(all.stream(), some.stream()).toList());
        assertThat(ranked.subList(0, all.size())).as("the first ranks").containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void highlightsAreHtmlEscapedWithEmMarks() {
        JsonPath result = searchFixtures("وسم الانسحاب");
        assertThat(ids(result)).contains(IDS.get("html"));
        int index = ids(result).indexOf(IDS.get("html"));
        List<String> title = result.getList("items[" + index + "].highlights.title");
        List<String> body = result.getList("items[" + index + "].highlights.body");
        assertThat(title).singleElement().asString()
                .contains("<em>وسم</em>").contains("&lt;").contains("&amp;").doesNotContain("<الانسحاب");
        assertThat(body).isNotEmpty();
        assertThat(String.join(" ", body)).contains("<em>").contains("&lt;").doesNotContain("<الانسحاب");
    }

    @Test
    void facetsCountAllMatches() {
        JsonPath result = given().queryParam("keyword", FIXTURE_KEYWORD).queryParam("size", 1)
                .when().get("/articles/search").then().statusCode(200).extract().jsonPath();
        // The archive (database) and the index agree on how many articles carry the keyword.
        int archived = given().queryParam("keyword", FIXTURE_KEYWORD).when().get("/articles")
                .then().statusCode(200).extract().path("total");
        assertThat(archived).isGreaterThanOrEqualTo(fixtureCount);
        assertThat(result.getInt("total")).isEqualTo(archived);
        List<Map<String, Object>> outlets = result.getList("facets.outlets");
        int outletTotal = outlets.stream().mapToInt(b -> ((Number) b.get("count")).intValue()).sum();
        assertThat(outletTotal).isEqualTo(archived);
        assertThat(result.<String>getList("facets.months.key")).contains("2025-02", "2024-06");
        assertThat(result.<String>getList("facets.keywords.key")).contains(FIXTURE_KEYWORD);
        Map<String, Object> keywordBucket = result.<Map<String, Object>>getList("facets.keywords").stream()
                .filter(b -> FIXTURE_KEYWORD.equals(b.get("key"))).findFirst().orElseThrow();
        assertThat(((Number) keywordBucket.get("count")).intValue()).isEqualTo(archived);
    }

    @Test
    void filtersNarrowSearch() {
        JsonPath byOutlet = given().queryParam("q", "السفارة").queryParam("outlet", "الحرة")
                .queryParam("keyword", FIXTURE_KEYWORD)
                .when().get("/articles/search").then().statusCode(200).extract().jsonPath();
        assertThat(ids(byOutlet)).contains(IDS.get("amreeki"));
        assertThat(byOutlet.<String>getList("items.outlet.name")).containsOnly("الحرة");

        JsonPath byDate = given().queryParam("keyword", FIXTURE_KEYWORD)
                .queryParam("from", "2025-01-01").queryParam("to", "2025-01-31").queryParam("size", 100)
                .when().get("/articles/search").then().statusCode(200).extract().jsonPath();
        assertThat(byDate.<String>getList("items.publishedAt")).isNotEmpty()
                .allSatisfy(d -> assertThat(d).startsWith("2025-01"));
    }
}
