package io.raqib.arabic;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Arabic news text into sentences with offsets. A sentence ends at a line break, at
 * ؟ ? ! …, and at a full stop that is neither inside a number (1.5) nor inside a Latin
 * abbreviation (U.S.) — including the ".." headline writers put between two clauses. The Arabic
 * comma and semicolon do not end a sentence; {@link #clauseEnd} finds those. Shared by the
 * figure and deadline extractors, so both read the same sentence around a match.
 */
public final class ArabicSentences {

    /** {@code [start, end)} of one sentence in the text, without surrounding blanks. */
    public record Span(int start, int end) {
        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private ArabicSentences() {
    }

    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isTerminator(text, i)) {
                add(text, start, i + 1, out);
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
            char prev = i > 0 ? text.charAt(i - 1) : ' ';
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean decimal = Character.isDigit(prev) && Character.isDigit(next);
            boolean abbreviation = Character.isLetter(next) && next < 0x80;
            return !decimal && !abbreviation;
        }
        return false;
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    /** The sentence holding the offset, or a span of just that offset when none does (blank text). */
    public static Span containing(List<Span> sentences, int offset) {
        for (Span s : sentences) {
            if (s.contains(offset)) {
                return s;
            }
        }
        return new Span(offset, offset);
    }

    /** The text of the sentence(s) a span [start, end) stands in, trimmed. */
    public static String around(String text, int start, int end) {
        int from = start;
        int to = end;
        for (Span s : split(text)) {
            if (s.end() > start && s.start() < end) {
                from = Math.min(from, s.start());
                to = Math.max(to, s.end());
            }
        }
        return text.substring(from, to).strip();
    }

    /** End of the clause that goes on at {@code from}: the next comma, semicolon or colon, or the sentence end. */
    public static int clauseEnd(String text, int from, Span sentence) {
        for (int i = from; i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (c == '،' || c == ',' || c == '؛' || c == ';' || c == ':') {
                return i;
            }
        }
        return sentence.end();
    }
}
