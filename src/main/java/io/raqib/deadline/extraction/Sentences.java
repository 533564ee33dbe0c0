package io.raqib.deadline.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Arabic news text into sentences with offsets. A sentence ends at a line break, at ؟ ! …,
 * and at a full stop that is not inside a number (1.5) — including the ".." headline writers use
 * between two clauses. The Arabic comma and semicolon do not end a sentence; see {@link #clauseEnd}.
 */
final class Sentences {
    /** A sentence: {@code [start, end)} in the text, without surrounding blanks. */
    record Span(int start, int end) {
        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private Sentences() {
    }

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isTerminator(text, i)) {
                add(text, start, c == '\n' ? i : i + 1, out);
                start = i + 1;
            }
        }
        add(text, start, text.length(), out);
        return out;
    }

    private static boolean isTerminator(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' || c == '؟' || c == '?' || c == '!' || c == '…') {
            return true;
        }
        if (c == '.') {
            boolean digitBefore = i > 0 && Character.isDigit(text.charAt(i - 1));
            boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
            return !(digitBefore && digitAfter);
        }
        return false;
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    /** The sentence holding the offset, or a span of just that offset when none does (blank text). */
    static Span containing(List<Span> sentences, int offset) {
        for (Span s : sentences) {
            if (s.contains(offset)) {
                return s;
            }
        }
        return new Span(offset, offset);
    }

    /** End of the clause that goes on at {@code from}: the next comma, semicolon or colon, or the sentence end. */
    static int clauseEnd(String text, int from, Span sentence) {
        for (int i = from; i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (c == '،' || c == ',' || c == '؛' || c == ';' || c == ':') {
                return i;
            }
        }
        return sentence.end();
    }
}
