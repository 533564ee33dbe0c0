package io.raqib.article.importing;

import io.raqib.arabic.ArabicNormalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document line with its kind and, for labelled lines, the value after the label. Labels are
 * matched on normalised text, so "إقرأ أيضاً", "اقرأ ايضا" and "اقرأ أيضًا" are the same marker.
 */
record ClassifiedLine(int number, String text, LineKind kind, String value) {

    private static final Pattern DATE_LABEL = Pattern.compile("^(?:تاريخ النشر|نشر بتاريخ|نشر في)\\s*[:：].*$");
    private static final Pattern SOURCE_LABEL = Pattern.compile("^المصدر\\s*[:|：].*$");
    private static final Pattern KEYWORDS_LABEL = Pattern.compile("^(?:ال)?كلمات (?:دلاليه|مفتاحيه)\\s*[:：].*$");
    /** The marker alone on its line, with or without a colon; the colon is remembered. */
    private static final Pattern READ_ALSO = Pattern.compile("^اقرا (?:ايضا|كذلك)\\s*([:：])?\\s*$");

    static ClassifiedLine of(DocumentLines.Line line) {
        String text = line.text();
        if (text.isEmpty()) {
            return new ClassifiedLine(line.number(), text, LineKind.BLANK, "");
        }
        String normalized = ArabicNormalizer.normalize(text);
        if (DATE_LABEL.matcher(normalized).matches()) {
            return labelled(line, LineKind.DATE);
        }
        if (SOURCE_LABEL.matcher(normalized).matches()) {
            return labelled(line, LineKind.SOURCE);
        }
        if (KEYWORDS_LABEL.matcher(normalized).matches()) {
            return labelled(line, LineKind.KEYWORDS);
        }
        Matcher readAlso = READ_ALSO.matcher(normalized);
        if (readAlso.matches()) {
            return new ClassifiedLine(line.number(), text, LineKind.READ_ALSO, readAlso.group(1) == null ? "" : ":");
        }
        return new ClassifiedLine(line.number(), text, LineKind.TEXT, text);
    }

    /**
     * The original text after the first ":" or "|", the end of every label this format uses. Cut
     * from the original rather than the normalised line, so values keep their exact spelling.
     */
    private static ClassifiedLine labelled(DocumentLines.Line line, LineKind kind) {
        String text = line.text();
        int cut = firstOf(text, ':', '|', '：');
        String value = cut < 0 ? "" : text.substring(cut + 1).strip();
        return new ClassifiedLine(line.number(), text, kind, value);
    }

    private static int firstOf(String text, char... chars) {
        int first = -1;
        for (char c : chars) {
            int at = text.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** For a READ_ALSO line: whether it ends with a colon, the mark of a section heading. */
    boolean hasColon() {
        return ":".equals(value);
    }
}
