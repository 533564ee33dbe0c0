package io.raqib.arabic;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cheap necessary conditions checked before a costly regex runs over a whole text: a pattern whose
 * every match holds one of some words cannot match a text that holds none of them. A scan for a word
 * costs a few percent of a regex scan (which tries every position), and most texts of the press hold
 * none of the rarer words ("قريباً", "غداً", a dual such as "عامين"), so most scans are skipped with
 * the same result. The word lists come from the same vocabulary the patterns are built from.
 */
final class Literals {
    private static final Pattern SPACE = Pattern.compile(" ");

    private final List<String> words;

    private Literals(List<String> words) {
        this.words = words;
    }

    /**
     * Any of these folded words; a word of several (matched with {@code \s+} between them) stands
     * for its first, which every match holds whatever the spaces.
     */
    static Literals of(Collection<String> foldedWords) {
        return new Literals(foldedWords.stream().map(w -> SPACE.split(w.strip(), 2)[0]).distinct().toList());
    }

    static Literals of(String... foldedWords) {
        return of(List.of(foldedWords));
    }

    /** Whether the text holds any of the words. */
    boolean in(String text) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lookahead for the first character of a match, put before a pattern's leading lookbehind: the
     * engine tries every position, and a character class rejects most of them far more cheaply than
     * the lookbehind. {@code starts} are the folded words or fragments a match can begin with (their
     * first characters are taken); {@code digits} adds 0-9.
     */
    static String startsWithOneOf(java.util.Collection<String> starts, boolean digits) {
        StringBuilder set = new StringBuilder(digits ? "0-9" : "");
        starts.stream().filter(w -> !w.isEmpty()).map(w -> w.charAt(0)).distinct().sorted()
                .forEach(c -> set.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c));
        return "(?=[" + set + "])";
    }

    /** Whether the text holds an ASCII digit: what {@code \d} matches (folded text has only ASCII digits). */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
