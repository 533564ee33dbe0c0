package io.raqib.arabic;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the lines of text wrapped at a fixed width ("…للتحالف الذي⏎تقوده الولايات المتحدة…"), as
 * forum posts and pasted wire copy are, so that a sentence split by a line break reads as one. In
 * a paragraph (lines with no blank line between them), a line break is such a wrap when the line
 * before it is long, ends without a sentence's closing mark or a figure, and has a neighbour
 * (before it, or after it when that one is not the paragraph's last) that does too, of about
 * the same length: wrapping gives its lines one width, while a headline above its first
 * paragraph or a dateline has a length of its own. Each wrap becomes a
 * space, so offsets into the text stay valid.
 */
public final class HardWraps {
    /** Shorter lines are headlines, datelines and menu entries rather than wrapped prose. */
    static final int MIN_WRAPPED_LINE = 40;
    /** How far a wrapped line's length may stray from the paragraph's width. */
    private static final double WIDTH_TOLERANCE = 0.3;
    private static final String CLOSING = ".؟?!…:؛\"»”'";

    private HardWraps() {
    }

    private record Line(int start, int end, int newline) {
        int length() {
            return end - start;
        }
    }

    public static String unwrap(String text) {
        if (text == null || text.indexOf('\n') < 0) {
            return text;
        }
        char[] out = null;
        List<Line> paragraph = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != '\n') {
                continue;
            }
            Line line = trimmed(text, lineStart, i);
            if (line.length() == 0) {
                out = join(text, paragraph, out);
                paragraph.clear();
            } else {
                paragraph.add(line);
            }
            lineStart = i + 1;
        }
        out = join(text, paragraph, out);
        return out == null ? text : new String(out);
    }

    private static Line trimmed(String text, int from, int newline) {
        int start = from;
        int end = newline;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return new Line(start, end, newline);
    }

    /** Marks the wraps of one paragraph as spaces in {@code out} (made on the first wrap found). */
    private static char[] join(String text, List<Line> paragraph, char[] out) {
        if (!anyDangling(text, paragraph)) {
            return out;
        }
        for (int i = 0; i + 1 < paragraph.size(); i++) {
            Line line = paragraph.get(i);
            boolean wrapped = endsOpen(text, line)
                    && (i > 0 && sameWidth(text, paragraph.get(i - 1), line)
                    || i + 2 < paragraph.size() && sameWidth(text, line, paragraph.get(i + 1))
                    // "…وبالتحديد حول⏎حلب.": inside a paragraph of three lines or more, a line broken after
                    // a preposition is wrapped whatever its width, and so is the open line right before it
                    // ("…من القوات⏎الإيرانية … حول⏎"); two lines may be a cut headline over its body
                    || paragraph.size() > 2 && (danglingEnd(text, line)
                    || i + 2 < paragraph.size() && danglingEnd(text, paragraph.get(i + 1))));
            if (!wrapped) {
                continue;
            }
            if (out == null) {
                out = text.toCharArray();
            }
            out[line.newline()] = ' ';
            if (line.newline() > 0 && out[line.newline() - 1] == '\r') {
                out[line.newline() - 1] = ' ';
            }
        }
        return out;
    }

    /**
     * Some line of the paragraph (not its last) breaks off after a word no sentence or headline
     * ends with ("…للتحالف الذي⏎"، "…أُرسلت تحت⏎") or after a comma: the paragraph is wrapped prose,
     * not a stack of headlines.
     */
    private static boolean anyDangling(String text, List<Line> paragraph) {
        for (int i = 0; i + 1 < paragraph.size(); i++) {
            Line line = paragraph.get(i);
            if (line.length() < MIN_WRAPPED_LINE) {
                continue;
            }
            char last = text.charAt(line.end() - 1);
            if (last == '،' || last == ',' || danglingEnd(text, line)) {
                return true;
            }
        }
        return false;
    }

    /** The line's last word is one no sentence ends with. */
    private static boolean danglingEnd(String text, Line line) {
        int wordStart = line.end();
        while (wordStart > line.start() && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return line.length() >= MIN_WRAPPED_LINE && DANGLING.contains(text.substring(wordStart, line.end()));
    }

    /** Prepositions, relatives, conjunctions and particles: they always have a word after them. */
    private static final java.util.Set<String> DANGLING = java.util.Set.of("الذي", "التي", "الذين", "اللذين",
            "اللتين", "إلى", "الى", "في", "فى", "من", "على", "علي", "عن", "مع", "بين", "تحت", "فوق", "عند", "منذ",
            "حتى", "أن", "ان", "إن", "أنه", "انه", "إنه", "قد", "لم", "لن", "لا", "ما", "و", "أو", "او", "ثم", "بل",
            "كما", "لكن", "بعد", "قبل", "خلال", "نحو", "حول", "قرب", "داخل", "ضد", "عبر", "لدى", "بأن", "بان", "كان", "كانت");

    private static boolean endsOpen(String text, Line line) {
        if (line.length() < MIN_WRAPPED_LINE) {
            return false;
        }
        char last = text.charAt(line.end() - 1);
        // a line ending in a figure is a dateline or a caption's date ("… December 20, 2024")
        return CLOSING.indexOf(last) < 0 && !Character.isDigit(last);
    }

    /** Two neighbouring lines, both ending open, of about one width. */
    private static boolean sameWidth(String text, Line first, Line second) {
        return endsOpen(text, first) && endsOpen(text, second)
                && Math.abs(first.length() - second.length()) <= WIDTH_TOLERANCE * Math.max(first.length(), second.length());
    }
}
