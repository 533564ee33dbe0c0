package io.raqib.deadline;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 §3.1 folding: no line longer than 75 octets of UTF-8, a continuation starts with one
 * space, and a fold never falls inside a character (an Arabic letter is two octets, an emoji a
 * surrogate pair of four). Lines are counted between CRLFs; a line already within the limit is left
 * as it is.
 */
final class ContentLineFolding {
    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ContentLineFolding() {
    }

    /** Folds every CRLF-terminated content line of {@code lines}. */
    static String fold(String lines) {
        StringBuilder out = new StringBuilder(lines.length() + lines.length() / 20);
        int from = 0;
        while (from < lines.length()) {
            int end = lines.indexOf(CRLF, from);
            int next = end < 0 ? lines.length() : end + CRLF.length();
            foldLine(out, lines.substring(from, end < 0 ? lines.length() : end));
            if (end >= 0) {
                out.append(CRLF);
            }
            from = next;
        }
        return out.toString();
    }

    private static void foldLine(StringBuilder out, String line) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int size = octets(cp);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
    }

    private static int octets(int codePoint) {
        return new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
    }
}
