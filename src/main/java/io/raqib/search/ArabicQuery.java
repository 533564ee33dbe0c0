package io.raqib.search;

import io.raqib.arabic.ArabicMonths;
import io.raqib.arabic.ArabicNormalizer;
import io.raqib.arabic.SpellingVariants;
import io.raqib.common.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's search string, understood the way an Arabic reader means it: quoted phrases,
 * then words, each with the other spellings that mean the same (month-name families,
 * spelling variants). Syntax characters are plain text here: nothing reaches Elasticsearch's
 * query-string parser.
 */
public record ArabicQuery(List<String> phrases, List<Term> terms) {

    /** One word of the query and every form that should match it (the first is the word itself). */
    public record Term(String text, Set<String> forms) {
    }

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern TYPOGRAPHIC_QUOTES = Pattern.compile("[“”„«»″]");
    private static final Pattern GROUPED_THOUSANDS = Pattern.compile("(?<=\\d)[,،](?=\\d{3}(?!\\d))");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    public static ArabicQuery parse(String raw, int maxLength, int maxWords) {
        if (raw.length() > maxLength) {
            throw ProblemException.badRequest("q has " + raw.length() + " characters; the limit is " + maxLength);
        }
        String text = TYPOGRAPHIC_QUOTES.matcher(raw).replaceAll("\"");
        List<String> phrases = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        StringBuilder words = new StringBuilder();
        while (quoted.find()) {
            String phrase = String.join(" ", tokens(quoted.group(1)));
            if (!phrase.isEmpty()) {
                phrases.add(phrase);
            }
            quoted.appendReplacement(words, Matcher.quoteReplacement(" " + quoted.group(1) + " "));
        }
        quoted.appendTail(words);
        List<String> tokens = tokens(words.toString());
        if (tokens.isEmpty()) {
            throw ProblemException.badRequest("q has no letters or digits to search for");
        }
        if (tokens.size() > maxWords) {
            throw ProblemException.badRequest("q has " + tokens.size() + " words; the limit is " + maxWords);
        }
        return new ArabicQuery(List.copyOf(phrases), terms(withoutStopWords(tokens)));
    }

    /**
     * Lucene's Arabic stop words (في، من، على، أن …), normalised like the query. They are dropped
     * from the words every match must have, unless the query has nothing else; phrases keep them.
     */
    private static final Set<String> STOP_WORDS = stopWords();

    private static Set<String> stopWords() {
        Set<String> words = new java.util.HashSet<>();
        for (Object word : org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet()) {
            words.add(ArabicNormalizer.normalize(new String((char[]) word)));
        }
        return Set.copyOf(words);
    }

    static List<String> withoutStopWords(List<String> tokens) {
        List<String> content = tokens.stream().filter(t -> !STOP_WORDS.contains(t)).toList();
        return content.isEmpty() ? tokens : content;
    }

    /** Normalised words: Arabic folding, ASCII digits, thousands separators dropped (١٬٥٠٠ → 1500). */
    static List<String> tokens(String text) {
        String normalized = ArabicNormalizer.normalize(text.replace("\"", " "));
        normalized = GROUPED_THOUSANDS.matcher(normalized).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String token : NON_WORD.split(normalized)) {
            if (!token.isEmpty()) {
                out.add(token);
            }
        }
        return out;
    }

    /** Groups two-word month names (كانون الثاني) and attaches every equivalent form. */
    private static List<Term> terms(List<String> tokens) {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (i + 1 < tokens.size()) {
                String pair = tokens.get(i) + " " + tokens.get(i + 1);
                Optional<Integer> month = ArabicMonths.monthOf(pair);
                if (month.isPresent()) {
                    terms.add(new Term(pair, monthForms(pair, month.get())));
                    i++;
                    continue;
                }
            }
            String token = tokens.get(i);
            Optional<Integer> month = ArabicMonths.monthOf(withoutClitic(token));
            Set<String> forms = month.isPresent() && token.length() > 2
                    ? monthForms(token, month.get()) : SpellingVariants.expand(token);
            terms.add(new Term(token, forms));
        }
        return terms;
    }

    private static Set<String> monthForms(String written, int month) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(written);
        for (String name : ArabicMonths.namesOf(month)) {
            forms.add(ArabicNormalizer.normalize(name));
        }
        return forms;
    }

    /** بأيلول / وسبتمبر → أيلول / سبتمبر, only for month lookup. */
    private static String withoutClitic(String token) {
        if (token.length() > 4 && (token.startsWith("و") || token.startsWith("ب") || token.startsWith("ف"))
                && ArabicMonths.monthOf(token.substring(1)).isPresent()) {
            return token.substring(1);
        }
        return token;
    }
}
