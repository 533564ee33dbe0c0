package io.raqib.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the real test servers through {@link TestServers} and checks that they answer, and that the
 * Elasticsearch node has the Arabic analysis the index relies on (restored by the raqib-analysis
 * plugin on the minimal node).
 */
class TestServersTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static TestServers servers;

    @BeforeAll
    static void start() {
        servers = TestServers.get();
    }

    @Test
    void sameServersOnEveryCall() {
        assertThat(TestServers.get().jdbcUrl()).isEqualTo(servers.jdbcUrl());
        assertThat(TestServers.get().elasticsearchHosts()).isEqualTo(servers.elasticsearchHosts());
        assertThat(TestServers.isStarted()).isTrue();
    }

    @Test
    void postgresAnswersOverJdbc() throws Exception {
        try (Connection c = DriverManager.getConnection(servers.jdbcUrl(), servers.username(), servers.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1, current_database(), pg_encoding_to_char(encoding)"
                        + " from pg_database where datname = current_database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getString(2)).isEqualTo("raqib");
            assertThat(rs.getString(3)).isEqualTo("UTF8");
        }
    }

    @Test
    void postgresStoresArabicText() throws Exception {
        try (Connection c = DriverManager.getConnection(servers.jdbcUrl(), servers.username(), servers.password());
                Statement s = c.createStatement()) {
            s.execute("create temporary table t (x text)");
            s.execute("insert into t values ('نحو ٢٠٠٠ جندي أمريكي')");
            try (ResultSet rs = s.executeQuery("select x, length(x) from t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("نحو ٢٠٠٠ جندي أمريكي");
                assertThat(rs.getInt(2)).isEqualTo(20); // characters, not bytes
            }
        }
    }

    @Test
    void elasticsearchIsHealthy() throws Exception {
        HttpResponse<String> r = get("/_cluster/health?wait_for_status=yellow&timeout=30s");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).containsAnyOf("\"status\":\"green\"", "\"status\":\"yellow\"");
    }

    @Test
    void arabicAnalyzerStems() throws Exception {
        assertThat(analyze("{\"analyzer\": \"arabic\", \"text\": \"الأمريكية\"}")).containsExactly("امريك");
        // stop words and Arabic-Indic digits, as the official analyzer does
        assertThat(analyze("{\"analyzer\": \"arabic\", \"text\": \"نحو ٢٠٠٠ جندي في سوريا\"}"))
                .containsExactly("2000", "جند", "سوريا");
    }

    @Test
    void arabicAndPersianNormalization() throws Exception {
        assertThat(analyze("{\"tokenizer\": \"standard\", \"filter\": [\"arabic_normalization\"], \"text\": \"أإآ\"}"))
                .containsExactly("ااا");
        assertThat(analyze("{\"tokenizer\": \"standard\", \"filter\": [\"persian_normalization\"], \"text\": \"ی\"}"))
                .containsExactly("ي");
        assertThat(analyze("{\"tokenizer\": \"standard\", \"filter\": [\"decimal_digit\"], \"text\": \"۲۰۲۵\"}"))
                .containsExactly("2025");
    }

    @Test
    void stemmedAndUnstemmedFormsAtOnePosition() throws Exception {
        assertThat(analyze("{\"tokenizer\": \"standard\", \"filter\": [\"lowercase\", \"arabic_normalization\","
                + " \"keyword_repeat\", \"arabic_stem\", \"remove_duplicates\"], \"text\": \"الوجود CENTCOM\"}"))
                .containsExactly("الوجود", "وجود", "centcom");
    }

    @Test
    void mappingCharFilterStripsThousandsSeparators() throws Exception {
        assertThat(analyze("{\"tokenizer\": \"standard\", \"char_filter\": [{\"type\": \"mapping\","
                + " \"mappings\": [\"٬=>\"]}], \"filter\": [\"decimal_digit\"], \"text\": \"١٬٥٠٠\"}"))
                .containsExactly("1500");
    }

    @Test
    void indexSettingsUseTheRestoredComponentsByType() throws Exception {
        String index = "test-servers-check-" + System.nanoTime();
        String settings = """
                {"settings": {"number_of_replicas": 0, "analysis": {
                  "char_filter": {"ar_numbers": {"type": "mapping", "mappings": ["٬=>"]}},
                  "filter": {"ar_stop": {"type": "stop", "stopwords": "_arabic_"}, "lc": {"type": "lowercase"}},
                  "analyzer": {
                    "ar_plain": {"type": "arabic"},
                    "ar_text": {"type": "custom", "tokenizer": "standard", "char_filter": ["ar_numbers"],
                      "filter": ["lc", "decimal_digit", "arabic_normalization", "persian_normalization",
                                 "ar_stop", "keyword_repeat", "arabic_stem", "remove_duplicates"]}}}}}""";
        HttpResponse<String> created = send("PUT", "/" + index, settings);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        try {
            assertThat(analyze(index, "{\"analyzer\": \"ar_text\", \"text\": \"نحو ١٬٥٠٠ من القوات الأمريكية\"}"))
                    .containsExactly("1500", "القوات", "قو", "الامريكيه", "امريك");
        } finally {
            send("DELETE", "/" + index, null);
        }
    }

    // ------------------------------------------------------------------------------------------

    private static List<String> analyze(String body) throws Exception {
        return analyze(null, body);
    }

    private static List<String> analyze(String index, String body) throws Exception {
        HttpResponse<String> r = send("POST", (index == null ? "" : "/" + index) + "/_analyze", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(r.body());
        while (m.find()) {
            tokens.add(m.group(1));
        }
        return tokens;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
    }

    private static HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + servers.elasticsearchHosts() + path))
                .timeout(Duration.ofSeconds(60));
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json; charset=utf-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
