package io.raqib.deadline;

import io.raqib.source.Source;
import java.util.Optional;

/**
 * Links an announcer as the text names it to a registered source. The extractor keeps the words
 * around the name ("معهد نيو لاين انستيتيوت الأمريكي", "التحالف الدولى في بيان"), so after the
 * whole name the longest run of its words that is a known alias wins. Announcers are linked,
 * never created: the raw phrase is too loose to found a source on, and stays in announcedBy.
 */
final class AnnouncerLinks {
    private static final int MAX_WORDS = 8;

    private AnnouncerLinks() {
    }

    static Source link(String announcedBy) {
        if (announcedBy == null || announcedBy.isBlank()) {
            return null;
        }
        Optional<Source> whole = Source.findByAlias(announcedBy);
        if (whole.isPresent()) {
            return whole.get();
        }
        String[] words = announcedBy.strip().split("\\s+");
        int max = Math.min(words.length, MAX_WORDS);
        for (int n = max - 1; n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                Optional<Source> found = Source.findByAlias(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return null;
    }
}
