package io.raqib.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.arabic.ArabicNormalizer;
import io.raqib.arabic.Gazetteer;
import io.raqib.source.SourceNames;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameAliasesTest {
    private static final Map<String, Set<String>> FORMS = NameAliases.gazetteerForms(Gazetteer.standard());

    private static Set<String> formsOf(String name) {
        return FORMS.getOrDefault(ArabicNormalizer.foldHamzaSeats(SourceNames.key(name)), Set.of());
    }

    @Test
    void gazetteerNamesMatchWhateverSeatTheHamzaTakes() {
        assertThat(formsOf("هيئة تحرير الشام")).contains("جبهه النصره");
        assertThat(formsOf("هيأة تحرير الشام")).isEqualTo(formsOf("هيئة تحرير الشام"));
        assertThat(formsOf("هيأة الحشد الشعبي")).contains("الحشد الشعبي");
    }

    @Test
    void otherNamesFindNothing() {
        assertThat(formsOf("هيأة المنافذ الحدودية")).isEmpty();
    }
}
