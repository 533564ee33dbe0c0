package io.raqib.search;

import io.raqib.arabic.ArabicMonths;
import io.raqib.arabic.ArabicNormalizer;
import io.raqib.arabic.SoundPlurals;
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

    /**
     * One word of the query and every form that should match it (the first is the word itself).
     * When several words of the query name one thing (an alias of a source or of a gazetteer
     * entry: "القيادة المركزية الأمريكية"), {@code text} is those words, {@code words} holds them as
     * terms of their own (all must match, as without the alias), and {@code forms} holds only the
     * thing's other names, each enough on its own. {@code otherNumbers} are the word's singular,
     * dual or plural forms that the index's stemmer does not reduce to one stem (مسؤولو for
     * مسؤولين): they match like the forms, but only in the stemmed fields, so the form typed still
     * ranks first.
     */
    public record Term(String text, Set<String> forms, List<Term> words, Set<String> otherNumbers) {
        public Term(String text, Set<String> forms, List<Term> words) {
            this(text, forms, words, Set.of());
        }

        public Term(String text, Set<String> forms) {
            this(text, forms, List.of());
        }

        /** True for a run of query words that names one thing. */
        public boolean isGroup() {
            return !words.isEmpty();
        }
    }

    /**
     * The other names of the thing a run of query words names: given normalised words joined by
     * single spaces, the alternatives (normalised the same way; several words make a phrase), or an
     * empty set when the words name nothing known. Supplied by the caller, so this record stays
     * pure: the service looks them up in the source registry and the gazetteer at query time.
     */
    @FunctionalInterface
    public interface Aliases {
        Aliases NONE = words -> Set.of();

        /** Longest run of words looked up as one name. */
        int MAX_WORDS = 5;

        Set<String> alternatives(String words);
    }

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern TYPOGRAPHIC_QUOTES = Pattern.compile("[“”„«»″]");
    private static final Pattern GROUPED_THOUSANDS = Pattern.compile("(?<=\\d)[,،](?=\\d{3}(?!\\d))");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    public static ArabicQuery parse(String raw, int maxLength, int maxWords) {
        return parse(raw, maxLength, maxWords, Aliases.NONE);
    }

    public static ArabicQuery parse(String raw, int maxLength, int maxWords, Aliases aliases) {
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
        return new ArabicQuery(List.copyOf(phrases), withoutStopWords(terms(tokens, aliases)));
    }

    /** The normalised words of a name, joined by single spaces, as an alias form. */
    public static String form(String name) {
        return String.join(" ", tokens(name));
    }

    /**
     * Lucene's Arabic stop words (في، من، على، أن …), normalised like the query. A one-word term
     * that is a stop word is not required of a match unless the query has nothing else; names and
     * phrases keep theirs.
     */
    private static final Set<String> STOP_WORDS = stopWords();

    private static Set<String> stopWords() {
        Set<String> words = new java.util.HashSet<>();
        for (Object word : org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet()) {
            words.add(ArabicNormalizer.normalize(new String((char[]) word)));
        }
        return Set.copyOf(words);
    }

    static List<Term> withoutStopWords(List<Term> terms) {
        List<Term> content = terms.stream().filter(t -> !STOP_WORDS.contains(t.text())).toList();
        return content.isEmpty() ? terms : content;
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

    /**
     * Groups names (the longest run of words with aliases) and two-word month names (كانون الثاني),
     * and attaches every equivalent form.
     */
    private static List<Term> terms(List<String> tokens, Aliases aliases) {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int named = namedRun(tokens, i, aliases, terms);
            if (named > 0) {
                i += named - 1;
                continue;
            }
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
            if (month.isPresent() && token.length() > 2) {
                terms.add(new Term(token, monthForms(token, month.get())));
            } else {
                terms.add(new Term(token, SpellingVariants.expand(token), List.of(), SoundPlurals.otherNumbers(token)));
            }
        }
        return terms;
    }

    /**
     * Adds a term for the longest run of words from {@code i} that names something with aliases,
     * and answers its length (0 when none does).
     */
    private static int namedRun(List<String> tokens, int i, Aliases aliases, List<Term> terms) {
        for (int n = Math.min(Aliases.MAX_WORDS, tokens.size() - i); n >= 1; n--) {
            List<String> run = tokens.subList(i, i + n);
            if (n == 1 && (run.get(0).length() < 2 || Character.isDigit(run.get(0).charAt(0)))) {
                return 0;
            }
            String text = String.join(" ", run);
            Set<String> alternatives = aliases.alternatives(text);
            if (alternatives.isEmpty()) {
                continue;
            }
            if (n == 1) {
                Term word = terms(List.of(text), Aliases.NONE).get(0);
                Set<String> forms = new LinkedHashSet<>(word.forms());
                forms.addAll(alternatives);
                terms.add(new Term(text, forms, List.of(), word.otherNumbers()));
            } else {
                Set<String> forms = new LinkedHashSet<>(alternatives);
                forms.remove(text);
                terms.add(new Term(text, forms, terms(List.copyOf(run), Aliases.NONE)));
            }
            return n;
        }
        return 0;
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
