package io.raqib.deadline.extraction;

import io.raqib.arabic.ArabicSentences;
import io.raqib.arabic.ArabicDates;
import io.raqib.arabic.DateMention;
import io.raqib.arabic.FoldedText;
import io.raqib.arabic.Gazetteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One field's text with everything the deadline rules look at, computed once: the folded text,
 * its words, sentences, date mentions and gazetteer names. All offsets are into the original text.
 */
final class FieldText {
    /** A word: {@code [start, end)} in the original text and its folded form. */
    record Word(int index, int start, int end, String folded) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    final String text;
    final FoldedText folded;
    final List<Word> words;
    final List<ArabicSentences.Span> sentences;
    final List<DateMention> dates;
    final List<Gazetteer.GazetteerMatch> names;
    final LocalDate published;

    FieldText(String text, LocalDate published) {
        this(io.raqib.arabic.TokenizedText.of(text), published); // unwrapped and matched in one place
    }

    /** Over a text already matched against the standard gazetteer (shared with the figure rules). */
    FieldText(io.raqib.arabic.TokenizedText read, LocalDate published) {
        this(read.text(), published, read.names());
    }

    private FieldText(String text, LocalDate published, List<Gazetteer.GazetteerMatch> names) {
        this.text = text;
        this.published = published;
        this.folded = FoldedText.of(text);
        this.words = words(folded);
        this.sentences = ArabicSentences.split(text);
        this.dates = ArabicDates.find(folded, published); // folded once for both
        this.names = names;
    }

    private static List<Word> words(FoldedText ft) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(ft.folded());
        while (m.find()) {
            out.add(new Word(out.size(), ft.originalStart(m.start()), ft.originalEnd(m.end()), m.group()));
        }
        return out;
    }

    /** Words lying entirely inside {@code [from, to)}. */
    List<Word> wordsIn(int from, int to) {
        List<Word> out = new ArrayList<>();
        for (Word w : words) {
            if (w.start() >= from && w.end() <= to) {
                out.add(w);
            }
        }
        return out;
    }

    /** The last word ending at or before the offset, or null. */
    Word wordBefore(int offset) {
        Word best = null;
        for (Word w : words) {
            if (w.end() <= offset) {
                best = w;
            } else {
                break;
            }
        }
        return best;
    }

    /** Folded text after an original offset, at most {@code max} folded characters. */
    String foldedAfter(int offset, int max) {
        int f = folded.foldedIndex(offset);
        return folded.folded().substring(f, Math.min(folded.folded().length(), f + max));
    }

    /**
     * A match of a pattern ending in {@code $} over the folded text just before an original offset
     * (at most {@code max} folded characters back), with look-behinds seeing the text before the
     * window; null when there is none. Group offsets are folded offsets.
     */
    Matcher matchEndingAt(Pattern pattern, int offset, int max) {
        int f = folded.foldedIndex(offset);
        Matcher m = pattern.matcher(folded.folded());
        m.region(Math.max(0, f - max), f);
        m.useTransparentBounds(true);
        return m.find() ? m : null;
    }

    /** Original offset reached after {@code foldedChars} folded characters from an original offset. */
    int advance(int offset, int foldedChars) {
        int f = folded.foldedIndex(offset) + foldedChars;
        return f == 0 ? offset : folded.originalEnd(f);
    }

    /**
     * Where a quotation opens between {@code from} and {@code to} ("قال المصدر: "في غضون شهر، …""):
     * just after its last colon or opening quote mark, or {@code from} when there is none.
     */
    int afterQuoteOpening(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ':' || c == '"' || c == '“' || c == '«') {
                return i + 1;
            }
        }
        return from;
    }
}
