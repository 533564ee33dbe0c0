package io.raqib.source;

import io.raqib.arabic.ArabicNormalizer;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The matching key of a source name: Arabic-normalised, Latin lower-cased, quotes and
 * punctuation dropped, and the article ال taken off each word, so that
 * "«الخليج الجديد»", "الخليج الجديد" and "خليج جديد" are one outlet.
 */
public final class SourceNames {
    private SourceNames() {
    }

    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String normalized = ArabicNormalizer.normalize(name).replaceAll("[\\p{P}\\p{S}]", " ");
        return Arrays.stream(normalized.split("\\s+"))
                .filter(w -> !w.isEmpty())
                .map(SourceNames::withoutArticle)
                .collect(Collectors.joining(" "));
    }

    private static String withoutArticle(String word) {
        return word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
    }
}
