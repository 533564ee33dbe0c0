package io.raqib.changes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * GET /changes against the real database: pages read while writers commit concurrently resume exactly
 * (their concatenation equals one read of the same stretch afterwards), deletions are listed (and
 * dropped after the retention, when an older cursor is refused), bad cursors are 400, and the
 * event stream delivers a new change.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ChangesFeedTest {

    @Inject
    ChangeRetention retention;

    record Item(String type, long id, String op, String at) {
    }

    private static final String BODY = "قال مسؤول إن نحو 900 جندي أمريكي ما زالوا في سوريا حتى الآن.";

    @Test
    void pagesReadDuringConcurrentWritesResumeExactly() throws Exception {
        String start = head();
        int writers = 4;
        int perWriter = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<List<long[]>>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            work.add(pool.submit(() -> write(writer, perWriter)));
        }
        // read small pages while the writers commit, resuming from each answer's cursor
        List<Item> paged = new ArrayList<>();
        String cursor = start;
        while (!work.stream().allMatch(Future::isDone)) {
            cursor = readPage(cursor, 7, paged);
        }
        pool.shutdown();
        List<long[]> written = new ArrayList<>();
        for (Future<List<long[]>> f : work) {
            written.addAll(f.get(2, TimeUnit.MINUTES));
        }
        // then until every write shows (numbering runs a little behind the commits)
        Set<Long> expectedDeletes = new HashSet<>();
        written.stream().filter(w -> w[1] == 1).forEach(w -> expectedDeletes.add(w[0]));
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until) && !allListed(paged, written)) {
            cursor = readPage(cursor, 7, paged);
            Api.sleep(100);
        }
        assertThat(allListed(paged, written)).as("every write listed").isTrue();

        // the same stretch read again in one go: no change skipped, none repeated
        List<Item> whole = new ArrayList<>();
        String again = start;
        while (true) {
            int before = whole.size();
            again = readPage(again, 1000, whole);
            if (whole.size() == before || again.equals(cursor)) {
                break;
            }
        }
        assertThat(paged).as("pages resumed exactly").isEqualTo(whole);
        assertThat(new HashSet<>(paged)).as("no change twice").hasSize(paged.size());

        for (long[] w : written) {
            List<Item> mine = paged.stream().filter(i -> i.type().equals("article") && i.id() == w[0]).toList();
            assertThat(mine).as("article " + w[0]).isNotEmpty();
            assertThat(mine.get(0).op()).isEqualTo("upsert");
            assertThat(mine.get(mine.size() - 1).op()).isEqualTo(w[1] == 1 ? "delete" : "upsert");
            if (w[1] == 1) {
                assertThat(mine).as("created, updated, deleted: in that order").extracting(Item::op)
                        .containsExactly("upsert", "upsert", "delete");
            }
        }
        // the articles' claims are in the feed too, and the deleted articles' claims are listed as deleted
        assertThat(paged).anyMatch(i -> i.type().equals("claim") && i.op().equals("upsert"));
        assertThat(paged).anyMatch(i -> i.type().equals("claim") && i.op().equals("delete"));
    }

    /** Creates, updates and (every other one) deletes articles; returns {id, deleted?}. */
    private static List<long[]> write(int writer, int count) {
        List<long[]> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String marker = "تغيير" + writer + "x" + i + "x" + System.nanoTime();
            long id = Api.createArticle(Map.of("title", "خبر للتغذية " + marker, "body", BODY + " " + marker));
            given().contentType(ContentType.JSON).body(Map.of("title", "خبر للتغذية معدل " + marker,
                    "body", BODY + " " + marker)).when().put("/articles/" + id).then().statusCode(200);
            boolean delete = i % 2 == 1;
            if (delete) {
                given().when().delete("/articles/" + id).then().statusCode(204);
            }
            done.add(new long[] {id, delete ? 1 : 0});
        }
        return done;
    }

    private static boolean allListed(List<Item> items, List<long[]> written) {
        return written.stream().allMatch(w -> items.stream().anyMatch(i -> i.type().equals("article")
                && i.id() == w[0] && i.op().equals(w[1] == 1 ? "delete" : "upsert")
                && items.stream().filter(j -> j.type().equals("article") && j.id() == w[0]).count() >= (w[1] == 1 ? 3 : 2)));
    }

    private static String readPage(String since, int limit, List<Item> into) {
        JsonPath page = given().queryParam("since", since).queryParam("limit", limit).when().get("/changes")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> item : items) {
            into.add(new Item((String) item.get("type"), ((Number) item.get("id")).longValue(),
                    (String) item.get("op"), (String) item.get("at")));
        }
        return page.getString("cursor");
    }

    /** The cursor after the latest change, read by paging to the end. */
    private static String head() {
        String cursor = "";
        while (true) {
            JsonPath page = given().queryParam("since", cursor).queryParam("limit", 1000).when().get("/changes")
                    .then().statusCode(200).extract().jsonPath();
            if (page.getList("items").isEmpty()) {
                return page.getString("cursor");
            }
            cursor = page.getString("cursor");
        }
    }

    @Test
    void badCursorsAndLimitsAreProblems() {
        for (String bad : List.of("abc", "-1", "1.5", "٣", "99999999999999")) {
            given().queryParam("since", bad).when().get("/changes").then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString("since"));
        }
        for (int bad : new int[] {0, 1001}) {
            given().queryParam("limit", bad).when().get("/changes").then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString("limit"));
        }
        given().when().get("/changes").then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void deletionsAreDroppedAfterTheRetentionAndOlderCursorsAreRefused() {
        String before = head();
        long id = Api.createArticle(Map.of("title", "خبر يحذف ثم يطوى " + System.nanoTime(), "body", BODY));
        given().when().delete("/articles/" + id).then().statusCode(204);
        List<Item> items = new ArrayList<>();
        Instant until = Instant.now().plusSeconds(20);
        String cursor = before;
        while (Instant.now().isBefore(until) && items.stream().noneMatch(i -> i.id() == id && i.op().equals("delete"))) {
            cursor = readPage(cursor, 1000, items);
            Api.sleep(100);
        }
        assertThat(items).filteredOn(i -> i.type().equals("article") && i.id() == id).extracting(Item::op)
                .containsExactly("upsert", "delete");

        assertThat(retention.purge(Duration.ZERO)).isPositive();
        given().queryParam("since", before).when().get("/changes").then().statusCode(410)
                .contentType("application/problem+json");
        List<Item> fromStart = new ArrayList<>();
        String all = "";
        for (int page = 0; page < 1000; page++) {
            int size = fromStart.size();
            all = readPage(all, 1000, fromStart);
            if (fromStart.size() == size) {
                break;
            }
        }
        assertThat(fromStart).noneMatch(i -> i.type().equals("article") && i.id() == id);
        given().queryParam("since", all).when().get("/changes").then().statusCode(200);
    }

    @Test
    void theEventStreamDeliversANewChange() throws Exception {
        String since = head();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + "/changes?since=" + since))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(60)).GET().build();
        CompletableFuture<HttpResponse<Stream<String>>> answer = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        long id = Api.createArticle(Map.of("title", "خبر يصل حيا " + System.nanoTime(), "body", BODY));
        HttpResponse<Stream<String>> response = answer.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        CompletableFuture<Optional<String>> seen = CompletableFuture.supplyAsync(() -> response.body()
                .filter(line -> line.startsWith("data:") && line.contains("\"article\"") && line.contains("\"id\":" + id + ","))
                .findFirst());
        try {
            Optional<String> line = seen.get(30, TimeUnit.SECONDS);
            assertThat(line).hasValueSatisfying(l -> assertThat(l).contains("\"op\":\"upsert\""));
        } finally {
            response.body().close();
        }
    }

    @Test
    void anyMediaTypeGetsThePageNotTheStream() {
        given().accept("*/*").when().get("/changes").then().statusCode(200).contentType(ContentType.JSON);
        given().accept("application/json").queryParam("limit", 1).when().get("/changes").then().statusCode(200)
                .contentType(ContentType.JSON);
    }
}
