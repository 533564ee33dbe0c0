package io.raqib.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources the extractors know by sight ({@code arabic/sources.tsv}: CNN, CENTCOM, واع …), by
 * their stable key and by the matching key of each written form.
 */
final class KnownSources {
    record Known(String code, String country, String canonical, List<String> variants) {
    }

    static final String RESOURCE = "/arabic/sources.tsv";

    private static final Map<String, Known> BY_CODE = load();

    /** Known sources by the matching key of each written form (for attributions a person typed). */
    private static final Map<String, Known> BY_NAME = byName();

    private KnownSources() {
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

    private static Map<String, Known> load() {
        Map<String, Known> known = new HashMap<>();
        try (InputStream in = KnownSources.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return known;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 6 || !"SOURCE".equals(cols[0])) {
                    continue;
                }
                List<String> variants = new ArrayList<>();
                for (String v : cols[5].split("\\|")) {
                    if (!v.isBlank()) {
                        variants.add(v.strip());
                    }
                }
                known.put(cols[1], new Known(cols[1], cols[2], cols[4].strip(), variants));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(known);
    }
}
