package io.raqib.es.analysis;

import static io.raqib.es.analysis.Analysis.analyze;
import static io.raqib.es.analysis.Analysis.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentsTest {

    private static ArabicAnalyzerFactory arabic(Map<String, Object> s) {
        return new ArabicAnalyzerFactory(settings(ArabicAnalyzerFactory.Settings.class, s));
    }

    @Test
    void arabicAnalyzerStemsLikeTheOfficialOne() throws Exception {
        assertEquals(List.of("امريك"), analyze(arabic(Map.of()).create(), "الأمريكية"));
        // stop words removed, Arabic-Indic digits folded
        assertEquals(List.of("1500", "جند"), analyze(arabic(Map.of()).create(), "في ١٥٠٠ جندي"));
    }

    @Test
    void arabicAnalyzerStopwordsAndStemExclusion() throws Exception {
        assertEquals(List.of("في", "امريك"),
                analyze(arabic(Map.of("stopwords", "_none_")).create(), "في الأمريكية"));
        assertEquals(List.of("امريك"),
                analyze(arabic(Map.of("stopwords", List.of("_arabic_"))).create(), "في الأمريكية"));
        assertEquals(List.of("في"),
                analyze(arabic(Map.of("stopwords", List.of("الأمريكية"))).create(), "في الأمريكية"));
        assertEquals(List.of("واشنطن"),
                analyze(arabic(Map.of("stem_exclusion", List.of("واشنطن"))).create(), "واشنطن"));
        assertThrows(IllegalArgumentException.class, () -> arabic(Map.of("stopwords", "_english_")));
    }

    @Test
    void arabicNormalizationFoldsHamzatedAlef() throws Exception {
        var f = new ArabicNormalizationFilterFactory();
        assertEquals(List.of("ااا"), analyze("أإآ", f::create));
        assertEquals(List.of("ااا"), analyze("أإآ", f::normalize));
    }

    @Test
    void persianNormalizationFoldsFarsiYehAndKeheh() throws Exception {
        var f = new PersianNormalizationFilterFactory();
        assertEquals(List.of("ي"), analyze("ی", f::create));
        assertEquals(List.of("كتاب"), analyze("کتاب", f::create));
    }

    @Test
    void decimalDigitFoldsArabicIndicDigits() throws Exception {
        assertEquals(List.of("2025"), analyze("٢٠٢٥", new DecimalDigitFilterFactory()::create));
        assertEquals(List.of("2025"), analyze("۲۰۲۵", new DecimalDigitFilterFactory()::create));
    }

    @Test
    void arabicStem() throws Exception {
        assertEquals(List.of("أمريك"), analyze("الأمريكية", new ArabicStemFilterFactory()::create));
    }

    @Test
    void lowercaseWithLanguage() throws Exception {
        var plain = new LowerCaseFilterFactory(settings(LowerCaseFilterFactory.Settings.class, Map.of()));
        assertEquals(List.of("isis"), analyze("ISIS", plain::create));
        var turkish = new LowerCaseFilterFactory(
                settings(LowerCaseFilterFactory.Settings.class, Map.of("language", "turkish")));
        assertEquals(List.of("ısıs"), analyze("ISIS", turkish::create));
        assertThrows(IllegalArgumentException.class, () -> new LowerCaseFilterFactory(
                settings(LowerCaseFilterFactory.Settings.class, Map.of("language", "klingon"))));
    }

    @Test
    void keywordRepeatStemRemoveDuplicatesKeepsBothForms() throws Exception {
        var repeat = new KeywordRepeatFilterFactory();
        var stem = new ArabicStemFilterFactory();
        var dedup = new RemoveDuplicatesFilterFactory();
        assertEquals(List.of("الوجود", "|وجود", "raqib"),
                analyze("الوجود raqib", ts -> dedup.create(stem.create(repeat.create(ts)))));
        assertEquals(List.of("raqib", "|raqib"), analyze("raqib", ts -> stem.create(repeat.create(ts))));
    }

    @Test
    void mappingCharFilterStripsThousandsSeparator() throws Exception {
        var f = new MappingCharFilterFactory(
                settings(MappingCharFilterFactory.Settings.class, Map.of("mappings", List.of("٬=>", "\\u066B => ."))));
        assertEquals(List.of("١٥٠٠", "٢.٥"), analyze("١٬٥٠٠ ٢٫٥", f::create, ts -> ts));
        assertEquals(List.of("١٥٠٠"), analyze("١٬٥٠٠", f::normalize, ts -> ts));
    }

    @Test
    void mappingWithoutRulesIsConstructibleButUnusable() {
        // Elasticsearch builds every stable component with empty settings for each index
        var f = new MappingCharFilterFactory(settings(MappingCharFilterFactory.Settings.class, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> f.create(java.io.Reader.nullReader()));
    }

    @Test
    void mappingRulesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> MappingRules.parse(List.of()));
        assertThrows(IllegalArgumentException.class, () -> MappingRules.parse(List.of("a -> b")));
        assertThrows(IllegalArgumentException.class, () -> MappingRules.parse(List.of(" => b")));
        assertThrows(IllegalArgumentException.class, () -> MappingRules.parse(List.of("\\u06 => b")));
        assertThrows(IllegalArgumentException.class, () -> MappingRules.parse(List.of("a\\ => b")));
        assertEquals("\n\t\\\"x", MappingRules.unescape("\\n\\t\\\\\\\"\\u0078", "r"));
    }
}
