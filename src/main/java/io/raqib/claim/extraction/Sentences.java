package io.raqib.claim.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a field into sentences with offsets. A sentence ends at a line break or at . ! ? ؟ …
 * followed by a space, a quote or the end; a full stop between digits (1.5) or inside an
 * abbreviation (U.S.) does not end one. The split is deliberately simple: a figure's evidence
 * (noun, qualifier, cues) sits in its own clause, and neighbouring sentences are consulted
 * explicitly where a force or place has to be carried over.
 */
final class Sentences {

    /** {@code [start, end)} of one sentence, whitespace trimmed. */
    record Span(int start, int end) {
    }

    private Sentences() {
    }

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = false;
            if (c == '\n' || c == '\r') {
                end = true;
            } else if (c == '!' || c == '?' || c == '؟' || c == '…') {
                end = true;
            } else if (c == '.') {
                char prev = i > 0 ? text.charAt(i - 1) : ' ';
                char next = i + 1 < n ? text.charAt(i + 1) : ' ';
                boolean decimal = Character.isDigit(prev) && Character.isDigit(next);
                boolean abbreviation = Character.isLetter(next) && next < 0x80;
                end = !decimal && !abbreviation;
            }
            if (end) {
                add(out, text, start, i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static void add(List<Span> out, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Span(from, to));
        }
    }
}
