package io.raqib.source;

import java.util.Arrays;
import java.util.Optional;

/**
 * Finds the registered source a name as the text writes it refers to. Extracted names carry words
 * around them ("معهد نيو لاين انستيتيوت الأمريكي", "شبكة CBS"), so after the whole name the longest
 * run of its words that is a known alias wins. Lookup only: nothing is created here.
 */
public final class SourceLinks {
    private static final int MAX_WORDS = 8;

    private SourceLinks() {
    }

    public static Source find(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Optional<Source> whole = Source.findByAlias(name);
        if (whole.isPresent()) {
            return whole.get();
        }
        String[] words = name.strip().replaceAll("[()\\[\\]]", " ").strip().split("\\s+");
        int max = Math.min(words.length, MAX_WORDS);
        for (int n = max - 1; n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                Optional<Source> found = Source.findByAlias(String.join(" ", Arrays.copyOfRange(words, i, i + n)));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return null;
    }
}
