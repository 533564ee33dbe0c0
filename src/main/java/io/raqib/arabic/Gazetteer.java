package io.raqib.arabic;

import io.raqib.arabic.ArabicTokens.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds names of forces, countries and places in Arabic (and Latin) text, with offsets into the
 * text as written. The names live in {@code /arabic/gazetteer.tsv} (format described in that
 * file) so the list grows without code changes.
 *
 * <p>Matching is word-based on normalised text: the first word may carry the clitics و ف ب ل ك
 * and the article (وبال، لل، فال …), later words may carry the article, and a variant word ending
 * in {@code *} accepts the usual inflectional endings (so أمريكي* covers الأمريكية and
 * أمريكيين). At each position the longest variant wins; on equal length an exact variant beats
 * a wildcard one, so "سورية" reads as the country rather than the adjective.
 */
public final class Gazetteer {

    /** What a name designates. SOURCE names come from the one list of known sources (sources/known-sources.json). */
    public enum Kind { FORCE, COUNTRY, PLACE, SOURCE }

    /**
     * One named thing. {@code force} is the force the name implies when it qualifies troops
     * (FORCE rows and nationality adjectives); null for a country's name or a place.
     */
    public record Entry(Kind kind, String code, String country, String force, String canonical) {
    }

    /**
     * A name found in a text: {@code [start, end)} in the original text (clitics excluded),
     * the matched text, and the entry's data.
     */
    public record GazetteerMatch(int start, int end, String text, Kind kind, String code, String country,
                                 String force, String canonical, int firstToken, int lastToken) {
        /** True when the match names or qualifies a force (a FORCE, or an adjective such as أمريكي). */
        public boolean impliesForce() {
            return force != null;
        }
    }

    /** Inflectional endings a {@code *} word accepts, longest first (ا: accusative, جنديًا أمريكيًا). */
    private static final String[] SUFFIXES = {"تين", "تان", "ين", "ون", "ان", "ات", "ه", "ا", ""};

    /** Clitic prefixes that may precede a name's first word (already normalised). */
    private static final String[] CLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك", "فك"};

    private static final Gazetteer STANDARD = load("/arabic/gazetteer.tsv");

    /**
     * One written form: its words without the article, which of them end in *, and which had
     * the article. A word written without it never takes it in text (سورية is the country,
     * السورية the adjective), so such a word does not match a text word that has it.
     */
    private record Variant(Entry entry, String[] words, boolean[] wildcard, boolean[] article) {
        boolean accepts(int k, boolean textHasArticle) {
            return !textHasArticle || wildcard[k] || article[k];
        }

        /**
         * A place written with the article never drops it (بالرقة، والموصل، للحسكة), so a word that
         * lacks it is another word: فرقة (a unit), ورقة (a sheet) are not ف/و + الرقة.
         */
        boolean placeWithoutItsArticle(boolean textHasArticle) {
            return entry.kind() == Kind.PLACE && article[0] && !wildcard[0] && !textHasArticle;
        }
    }

    private final Map<String, List<Variant>> exactFirst = new HashMap<>();
    private final Map<String, List<Variant>> wildFirst = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<Entry, List<String>> written = new java.util.LinkedHashMap<>();

    private Gazetteer() {
    }

    /** The gazetteer shipped with the service, loaded once. */
    public static Gazetteer standard() {
        return STANDARD;
    }

    /** Every entry, in file order. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The variants of an entry as the file writes them (a trailing * marks inflected forms). */
    public List<String> variantsOf(Entry entry) {
        return List.copyOf(written.getOrDefault(entry, List.of()));
    }

    /** Loads a gazetteer TSV from the classpath. */
    public static Gazetteer load(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource not found: " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gazetteer of these entries, each with its written forms (same syntax as the TSV's variants). */
    public static Gazetteer of(Map<Entry, List<String>> variants) {
        Gazetteer g = new Gazetteer();
        variants.forEach((entry, forms) -> {
            g.entries.add(entry);
            forms.forEach(form -> g.addVariant(entry, form.strip()));
        });
        return g;
    }

    static Gazetteer parse(BufferedReader reader) throws IOException {
        Gazetteer g = new Gazetteer();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 6) {
                throw new IllegalStateException("gazetteer line " + lineNo + ": expected 6 columns");
            }
            Entry entry = new Entry(Kind.valueOf(cols[0].strip()), cols[1].strip(), emptyToNull(cols[2]),
                    emptyToNull(cols[3]), cols[4].strip());
            g.entries.add(entry);
            for (String variant : cols[5].split("\\|")) {
                g.addVariant(entry, variant.strip());
            }
        }
        return g;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void addVariant(Entry entry, String variant) {
        if (variant.isEmpty()) {
            return;
        }
        written.computeIfAbsent(entry, e -> new ArrayList<>()).add(variant);
        index(entry, variant);
        if (variant.startsWith("أل") || variant.startsWith("إل") || variant.startsWith("آل")) {
            // "ألماني": the lam after a hamza seat is the stem's, not the article's, but the folded form
            // reads as if the article were there and is indexed without it; the form with the real
            // article ("الألمانية") needs its own entry
            index(entry, "ال" + variant);
        }
    }

    private void index(Entry entry, String variant) {
        String[] raw = variant.split("\\s+");
        List<String> words = new ArrayList<>();
        List<Boolean> wild = new ArrayList<>();
        List<Boolean> art = new ArrayList<>();
        for (String r : raw) {
            boolean w = r.endsWith("*");
            // a raw word may tokenise into several (u.s. → u s)
            List<Token> toks = ArabicTokens.tokenize(w ? r.substring(0, r.length() - 1) : r);
            for (int i = 0; i < toks.size(); i++) {
                String norm = toks.get(i).norm();
                words.add(stripArticle(norm));
                art.add(!stripArticle(norm).equals(norm));
                wild.add(w && i == toks.size() - 1);
            }
        }
        if (words.isEmpty()) {
            return;
        }
        boolean[] wildcard = new boolean[wild.size()];
        boolean[] article = new boolean[wild.size()];
        for (int i = 0; i < wildcard.length; i++) {
            wildcard[i] = wild.get(i);
            article[i] = art.get(i);
        }
        Variant v = new Variant(entry, words.toArray(String[]::new), wildcard, article);
        (wildcard[0] ? wildFirst : exactFirst).computeIfAbsent(v.words[0], k -> new ArrayList<>()).add(v);
    }

    /** The word without the definite article, when what remains is still a word. */
    static String stripArticle(String norm) {
        return norm.length() > 3 && norm.startsWith("ال") ? norm.substring(2) : norm;
    }

    /** Finds every name in {@code text}; offsets are into {@code text}. */
    public List<GazetteerMatch> findAll(String text) {
        return findAll(text, ArabicTokens.tokenize(text));
    }

    /** Same as {@link #findAll(String)} over tokens already computed for {@code text}. */
    public List<GazetteerMatch> findAll(String text, List<Token> tokens) {
        List<GazetteerMatch> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            GazetteerMatch m = matchAt(text, tokens, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.lastToken() + 1;
            }
        }
        return out;
    }

    private GazetteerMatch matchAt(String text, List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (!first.isWord()) {
            return null;
        }
        String norm = first.norm();
        Variant best = null;
        int bestClitic = 0;
        boolean bestWild = true;
        Variant adjective = null;
        for (String clitic : CLITICS) {
            if (!norm.startsWith(clitic) || norm.length() - clitic.length() < 2) {
                continue;
            }
            String rest = norm.substring(clitic.length());
            // "لل" stands for ل + ال with the alef dropped: للتحالف = ل + التحالف
            String[] candidates = clitic.endsWith("ل") && rest.startsWith("ل") && rest.length() > 2
                    ? new String[] {stripArticle(rest), rest.substring(1)}
                    : new String[] {stripArticle(rest)};
            for (int c = 0; c < candidates.length; c++) {
                String cand = candidates[c];
                boolean hasArticle = c == 1 || !cand.equals(rest);
                for (Variant v : exactFirst.getOrDefault(cand, List.of())) {
                    if (v.accepts(0, hasArticle) && !v.placeWithoutItsArticle(hasArticle)
                            && better(v, false, best, bestWild) && restMatches(v, tokens, i)) {
                        best = v;
                        bestWild = false;
                        bestClitic = norm.length() - cand.length();
                    }
                }
                for (String suffix : SUFFIXES) {
                    if (!cand.endsWith(suffix) || cand.length() - suffix.length() < 2) {
                        continue;
                    }
                    String stem = cand.substring(0, cand.length() - suffix.length());
                    for (Variant v : wildFirst.getOrDefault(stem, List.of())) {
                        if (clitic.isEmpty() && v.words.length == 1 && v.entry.force() != null) {
                            adjective = v;
                        }
                        if (better(v, true, best, bestWild) && restMatches(v, tokens, i)) {
                            best = v;
                            bestWild = true;
                            bestClitic = norm.length() - cand.length();
                        }
                    }
                }
            }
        }
        if (best == null) {
            return null;
        }
        if (adjective != null && !bestWild && best.words.length == 1 && best.entry.force() == null
                && best.entry.code().equals(adjective.entry.code()) && afterIndefiniteAccusative(tokens, i)) {
            best = adjective; // "450 جنديا تركيا": the adjective's accusative, not the state (تركيا، سوريا، روسيا)
            bestClitic = 0;
        }
        // a clitic stripped from the first word is not part of the name
        int start = nameStart(first, bestClitic);
        int last = i + best.words.length - 1;
        int end = tokens.get(last).end();
        Entry e = best.entry;
        return new GazetteerMatch(start, end, text.substring(start, end), e.kind(), e.code(), e.country(),
                e.force(), e.canonical(), i, last);
    }

    /**
     * Where the name starts inside its first word: after a stripped clitic, but keeping the
     * article (in "والتحالف" the name is "التحالف"; in "للتحالف" it is "تحالف").
     */
    private static int nameStart(Token first, int strippedChars) {
        String norm = first.norm();
        int cut = strippedChars;
        if (cut >= 2 && norm.startsWith("ال", cut - 2)) {
            cut -= 2;
        }
        return cut <= 0 ? first.start() : first.originOf(cut);
    }

    /** The word before ends in the alef of an indefinite accusative noun ("جنديا"، "عنصرًا"), not after ال. */
    private static boolean afterIndefiniteAccusative(List<Token> tokens, int i) {
        Token before = i > 0 ? tokens.get(i - 1) : null;
        return before != null && before.isWord() && before.end() < tokens.get(i).start()
                && before.norm().length() >= 4 && before.norm().endsWith("ا") && !before.norm().startsWith("ال");
    }

    private static boolean better(Variant v, boolean wild, Variant best, boolean bestWild) {
        if (best == null) {
            return true;
        }
        if (v.words.length != best.words.length) {
            return v.words.length > best.words.length;
        }
        return bestWild && !wild;
    }

    private static boolean restMatches(Variant v, List<Token> tokens, int i) {
        if (i + v.words.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < v.words.length; k++) {
            Token t = tokens.get(i + k);
            String bare = stripArticle(t.norm());
            if (!t.isWord() || !v.accepts(k, !bare.equals(t.norm())) || !wordMatches(bare, v.words[k], v.wildcard[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordMatches(String word, String pattern, boolean wildcard) {
        if (!wildcard) {
            return word.equals(pattern);
        }
        if (!word.startsWith(pattern)) {
            return false;
        }
        String suffix = word.substring(pattern.length());
        for (String s : SUFFIXES) {
            if (s.equals(suffix)) {
                return true;
            }
        }
        return false;
    }
}
