package io.raqib.article.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The five reference documents against the articles a careful reader finds in them
 * (expected.json → docs[].articles): count, titles, dates, primary outlet, keywords.
 * Keywords: every expected tag must be there, in that order, at the start of the list; tags
 * after them are the document's extra tags (allowed).
 */
class SeedImportParsingTest {

    private final NewsDocumentParser parser = new NewsDocumentParser();

    @TestFactory
    Stream<DynamicTest> everySeedDocumentYieldsTheExpectedArticles() throws IOException {
        Path dir = SeedDocuments.directory();
        JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode doc : expected.get("docs")) {
            String file = doc.get("file").asText();
            tests.add(DynamicTest.dynamicTest(file, () -> check(dir.resolve(file), doc.get("articles"))));
        }
        assertThat(tests).hasSize(5);
        return tests.stream();
    }

    private void check(Path file, JsonNode expectedArticles) throws IOException {
        ParseResult result = parser.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(result.errors()).as("errors").isEmpty();
        List<ParsedArticle> articles = result.articles();
        assertThat(articles).extracting(ParsedArticle::title)
                .containsExactlyElementsOf(texts(expectedArticles, "title"));

        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < articles.size(); i++) {
            ParsedArticle actual = articles.get(i);
            JsonNode want = expectedArticles.get(i);
            String where = file.getFileName() + " article " + i;
            soft.assertThat(actual.publishedAt()).as(where + " published").isEqualTo(date(want.get("published")));
            soft.assertThat(actual.primaryOutlet().orElse(null)).as(where + " outlet").isEqualTo(text(want.get("outlet")));
            soft.assertThat(actual.relatedTo()).as(where + " relatedTo").isEqualTo(i == 0 ? null : 0);
            soft.assertThat(actual.body()).as(where + " body").isNotBlank();
            if (want.has("keywords")) {
                List<String> keywords = texts(want.get("keywords"));
                soft.assertThat(actual.keywords()).as(where + " keywords").startsWith(keywords.toArray(String[]::new));
            } else {
                soft.assertThat(actual.keywords()).as(where + " keywords").isEmpty();
            }
        }
        soft.assertAll();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.get(field).asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
    }
}
