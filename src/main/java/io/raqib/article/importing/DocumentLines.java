package io.raqib.article.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a raw document into numbered, cleaned lines. Documents arrive from copy-paste, Windows
 * editors and web scrapers, so the cleaning is about invisible differences only: a byte order
 * mark, CRLF or CR line ends, bidi and zero-width marks, non-breaking spaces, trailing blanks.
 * Visible text is never changed, and line numbers stay those an editor shows.
 */
final class DocumentLines {

    /** A line of the document: its 1-based number and its cleaned text (possibly empty). */
    record Line(int number, String text) {
        boolean isBlank() {
            return text.isEmpty();
        }
    }

    /** CRLF, lone CR, LF, and the Unicode line/paragraph separators some web pages carry. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u2028\u2029\u0085]");

    /**
     * BOM (also mid-text, where concatenated files leave it), zero-width space, LRM/RLM/ALM and
     * the bidi embedding/isolate controls: invisible, yet they break exact matching of titles.
     * ZWNJ (U+200C) and ZWJ (U+200D) are kept: they can be meaningful in Persian-script names.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\uFEFF\u200B\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]");

    /** No-break and other typographic spaces, and tabs, become a plain space. */
    private static final Pattern ODD_SPACE = Pattern.compile("[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]");

    private DocumentLines() {
    }

    static List<Line> of(String raw) {
        List<Line> lines = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return lines;
        }
        String[] parts = LINE_BREAK.split(raw, -1);
        for (int i = 0; i < parts.length; i++) {
            lines.add(new Line(i + 1, clean(parts[i])));
        }
        return lines;
    }

    static String clean(String line) {
        String text = INVISIBLE.matcher(line).replaceAll("");
        return ODD_SPACE.matcher(text).replaceAll(" ").strip();
    }
}
