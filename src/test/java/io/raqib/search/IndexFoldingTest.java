package io.raqib.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.raqib.arabic.ArabicNormalizer;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hamza folding Java applies to keywords is the folding the index applies to text: every rule
 * of the {@code raqib_hamza_seats} char filter, and nothing else, in each index definition.
 */
class IndexFoldingTest {

    @ParameterizedTest
    @ValueSource(strings = {"/search/articles-index.json", "/search/claims-index.json"})
    void javaFoldsHamzaSeatsAsTheIndexDoes(String definition) throws Exception {
        JsonNode settings;
        try (InputStream in = IndexFoldingTest.class.getResourceAsStream(definition)) {
            settings = new ObjectMapper().readTree(in).path("settings").path("analysis");
        }
        List<String> rules = new ArrayList<>();
        settings.path("char_filter").path("raqib_hamza_seats").path("mappings").forEach(r -> rules.add(r.asText()));
        assertThat(rules).hasSize(3);
        StringBuilder seats = new StringBuilder();
        for (String rule : rules) {
            String[] sides = rule.split("=>");
            assertThat(ArabicNormalizer.foldHamzaSeats(sides[0])).as(rule).isEqualTo(sides[1]);
            seats.append(sides[0]);
        }
        assertThat(seats.toString()).contains("ؤ", "ئ", "ء");
        for (String analyzer : List.of("raqib_arabic_stemmed", "raqib_arabic_exact")) {
            assertThat(settings.path("analyzer").path(analyzer).path("char_filter").toString())
                    .as(analyzer).contains("raqib_hamza_seats");
        }
    }
}
