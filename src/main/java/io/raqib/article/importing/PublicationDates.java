package io.raqib.article.importing;

import io.raqib.arabic.ArabicMonths;
import io.raqib.arabic.ArabicNormalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the publication date of a document header. The seed format writes it in English
 * ("3rd, March 2025 GMT"); Arabic outlets write "الأحد، 5 أيار 2024" or "٩ كانون الثاني ٢٠٢٥";
 * machines write ISO. All are read here, on Arabic-normalised text, so Arabic-Indic digits,
 * hamza variants and both month-name families need no separate cases.
 */
final class PublicationDates {

    private static final Map<String, Integer> ENGLISH_MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    /** Not a letter or digit on this side: Java's \b does not treat Arabic letters reliably. */
    private static final String START = "(?<![\\p{L}\\p{N}])";
    private static final String END = "(?![\\p{L}\\p{N}])";

    /** Month names of all families, longest first so "كانون الثاني" wins over a shorter name. */
    private static final String MONTH = Stream
            .concat(ENGLISH_MONTHS.keySet().stream(), ArabicMonths.normalizedNamesLongestFirst().stream())
            .sorted((a, b) -> Integer.compare(b.length(), a.length()))
            .map(Pattern::quote)
            .collect(Collectors.joining("|", "(?:", ")"));

    /** "يناير/كانون الثاني": outlets in Iraq and Syria often print both families side by side. */
    private static final String MONTHS = "(" + MONTH + ")(?:\\s*/\\s*" + MONTH + ")?";

    private static final Pattern ISO = Pattern.compile(START + "(\\d{4})-(\\d{1,2})-(\\d{1,2})" + END);
    private static final Pattern YEAR_FIRST = Pattern.compile(START + "(\\d{4})/(\\d{1,2})/(\\d{1,2})" + END);
    /** Numeric dates in the Arabic press are day first: 09/01/2025 is 9 January. */
    private static final Pattern DAY_FIRST = Pattern.compile(START + "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})" + END);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            START + "(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*" + MONTHS + "\\s*,?\\s*(?:عام\\s+|سنه\\s+)?(\\d{4})" + END);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            START + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})" + END);

    /** What may stand around a date on a line that holds nothing else (a date stamp). */
    private static final Pattern STAMP_NOISE = Pattern.compile(
            START + "(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت"
                    + "|sunday|monday|tuesday|wednesday|thursday|friday|saturday"
                    + "|gmt|utc|at|في|الساعه|بتوقيت \\S+|م|ص|am|pm)" + END
                    + "|\\d{1,2}:\\d{2}(?::\\d{2})?|[+-]\\d{2}:?\\d{2}|[\\p{P}\\p{S}\\s]");

    private PublicationDates() {
    }

    /** A date found anywhere in the text, and where (in normalised text) it was written. */
    private record Found(LocalDate date, int start, int end) {
    }

    /** The first readable date in the text, if any. */
    static Optional<LocalDate> parse(String text) {
        return find(ArabicNormalizer.normalize(text == null ? "" : text)).map(Found::date);
    }

    /**
     * Whether the line is only a date, perhaps with a weekday, a time and a zone
     * ("الأحد، 5 أيار 2024 9:10 م"): such a line under a headline is a date stamp, not body.
     */
    static boolean isDateStamp(String line) {
        String normalized = ArabicNormalizer.normalize(line == null ? "" : line);
        Optional<Found> found = find(normalized);
        if (found.isEmpty()) {
            return false;
        }
        String rest = normalized.substring(0, found.get().start()) + " " + normalized.substring(found.get().end());
        return STAMP_NOISE.matcher(rest).replaceAll("").isEmpty();
    }

    private static Optional<Found> find(String normalized) {
        List<Found> candidates = new ArrayList<>();
        numeric(ISO, normalized, 1, 2, 3).ifPresent(candidates::add);
        numeric(YEAR_FIRST, normalized, 1, 2, 3).ifPresent(candidates::add);
        numeric(DAY_FIRST, normalized, 3, 2, 1).ifPresent(candidates::add);
        named(DAY_MONTH_YEAR, normalized, 3, 2, 1).ifPresent(candidates::add);
        named(MONTH_DAY_YEAR, normalized, 3, 1, 2).ifPresent(candidates::add);
        // The earliest date on the line is the publication date; a later one is usually "updated".
        return candidates.stream().min((a, b) -> Integer.compare(a.start(), b.start()));
    }

    private static Optional<Found> numeric(Pattern pattern, String text, int year, int month, int day) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = date(m.group(year), Integer.parseInt(m.group(month)), m.group(day));
            if (date.isPresent()) {
                return Optional.of(new Found(date.get(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> named(Pattern pattern, String text, int year, int month, int day) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Optional<Integer> monthNumber = monthNumber(m.group(month));
            Optional<LocalDate> date = monthNumber.flatMap(n -> date(m.group(year), n, m.group(day)));
            if (date.isPresent()) {
                return Optional.of(new Found(date.get(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> monthNumber(String name) {
        Integer english = ENGLISH_MONTHS.get(name);
        return english != null ? Optional.of(english) : ArabicMonths.monthOf(name);
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty(); // 31 February, month 13: not a date, so no date at all
        }
    }
}
