package io.raqib.source;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.raqib.arabic.Gazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one list of known sources ({@code sources/known-sources.json}), read once. Two views are
 * derived from it: the seeds applied at start ({@link SourceSeeds}), and the sources the extractors
 * know by sight (entries with {@code textForms}: CNN, CENTCOM, واع …) — as a gazetteer for the
 * figure extractor and by key or written form for the registry.
 */
public final class KnownSources {
    static final String RESOURCE = "sources/known-sources.json";

    /** One entry of the file; {@code seed} false: known by sight only, created when first met. */
    public record Entry(String key, String name, String latinName, SourceType type, String country,
                        List<String> aliases, Boolean seed, List<String> textForms) {
        public Entry {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            textForms = textForms == null ? List.of() : List.copyOf(textForms);
        }

        boolean isSeed() {
            return seed == null || seed;
        }
    }

    /** A source the extractors recognise in sentences: its key, country, name and forms in text. */
    record Known(String code, String country, String canonical, List<String> variants) {
    }

    record SourceFile(String about, List<Entry> sources) {
    }

    private static final List<Entry> ENTRIES = read();

    private static final Map<String, Known> BY_CODE = byCode();

    /** Known sources by the matching key of each written form (for attributions a person typed). */
    private static final Map<String, Known> BY_NAME = byName();

    private static final Gazetteer GAZETTEER = gazetteer(BY_CODE.values());

    private KnownSources() {
    }

    /** Every entry of the file, in its order. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The entries applied at every start. */
    static List<Entry> seeds() {
        return ENTRIES.stream().filter(Entry::isSeed).toList();
    }

    /**
     * The known sources' forms in text as a gazetteer of SOURCE names (code = the entry's key), so
     * the figure extractor finds "نقلت شبكة سي إن إن" without a second list of names.
     */
    public static Gazetteer gazetteer() {
        return GAZETTEER;
    }

    static Known byCode(String code) {
        return BY_CODE.get(code);
    }

    static Known byName(String name) {
        return BY_NAME.get(SourceNames.key(name));
    }

    static boolean isKnown(String name) {
        return BY_NAME.containsKey(SourceNames.key(name));
    }

    private static Map<String, Known> byCode() {
        Map<String, Known> known = new LinkedHashMap<>();
        for (Entry e : ENTRIES) {
            if (!e.textForms().isEmpty()) {
                known.put(e.key(), new Known(e.key(), e.country() == null ? "" : e.country(), e.name(), e.textForms()));
            }
        }
        return known;
    }

    private static Map<String, Known> byName() {
        Map<String, Known> byName = new HashMap<>();
        for (Known known : BY_CODE.values()) {
            byName.putIfAbsent(SourceNames.key(known.canonical()), known);
            for (String variant : known.variants()) {
                byName.putIfAbsent(SourceNames.key(variant), known);
            }
        }
        return Map.copyOf(byName);
    }

    private static Gazetteer gazetteer(Iterable<Known> known) {
        Map<Gazetteer.Entry, List<String>> names = new LinkedHashMap<>();
        for (Known k : known) {
            names.put(new Gazetteer.Entry(Gazetteer.Kind.SOURCE, k.code(), k.country().isEmpty() ? null : k.country(),
                    null, k.canonical()), k.variants());
        }
        return Gazetteer.of(names);
    }

    private static List<Entry> read() {
        try (InputStream in = KnownSources.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return List.copyOf(new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, SourceFile.class).sources());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
