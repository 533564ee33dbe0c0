package io.raqib.arabic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Spelling variants of one word (الأمريكية/الأميركية, البنتاغون/البنتاجون) read from
 * {@code arabic/spelling-variants.txt}. Lucene's light stemmer keeps these apart
 * (امريك ≠ اميرك), so queries are expanded with every variant instead.
 */
public final class SpellingVariants {
    private static final List<List<String>> GROUPS = load("/arabic/spelling-variants.txt");

    private SpellingVariants() {
    }

    /** The normalised word itself plus each variant spelling, in a stable order. */
    public static Set<String> expand(String normalizedWord) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(normalizedWord);
        for (List<String> group : GROUPS) {
            for (String member : group) {
                if (normalizedWord.contains(member)) {
                    for (String other : group) {
                        forms.add(normalizedWord.replace(member, other));
                    }
                }
            }
        }
        return forms;
    }

    static List<List<String>> load(String resource) {
        try (InputStream in = SpellingVariants.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            List<List<String>> groups = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    groups.add(List.of(ArabicNormalizer.normalize(trimmed).split(" ")));
                }
            }
            return List.copyOf(groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
