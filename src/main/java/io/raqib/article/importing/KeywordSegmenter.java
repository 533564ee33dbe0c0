package io.raqib.article.importing;

import io.raqib.arabic.ArabicNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a "كلمات دلالية" line into tags. The line separates tags with the same space that
 * separates the words inside a tag ("سوريا العراق قوات التحالف القوات الامريكية"), so the
 * boundaries have to be recovered. Greedy, longest first: at each word, the longest run of up to
 * {@value #MAX_WORDS} words that is a phrase becomes one tag, otherwise the word alone. A run is a
 * phrase when
 * <ol>
 *   <li>it occurs as such, after Arabic normalisation, inside one clause of the article's title
 *       or body (the tags are taken from the text, so this is the main evidence);</li>
 *   <li>it is a known multi-word name of the domain ({@link KnownPhrases}); or</li>
 *   <li>it is a definite noun followed by definite relative adjectives (nisba, -ي / -ية), the
 *       commonest shape of an Arabic noun phrase: "الجيش الأمريكي", "القيادة المركزية".</li>
 * </ol>
 * When a line uses explicit separators (، , | # ؛) those are trusted instead.
 */
final class KeywordSegmenter {

    static final int MAX_WORDS = 5;

    private static final Pattern EXPLICIT_SEPARATOR = Pattern.compile("[،,|#؛;]");

    /** Quotes do not break a phrase: «داعش» and "داعش" are داعش. */
    private static final Pattern QUOTES = Pattern.compile("[\"'«»“”‘’„]");

    /** Any other punctuation, and line ends, close a clause: phrases never run across them. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[\\p{P}\\p{S}\\n]+");

    /**
     * Tags that are page furniture, not topics: "المزيد" is the "more" link of the tag list that
     * scrapers copy along. They are dropped, and no phrase is allowed to run across them.
     */
    private static final Set<String> NOISE = Set.of("المزيد", "اقرا المزيد", "more", "...", "…");

    /** Definite words ending like a nisba adjective that are in fact names, not adjectives. */
    private static final Set<String> NISBA_LOOKALIKES = Set.of(
            "السعوديه", "اللاذقيه", "الاسكندريه", "الاسماعيليه", "الكويتي", "الحلبي");

    private KeywordSegmenter() {
    }

    /** The tags of the given keyword-line values, in order, without repeats or noise. */
    static List<String> segment(List<String> keywordLines, String articleText) {
        Set<String> phrases = phrasesOf(articleText);
        Map<String, String> tags = new LinkedHashMap<>();
        for (String line : keywordLines) {
            for (String tag : tagsOf(line, phrases)) {
                String clean = cleanTag(tag);
                String key = key(clean);
                if (!clean.isEmpty() && !NOISE.contains(key)) {
                    tags.putIfAbsent(key, clean); // "التحالف الدولي" and "التحالف الدولى" are one tag
                }
            }
        }
        return new ArrayList<>(tags.values());
    }

    private static List<String> tagsOf(String line, Set<String> phrases) {
        if (EXPLICIT_SEPARATOR.matcher(line).find()) {
            return Arrays.asList(EXPLICIT_SEPARATOR.split(line));
        }
        List<String> tags = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String word : line.trim().split("\\s+")) {
            if (NOISE.contains(key(word))) {
                tags.addAll(greedy(run, phrases));
                run.clear();
            } else if (!word.isEmpty()) {
                run.add(word);
            }
        }
        tags.addAll(greedy(run, phrases));
        return tags;
    }

    private static List<String> greedy(List<String> words, Set<String> phrases) {
        List<String> tags = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int end = i + 1;
            for (int j = Math.min(words.size(), i + MAX_WORDS); j > i + 1; j--) {
                if (isPhrase(words.subList(i, j), phrases)) {
                    end = j;
                    break;
                }
            }
            tags.add(String.join(" ", words.subList(i, end)));
            i = end;
        }
        return tags;
    }

    private static boolean isPhrase(List<String> words, Set<String> phrases) {
        List<String> keys = words.stream().map(KeywordSegmenter::key).toList();
        String phrase = String.join(" ", keys);
        return phrases.contains(phrase) || KnownPhrases.contains(phrase) || isNisbaPhrase(keys);
    }

    private static boolean isNisbaPhrase(List<String> keys) {
        if (!isDefinite(keys.get(0))) {
            return false;
        }
        for (String adjective : keys.subList(1, keys.size())) {
            boolean nisba = adjective.endsWith("ي") || adjective.endsWith("يه");
            if (!isDefinite(adjective) || !nisba || adjective.length() < 5 || NISBA_LOOKALIKES.contains(adjective)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDefinite(String key) {
        return key.startsWith("ال") && key.length() > 3;
    }

    /** Every run of 2..MAX_WORDS words inside one clause of the text, normalised. */
    private static Set<String> phrasesOf(String text) {
        Set<String> phrases = new HashSet<>();
        String unquoted = QUOTES.matcher(text == null ? "" : text).replaceAll("");
        for (String clause : CLAUSE_BREAK.split(unquoted)) {
            String[] words = ArabicNormalizer.normalize(clause).split(" ");
            for (int i = 0; i < words.length; i++) {
                StringBuilder phrase = new StringBuilder(words[i]);
                for (int j = i + 1; j < Math.min(words.length, i + MAX_WORDS); j++) {
                    phrase.append(' ').append(words[j]);
                    phrases.add(phrase.toString());
                }
            }
        }
        return phrases;
    }

    /** The matching form of a word or tag: normalised, without quotes. */
    private static String key(String text) {
        return ArabicNormalizer.normalize(QUOTES.matcher(text).replaceAll(""));
    }

    /** A tag as stored: as written, but single-spaced, unquoted, Persian ی/ک as Arabic ي/ك. */
    private static String cleanTag(String tag) {
        return QUOTES.matcher(tag).replaceAll("")
                .replace('\u06CC', '\u064A')
                .replace('\u06A9', '\u0643')
                .replaceAll("\\s+", " ")
                .strip();
    }
}
