package io.raqib.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.TestKeys;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser against the running service and the real servers: what a person
 * sees on each page, from articles of our own writing (dated late 2026 so they are the newest
 * figures, published by outlets named for this run). Each page leaves a screenshot in
 * target/screenshots.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class DashboardBrowserTest {
    static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L);
    static final String OUTLET_A = "جريدة المتصفح الأولى " + RUN;
    static final String OUTLET_B = "جريدة المتصفح الثانية " + RUN;

    static Browser browser;
    static long syria1500;
    static long syria600;
    static long iraq3000;
    static long iraq2500;
    static long firstDeadline;
    static long laterDeadline;
    static long outletA;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void openBrowser() throws IOException {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void archive() {
        if (syria1500 != 0) {
            return;
        }
        long a1 = Api.createArticle(article("البنتاغون: 1500 جندي أمريكي في سوريا",
                "ذكرت وزارة الدفاع الأمريكية أن عدد الجنود الأمريكيين في سوريا يبلغ 1500 جندي حاليا.", "2026-11-28", OUTLET_A));
        long a2 = Api.createArticle(article("مسؤولون: نحو 600 جندي أمريكي في سوريا",
                "قال مسؤولون إن نحو 600 جندي أمريكي فقط ما زالوا يخدمون في سوريا.", "2026-11-29", OUTLET_B));
        long a3 = Api.createArticle(article("3000 جندي أمريكي في العراق",
                "ذكرت وكالة أنباء محلية أن 3000 جندي أمريكي يتمركزون في قاعدة عين الأسد في العراق.", "2026-11-30", OUTLET_A));
        long a4 = Api.createArticle(article("نحو 2500 جندي أمريكي في العراق",
                "قال مسؤول عسكري إن نحو 2500 جندي أمريكي ما زالوا في العراق.", "2026-11-30", OUTLET_B));
        long d1 = Api.createArticle(article("واشنطن تحدد موعد الانسحاب من سوريا",
                "ذكرت وزارة الدفاع الأمريكية أن القوات الأمريكية ستنسحب من سوريا بحلول آذار/مارس 2027.", "2026-10-01", OUTLET_A));
        long d2 = Api.createArticle(article("تأجيل الانسحاب الأمريكي من سوريا",
                "ذكرت وزارة الدفاع الأمريكية أن القوات الأمريكية ستنسحب من سوريا بحلول أيلول/سبتمبر 2027.", "2026-11-15", OUTLET_A));
        Api.awaitIndexed();
        syria1500 = onlyClaim(a1, 1500);
        syria600 = onlyClaim(a2, 600);
        iraq3000 = onlyClaim(a3, 3000);
        iraq2500 = onlyClaim(a4, 2500);
        firstDeadline = onlyDeadline(d1);
        laterDeadline = onlyDeadline(d2);
        outletA = given().get("/articles/" + a1).then().statusCode(200).extract().jsonPath().getLong("outlet.id");
    }

    static Map<String, Object> article(String title, String body, String published, String outlet) {
        return Map.of("title", title, "body", body, "publishedAt", published, "outlet", outlet);
    }

    static long onlyClaim(long articleId, long value) {
        List<Map<String, Object>> items = given().get("/articles/" + articleId + "/claims").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(c -> "body".equals(c.get("field")))
                .filter(c -> c.get("value") != null && ((Number) c.get("value")).longValue() == value)
                .map(c -> ((Number) c.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no claim of " + value + " in article " + articleId + ": " + items));
    }

    static long onlyDeadline(long articleId) {
        List<Map<String, Object>> items = given().queryParam("articleId", articleId).get("/deadlines").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertThat(items).as("deadlines of article %s", articleId).isNotEmpty();
        return ((Number) items.get(0).get("id")).longValue();
    }

    void open(String path) {
        browser.driver.get(base.toString().replaceAll("/$", "") + path);
    }

    WebElement await(By by) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void awaitText(By by, String text) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    Object js(String script, Object... args) {
        return browser.driver.executeScript(script, args);
    }

    /** Script errors and failed loads the page logged, except the optional change history (404 without it). */
    List<String> pageErrors() {
        return browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("/history"))
                .toList();
    }

    @Test
    void homeShowsTheLatestClaimsFromTheArchiveAndWhatAwaitsReview() throws IOException {
        JsonPath latest = given().queryParam("sort", "-asOf").queryParam("size", 10).get("/claims").then()
                .statusCode(200).extract().jsonPath();
        int unreviewed = given().queryParam("review", "unreviewed").get("/claims").then().extract().path("total");
        open("/");
        await(By.cssSelector("#latest-claims [data-claim-id='" + syria1500 + "']"));
        List<Map<String, Object>> items = latest.getList("items");
        for (Map<String, Object> claim : items) {
            WebElement card = browser.driver.findElement(By.cssSelector("#latest-claims [data-claim-id='" + claim.get("id") + "']"));
            assertThat(card.findElement(By.cssSelector(".sentence")).getText()).isEqualTo(((String) claim.get("sentence")).strip());
            assertThat(card.findElement(By.cssSelector(".sentence mark")).getText()).isEqualTo(claim.get("text"));
        }
        WebElement mine = browser.driver.findElement(By.cssSelector("#latest-claims [data-claim-id='" + syria1500 + "']"));
        assertThat(mine.findElement(By.cssSelector(".figure")).getText()).isEqualTo("1,500");
        assertThat(mine.findElement(By.cssSelector(".where")).getText()).contains("القوات الأمريكية").contains("سوريا");
        assertThat(mine.getText()).contains(OUTLET_A).contains("وزارة الدفاع");
        assertThat(mine.findElement(By.linkText("المقال")).getAttribute("href")).endsWith("/ui/article.html?id="
                + given().get("/claims/" + syria1500).then().extract().path("articleId"));
        assertThat(browser.driver.findElement(By.cssSelector("#count-unreviewed strong")).getText())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%,d", unreviewed));
        assertThat(browser.driver.findElement(By.cssSelector("#upcoming-deadlines")).getText()).contains("2027");
        assertThat(js("return document.documentElement.dir + '/' + document.documentElement.lang")).isEqualTo("rtl/ar");
        assertThat(pageErrors()).isEmpty();
        browser.screenshot("home");

        browser.size(390, 844);
        open("/");
        await(By.cssSelector("#latest-claims [data-claim-id='" + syria1500 + "']"));
        assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than a phone screen").isTrue();
        browser.screenshot("home-phone");
        browser.size(1280, 1000);
    }

    @Test
    void timelineDrawsTheFiguresOfTheChosenForceWithConflictsMarked() throws IOException {
        open("/ui/timeline.html");
        new Select(await(By.name("country"))).selectByValue("SY");
        new Select(await(By.name("force"))).selectByValue("US");
        await(By.id("points-table"));
        @SuppressWarnings("unchecked")
        List<Number> values = (List<Number>) js("const c = Chart.getChart(document.getElementById('timeline-chart'));"
                + "return c.data.datasets[0].data.map(p => p.y);");
        @SuppressWarnings("unchecked")
        List<Number> disputed = (List<Number>) js("const c = Chart.getChart(document.getElementById('timeline-chart'));"
                + "return c.data.datasets[1].data.map(p => p.y);");
        int served = given().queryParam("force", "US").queryParam("country", "SY").get("/claims/timeline").then()
                .statusCode(200).extract().jsonPath().getList("points").size();
        assertThat(values).hasSize(served);
        assertThat(values.stream().map(Number::longValue)).contains(1500L, 600L);
        assertThat(disputed.stream().map(Number::longValue)).as("1500 and about 600 cannot both hold").contains(1500L, 600L);
        assertThat((Long) js("const c = Chart.getChart(document.getElementById('timeline-chart'));"
                + "return c.getDatasetMeta(0).data.filter(e => !e.skip && Number.isFinite(e.x)).length;"))
                .as("points laid out on the canvas").isEqualTo((long) served);
        // the table under the chart leads to the point's claims and sources
        WebElement row = browser.driver.findElements(By.cssSelector("#points-table tbody tr")).stream()
                .filter(r -> r.getText().contains("1,500")).findFirst().orElseThrow();
        assertThat(row.getAttribute("class")).contains("conflict");
        row.findElement(By.tagName("button")).click();
        WebElement detail = await(By.cssSelector("#point-detail a[href='/ui/claim.html?id=" + syria1500 + "']"));
        assertThat(detail.getText()).contains("1500");
        assertThat(browser.driver.findElement(By.id("point-detail")).getText()).contains(OUTLET_A).contains("في تعارض");
        assertThat(pageErrors()).isEmpty();
        browser.screenshot("timeline");
    }

    @Test
    void conflictsShowBothSidesWithTheirClaims() throws IOException {
        open("/ui/conflicts.html?force=US&country=SY");
        await(By.cssSelector("#conflicts [data-claim-id='" + syria600 + "']"));
        WebElement conflict = browser.driver.findElements(By.cssSelector("#conflicts article.conflict")).stream()
                .filter(c -> !c.findElements(By.cssSelector("[data-claim-id='" + syria1500 + "']")).isEmpty()
                        && !c.findElements(By.cssSelector("[data-claim-id='" + syria600 + "']")).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no conflict holding both claims"));
        assertThat(conflict.findElements(By.cssSelector(".side")).size()).isGreaterThanOrEqualTo(2);
        assertThat(pageErrors()).isEmpty();
        browser.screenshot("conflicts");
    }

    @Test
    void deadlinesShowTheCalendarAndThePostponementChain() throws IOException {
        open("/ui/deadlines.html?force=US&country=SY&status=upcoming");
        WebElement card = await(By.cssSelector("#deadline-list [data-deadline-id='" + laterDeadline + "']"));
        assertThat(card.getText()).contains("2027-09");
        assertThat(await(By.id("month-title")).getAttribute("data-month")).isEqualTo("2027-09");
        assertThat(browser.driver.findElement(By.id("calendar")).getText()).contains("انسحاب");
        card.findElement(By.tagName("button")).click();
        await(By.cssSelector("#chain li[data-deadline-id='" + firstDeadline + "']"));
        List<String> chain = browser.driver.findElements(By.cssSelector("#chain li")).stream()
                .map(li -> li.getAttribute("data-deadline-id")).toList();
        assertThat(chain).containsSubsequence(Long.toString(firstDeadline), Long.toString(laterDeadline));
        assertThat(browser.driver.findElement(By.cssSelector("#chain li[data-deadline-id='" + firstDeadline + "']")).getText())
                .contains("أُجِّل").contains("2027-03");
        assertThat(pageErrors()).isEmpty();
        browser.screenshot("deadlines");
    }

    @Test
    void searchShowsHighlightsFacetsAndPages() throws IOException {
        open("/ui/search.html");
        WebElement form = await(By.id("search-form"));
        form.findElement(By.name("q")).sendKeys("الجنود الأميركيين");
        form.findElement(By.name("outlet")).sendKeys(OUTLET_A);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        await(By.id("total"));
        int total = given().queryParam("q", "الجنود الأميركيين").queryParam("outlet", OUTLET_A).get("/articles/search")
                .then().statusCode(200).extract().path("total");
        assertThat(browser.driver.findElement(By.id("total")).getText()).startsWith(total + " نتيجة");
        WebElement hit = browser.driver.findElement(By.cssSelector(".hit"));
        assertThat(hit.findElements(By.cssSelector("mark"))).as("highlighted words").isNotEmpty();
        assertThat(hit.findElements(By.tagName("em"))).as("highlights become marks, never raw HTML").isEmpty();
        assertThat(browser.driver.findElement(By.cssSelector(".facets")).getText()).contains(OUTLET_A);
        assertThat(browser.driver.getCurrentUrl()).contains("q=");
        assertThat(pageErrors()).isEmpty();
        browser.screenshot("search");
    }

    @Test
    void reviewQueueConfirmsAndCorrectsInPlaceWithTheKeyKeptForTheSession() throws IOException {
        open("/ui/review.html");
        WebElement keyForm = await(By.id("key-form"));
        String editorKey = TestKeys.fresh("editor")[1];
        keyForm.findElement(By.id("api-key")).sendKeys(editorKey);
        keyForm.findElement(By.cssSelector("button")).click();
        await(By.id("key-state"));
        assertThat(js("return sessionStorage.getItem('raqib.apiKey')")).isEqualTo(editorKey);

        By confirmItem = By.cssSelector(".review-item[data-claim-id='" + iraq3000 + "']");
        WebElement item = await(confirmItem);
        item.findElement(By.cssSelector("input.note")).sendKeys("مطابق لبيان رسمي");
        item.findElement(By.cssSelector("button.confirm")).click();
        awaitText(confirmItem, "أُكِّد الادعاء");
        JsonPath confirmed = given().get("/claims/" + iraq3000).then().statusCode(200).extract().jsonPath();
        assertThat(confirmed.getString("review")).isEqualTo("confirmed");
        assertThat(confirmed.getString("reviewNote")).isEqualTo("مطابق لبيان رسمي");
        assertThat(browser.driver.findElement(confirmItem).findElement(By.cssSelector("dl.record")).getAttribute("data-review"))
                .isEqualTo("confirmed");

        By correctItem = By.cssSelector(".review-item[data-claim-id='" + iraq2500 + "']");
        item = await(correctItem);
        item.findElement(By.cssSelector("button.correct")).click();
        WebElement value = item.findElement(By.cssSelector(".correct-form input[name=value]"));
        value.clear();
        value.sendKeys("2600");
        item.findElement(By.cssSelector(".correct-form button[type=submit]")).click();
        awaitText(correctItem, "صُحِّح الادعاء");
        JsonPath corrected = given().get("/claims/" + iraq2500).then().statusCode(200).extract().jsonPath();
        assertThat(corrected.getString("review")).isEqualTo("corrected");
        assertThat(corrected.getLong("value")).isEqualTo(2600L);
        assertThat(corrected.getLong("extracted.value")).isEqualTo(2500L);
        assertThat(browser.driver.findElement(correctItem).getText()).contains("2,600").contains("قيم الاستخراج الأصلية");
        assertThat(pageErrors()).isEmpty();
        browser.screenshot("review");

        // a reload keeps the key for the session and the reviewed claims leave the queue
        open("/ui/review.html");
        await(By.id("key-state"));
        await(By.id("queue-total"));
        assertThat(browser.driver.findElements(confirmItem)).isEmpty();
    }

    @Test
    void sourcesShowATrackRecord() throws IOException {
        open("/ui/sources.html?id=" + outletA);
        await(By.cssSelector("#source-stats [data-stat='articlesPublished']"));
        JsonPath stats = given().get("/sources/" + outletA + "/stats").then().statusCode(200).extract().jsonPath();
        assertThat(browser.driver.findElement(By.id("source-name")).getText()).isEqualTo(OUTLET_A);
        assertThat(browser.driver.findElement(By.cssSelector("#source-stats [data-stat='articlesPublished'] td:last-child"))
                .getText()).isEqualTo(Long.toString(stats.getLong("articlesPublished")));
        assertThat(stats.getLong("articlesPublished")).isGreaterThanOrEqualTo(4L);
        assertThat(pageErrors()).isEmpty();
        browser.screenshot("sources");
    }

    @Test
    void claimAndArticlePagesShowTheEvidence() throws IOException {
        open("/ui/article.html?id=" + given().get("/claims/" + syria1500).then().extract().path("articleId"));
        WebElement body = await(By.cssSelector(".article-body"));
        assertThat(body.findElement(By.tagName("mark")).getText()).isEqualTo(
                given().get("/claims/" + syria1500).then().extract().path("text"));
        open("/ui/claim.html?id=" + syria1500);
        await(By.cssSelector("dl.record"));
        assertThat(pageErrors()).isEmpty();
        browser.screenshot("claim");
    }

    /** A strict Content-Security-Policy (script-src 'self') must not break a page: no inline code anywhere. */
    @Test
    void pagesCarryNoInlineScriptsOrStyles() throws IOException {
        Path root = Path.of(System.getProperty("raqibtest.basedir", "."), "src/main/resources/META-INF/resources");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = Files.readString(html);
                assertThat(text).as(html.toString()).contains("<html lang=\"ar\" dir=\"rtl\">");
                assertThat(text.replaceAll("<script [^>]*src=\"[^\"]+\"[^>]*></script>", ""))
                        .as(html + ": scripts come from files").doesNotContain("<script");
                assertThat(text).as(html.toString()).doesNotContainPattern("\\son[a-z]+=").doesNotContain("style=");
            }
        }
    }
}
