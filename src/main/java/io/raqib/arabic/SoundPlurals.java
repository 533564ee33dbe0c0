package io.raqib.arabic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The numbers of the nouns journalists query ({@code arabic/sound-plural-nouns.txt}): a query word
 * that is one of them in the singular, dual or sound plural, with or without a clitic, also
 * searches the forms Lucene's light stemmer leaves apart from the singular: construct plural
 * (مسؤولو), accusative or construct dual (مسؤولا), feminine dual (مسؤولتان). Words are compared
 * normalised with hamza seats folded, as the index compares them (مسئولين = مسؤولين); the forms
 * added are spelt as the list spells the noun, so they also match an index built before hamza
 * seats were folded.
 */
public final class SoundPlurals {
    /** Folded noun (hamza seats on alef) → the noun as the list writes it, normalised. */
    private static final Map<String, String> NOUNS = load("/arabic/sound-plural-nouns.txt");
    /** Clitics the index strips or that precede a noun in a query, longest first. */
    private static final List<String> PREFIXES = List.of("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ف", "ل", "");
    /** Endings of number, gender and case on a sound noun (ه is the folded teh marbuta). */
    private static final List<String> ENDINGS = List.of("تان", "تين", "ان", "ين", "ون", "ات", "ه", "ا", "و", "ي", "");
    /** What the stemmer keeps apart from the singular, added to the query. */
    private static final List<String> UNSTEMMED = List.of("", "ا", "و", "تان");

    private SoundPlurals() {
    }

    /**
     * The singular noun (normalised, written as the list writes it) a normalised query word is a
     * number of, if it is one of the listed nouns.
     */
    public static Optional<String> nounOf(String normalizedWord) {
        String word = ArabicNormalizer.foldHamzaSeats(normalizedWord);
        for (String prefix : PREFIXES) {
            if (!word.startsWith(prefix)) {
                continue;
            }
            for (String ending : ENDINGS) {
                if (word.endsWith(ending) && word.length() >= prefix.length() + ending.length()) {
                    String noun = word.substring(prefix.length(), word.length() - ending.length());
                    if (NOUNS.containsKey(noun)) {
                        return Optional.of(NOUNS.get(noun));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The forms to search besides the word itself: the singular and the numbers the stemmer does
     * not reduce to it; empty for a word that is not one of the nouns.
     */
    public static Set<String> otherNumbers(String normalizedWord) {
        Set<String> forms = new LinkedHashSet<>();
        nounOf(normalizedWord).ifPresent(noun -> UNSTEMMED.forEach(ending -> forms.add(noun + ending)));
        String word = ArabicNormalizer.foldHamzaSeats(normalizedWord);
        forms.removeIf(form -> ArabicNormalizer.foldHamzaSeats(form).equals(word));
        return forms;
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = SoundPlurals.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            Map<String, String> nouns = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    String noun = ArabicNormalizer.normalize(trimmed);
                    nouns.put(ArabicNormalizer.foldHamzaSeats(noun), noun);
                }
            }
            return Map.copyOf(nouns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
