package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicSentences;
import io.raqib.arabic.ArabicNumbers;
import io.raqib.arabic.ArabicNumbers.NumberMatch;
import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer;
import io.raqib.arabic.Gazetteer.GazetteerMatch;
import io.raqib.arabic.TokenizedText;
import io.raqib.source.KnownSources;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the figure rules read about one text, computed once: tokens, sentences, names
 * (forces, countries, places), source names, numbers and dates, each indexed by token so rules
 * can look left and right of a number cheaply.
 */
final class Analysis {
    /** The known sources' forms in text, from the one list of known sources. */
    static final Gazetteer SOURCES = KnownSources.gazetteer();

    final String text;
    final List<Token> tokens;
    final List<ArabicSentences.Span> sentences;
    /** Sentence index of every token. */
    final int[] sentenceOf;
    final List<GazetteerMatch> names;
    /** The name covering each token, or null. */
    final GazetteerMatch[] nameAt;
    final List<GazetteerMatch> sources;
    final GazetteerMatch[] sourceAt;
    final List<NumberMatch> numbers;
    final List<DateMentions.DateMention> dates;
    final LocalDate published;

    Analysis(String text, LocalDate published) {
        this(TokenizedText.of(text), published);
    }

    /** Over a text already tokenised and matched against the standard gazetteer (shared with the deadline rules). */
    Analysis(TokenizedText read, LocalDate published) {
        this.text = read.text();
        this.published = published;
        this.tokens = read.tokens();
        this.sentences = ArabicSentences.split(text);
        this.sentenceOf = new int[tokens.size()];
        int s = 0;
        for (Token t : tokens) {
            while (s + 1 < sentences.size() && t.start() >= sentences.get(s).end()) {
                s++;
            }
            sentenceOf[t.index()] = s;
        }
        this.sources = SOURCES.findAll(text, tokens);
        this.sourceAt = index(sources);
        // "وكالة الصحافة الفرنسية" is a news agency: the nationality inside its name names no force or place
        this.names = read.names().stream().filter(m -> !insideAgencyName(m) && !outletNationality(m)).toList();
        this.nameAt = index(names);
        this.numbers = ArabicNumbers.findAll(text, tokens);
        this.dates = DateMentions.find(this, published);
    }

    private static final WordSet AGENCY = WordSet.of("وكالة");

    private boolean insideAgencyName(GazetteerMatch m) {
        GazetteerMatch source = sourceAt[m.firstToken()];
        return source != null && m.kind() == io.raqib.arabic.Gazetteer.Kind.COUNTRY
                && AGENCY.contains(tokens.get(source.firstToken()));
    }

    /** Words for a news outlet: "صحيفة يني شفق التركية"، "قناة زفيزدا الروسية"، "وسائل الإعلام الروسية". */
    private static final WordSet OUTLET = WordSet.of("وكالة", "صحيفة", "جريدة", "قناة", "تلفزيون", "إذاعة", "مجلة",
            "إعلام");
    private static final WordSet NOT_NEWS = WordSet.of("الاستخبارات", "المخابرات", "الأمن", "الطاقة", "الفضاء",
            "التنمية", "الهجرة");

    /** A nationality adjective within three words after an outlet word says where the outlet is, not whose troops. */
    private boolean outletNationality(GazetteerMatch m) {
        if (m.kind() != io.raqib.arabic.Gazetteer.Kind.COUNTRY || !m.impliesForce()) {
            return false;
        }
        for (int k = m.firstToken() - 1; k >= Math.max(0, m.firstToken() - 3); k--) {
            Token t = tokens.get(k);
            if (OUTLET.contains(t)) {
                return !NOT_NEWS.contains(token(k + 1)); // "وكالة المخابرات الأمريكية" is no outlet
            }
            if (!t.isWord() && !"\"“”«»'".contains(t.norm())) {
                return false;
            }
        }
        return false;
    }

    private GazetteerMatch[] index(List<GazetteerMatch> matches) {
        GazetteerMatch[] at = new GazetteerMatch[tokens.size()];
        for (GazetteerMatch m : matches) {
            for (int k = m.firstToken(); k <= m.lastToken(); k++) {
                at[k] = m;
            }
        }
        return at;
    }

    Token token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    /** First and last token index of sentence {@code s} (last < first when it has none). */
    int firstTokenOf(int s) {
        ArabicSentences.Span span = sentences.get(s);
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int lastTokenOf(int s) {
        ArabicSentences.Span span = sentences.get(s);
        int i = firstTokenOf(s);
        while (i < tokens.size() && tokens.get(i).end() <= span.end()) {
            i++;
        }
        return i - 1;
    }

    private static final String ENCLOSERS = "()[]/«»\"";

    /**
     * Token {@code i} is digits set off on both sides by a bracket, slash or quote ("(380)"، "/27/"),
     * with no digit beyond the marks (so "3/4/2020" is not one).
     */
    boolean enclosedNumber(int i) {
        Token t = token(i);
        if (t == null || !t.isDigits() || t.start() == 0 || t.end() >= text.length()) {
            return false;
        }
        char open = text.charAt(t.start() - 1);
        char close = text.charAt(t.end());
        boolean paired = open == '(' && close == ')' || open == '/' && close == '/' || open == '[' && close == ']'
                || open == '«' && close == '»' || open == '"' && close == '"';
        if (!paired) {
            return false;
        }
        char beyondOpen = t.start() > 1 ? text.charAt(t.start() - 2) : ' ';
        char beyondClose = t.end() + 1 < text.length() ? text.charAt(t.end() + 1) : ' ';
        return !Character.isDigit(beyondOpen) && !Character.isDigit(beyondClose);
    }

    /** The characters between token {@code i-1} and token {@code i}. */
    String gapBefore(int i) {
        int from = i == 0 ? 0 : tokens.get(i - 1).end();
        return text.substring(from, tokens.get(i).start());
    }

    /** The number whose last token is {@code k}, or null. */
    NumberMatch numberEndingAt(int k) {
        for (NumberMatch n : numbers) {
            if (n.lastToken() == k) {
                return n;
            }
        }
        return null;
    }

    /** True when a number starts at token {@code k}. */
    boolean numberStartsAt(int k) {
        for (NumberMatch n : numbers) {
            if (n.firstToken() == k) {
                return true;
            }
        }
        return false;
    }

    /** True when the gap before token {@code i} holds clause punctuation (، , ; : ( ) –). */
    boolean clauseBreakBefore(int i) {
        if (i <= 0 || i >= tokens.size()) {
            return true;
        }
        String gap = gapBefore(i);
        if ((enclosedNumber(i) || enclosedNumber(i - 1)) && gap.chars().allMatch(c -> c == ' ' || ENCLOSERS.indexOf(c) >= 0)) {
            return false; // "قرابة (380) جندياً"، "نقل /27/ عسكرياً": the marks only set the number off
        }
        for (int k = 0; k < gap.length(); k++) {
            char c = gap.charAt(k);
            if (c == '،' || c == ',' || c == ';' || c == '؛' || c == ':' || c == '(' || c == ')' || c == '–'
                    || c == '\n' || c == '.' || c == '؟' || c == '?' || c == '!') {
                return true;
            }
        }
        return false;
    }

    String sentenceText(int s) {
        ArabicSentences.Span span = sentences.get(s);
        return text.substring(span.start(), span.end());
    }
}
