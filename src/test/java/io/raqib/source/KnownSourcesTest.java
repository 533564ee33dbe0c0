package io.raqib.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.arabic.Gazetteer;
import io.raqib.arabic.Gazetteer.GazetteerMatch;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one list of known sources and the two views derived from it: seeds, and names known by sight. */
class KnownSourcesTest {

    @Test
    void keysAreUniqueAndEveryEntryIsComplete() {
        Set<String> keys = new HashSet<>();
        for (KnownSources.Entry e : KnownSources.entries()) {
            assertThat(keys.add(e.key())).as("duplicate key " + e.key()).isTrue();
            assertThat(e.key()).matches("[A-Z][A-Z0-9_]*");
            assertThat(e.name()).as(e.key()).isNotBlank();
            assertThat(e.type()).as(e.key()).isNotNull();
            assertThat(e.isSeed() ? e.aliases() : e.textForms()).as(e.key()).isNotEmpty();
            if (e.country() != null) {
                assertThat(e.country()).as(e.key()).matches("[A-Z]{2}");
            }
        }
    }

    @Test
    void seedsAreTheEntriesNotMarkedOtherwise() {
        List<String> seeds = KnownSources.seeds().stream().map(KnownSources.Entry::key).toList();
        assertThat(seeds).contains("SHAFAQ", "CENTCOM", "SADA_ELBALAD").doesNotContain("SANA", "ISW", "IQ_MOD");
        assertThat(KnownSources.entries()).filteredOn(e -> !e.isSeed()).isNotEmpty()
                .allSatisfy(e -> assertThat(seeds).doesNotContain(e.key()));
    }

    @Test
    void extractorsKnowTheTextFormsAndOnlyThem() {
        Gazetteer sources = KnownSources.gazetteer();
        List<GazetteerMatch> found = sources.findAll("ونقلت شبكة سي ان ان عن سنتكوم، فيما قالت وكالة سانا إن …");
        assertThat(found).extracting(GazetteerMatch::code).containsExactly("CNN", "CENTCOM", "SANA");
        assertThat(found).allSatisfy(m -> assertThat(m.kind()).isEqualTo(Gazetteer.Kind.SOURCE));
        // a seed alias that is not a form in text: "شفق" alone, or "العربية" (the language), is not a source in a sentence
        assertThat(sources.findAll("قال موقع صدى البلد إن اللغة العربية جميلة عند الشفق")).isEmpty();
        assertThat(sources.findAll("بحسب معهد دراسة الحرب")).extracting(GazetteerMatch::code).containsExactly("ISW");
    }

    @Test
    void knownByKeyAndByAnyWrittenForm() {
        assertThat(KnownSources.byCode("CENTCOM").canonical()).isEqualTo("القيادة المركزية الأمريكية");
        assertThat(KnownSources.byName("سينتكوم").code()).isEqualTo("CENTCOM");
        assertThat(KnownSources.byName("CENTCOM").code()).isEqualTo("CENTCOM");
        assertThat(KnownSources.isKnown("البنتاجون")).isTrue();
        assertThat(KnownSources.isKnown("صدى البلد")).isFalse(); // an outlet seed, not recognised in sentences
        assertThat(KnownSources.byCode("SADA_ELBALAD")).isNull();
    }
}
