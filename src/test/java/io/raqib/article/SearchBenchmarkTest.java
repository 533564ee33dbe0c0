package io.raqib.article;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.common.Paging;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Search latency through Raqib's HTTP API against the baseline of sending the very same
 * Elasticsearch request (query, highlights, facets) straight to the node. Prints figures; run
 * with ./raqib bench. Sequential requests on one connection, after a warm-up.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
@Tag("benchmark")
class SearchBenchmarkTest {
    static final int ARTICLES = 3000;
    static final int ROUNDS = 300;
    static final List<String> QUERIES = List.of("القوات الأميركية في سوريا", "انسحاب التحالف من العراق",
            "\"عين الأسد\"", "أيلول 2025", "البنتاجون", "داعش", "٢٠٠٠ جندي", "قاعدة التنف", "الحشد الشعبي أربيل",
            "مستشارين عسكريين");

    @Inject
    ElasticsearchClient client;

    @Inject
    ArticleSearch search;

    @Test
    void apiVersusDirectElasticsearch() throws Exception {
        loadCorpus();
        HttpClient http = HttpClient.newHttpClient();
        Paging paging = new Paging(0, 20);

        long[] api = new long[ROUNDS];
        long[] direct = new long[ROUNDS];
        long hits = 0;
        for (int warm = 0; warm < 50; warm++) {
            callApi(http, QUERIES.get(warm % QUERIES.size()));
        }
        for (int i = 0; i < ROUNDS; i++) {
            String q = QUERIES.get(i % QUERIES.size());
            long start = System.nanoTime();
            callApi(http, q);
            api[i] = System.nanoTime() - start;

            start = System.nanoTime();
            SearchResponse<ArticleDocument> response = client.search(
                    search.request(search.query(q, List.of()), true, paging), ArticleDocument.class);
            direct[i] = System.nanoTime() - start;
            hits += response.hits().hits().size();
        }
        System.out.printf(Locale.ROOT, "%nsearch benchmark: %d articles, %d sequential searches per side, page size 20%n",
                ARTICLES, ROUNDS);
        print("Raqib GET /articles/search", api);
        print("direct Elasticsearch (same request)", direct);
        System.out.printf(Locale.ROOT, "ratio Raqib / direct: median %.2f, p95 %.2f%n%n",
                percentile(api, 50) / percentile(direct, 50), percentile(api, 95) / percentile(direct, 95));
        assertThat(hits).as("the queries find articles").isPositive();
    }

    private static void callApi(HttpClient http, String q) throws Exception {
        URI uri = URI.create("http://localhost:" + RestAssured.port + "/articles/search?size=20&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("search answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** Generated Arabic articles from templates, imported as NDJSON in chunks. */
    private static void loadCorpus() {
        Random random = new Random(42);
        String[] forces = {"القوات الأمريكية", "القوات الأميركية", "قوات التحالف الدولي", "الحشد الشعبي", "قسد"};
        String[] places = {"عين الأسد", "أربيل", "التنف", "دير الزور", "بغداد", "الحسكة"};
        String[] verbs = {"انسحبت", "انتشرت", "وصلت", "غادرت", "عززت مواقعها في"};
        String[] months = {"أيلول", "سبتمبر", "شباط", "فبراير", "كانون الثاني", "يناير"};
        String[] outlets = {"شفق نيوز", "واع", "الجزيرة نت", "عنب بلدي", "السومرية نيوز"};
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            String force = forces[random.nextInt(forces.length)];
            String place = places[random.nextInt(places.length)];
            String title = force + " " + verbs[random.nextInt(verbs.length)] + " " + place + " (" + i + ")";
            String body = "أفادت مصادر محلية بأن " + force + " " + verbs[random.nextInt(verbs.length)] + " " + place
                    + " في " + months[random.nextInt(months.length)] + " " + (2023 + random.nextInt(4))
                    + "، وأن عدد العناصر بلغ نحو " + (100 * (1 + random.nextInt(30))) + " عنصر بحسب البنتاغون. "
                    + "وأضافت أن تنظيم داعش ما زال ينشط في البادية. ".repeat(1 + random.nextInt(3));
            chunk.append("{\"title\":\"").append(title).append("\",\"body\":\"").append(body)
                    .append("\",\"publishedAt\":\"").append(2023 + random.nextInt(3)).append("-0")
                    .append(1 + random.nextInt(9)).append("-1").append(random.nextInt(9))
                    .append("\",\"outlet\":\"").append(outlets[random.nextInt(outlets.length)]).append("\"}\n");
            if ((i + 1) % 500 == 0) {
                Api.rawBody("application/x-ndjson", chunk.toString()).when().post("/articles/import")
                        .then().statusCode(200);
                chunk.setLength(0);
            }
        }
        Api.awaitIndexed();
    }

    private static void print(String label, long[] nanos) {
        System.out.printf(Locale.ROOT, "%-38s median %6.2f ms  p95 %6.2f ms  mean %6.2f ms  %6.0f req/s%n", label,
                percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6,
                Arrays.stream(nanos).average().orElse(0) / 1e6,
                1e9 / Arrays.stream(nanos).average().orElse(1));
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
