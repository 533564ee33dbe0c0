package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens;
import io.raqib.arabic.ArabicTokens.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the words that bound a number: before it (نحو، أكثر من، ما لا يقل عن …) or after it
 * (تقريباً، على الأقل، كحد أقصى). Phrases are matched on normalised words; the first word of a
 * phrase may carry a proclitic (بنحو، وأكثر من، لحوالي). {@value #ANY_WORD} stands for any one word,
 * the counted group named between "عدد" and the preposition ("لا يزيد عدد أفرادها عن").
 */
final class QualifierReader {

    /** A qualifier phrase covering tokens {@code [first, last]}. */
    record Found(Qualifier qualifier, int first, int last) {
    }

    /** A phrase; {@code firstForms} are its first word with each allowed proclitic. */
    private record Phrase(Qualifier qualifier, String[] words, Set<String> firstForms) {
    }

    private static final List<Phrase> BEFORE = new ArrayList<>();
    private static final List<Phrase> AFTER = new ArrayList<>();
    private static final String ANY_WORD = "*";
    private static final String[] FIRST_WORD_CLITICS = {"", "و", "ب", "ل", "ف", "وب", "ول"};
    /** Phrases indexed by the word right before the number, and by the word right after the figure. */
    private static final Map<String, List<Phrase>> BEFORE_BY_LAST = new HashMap<>();
    private static final Map<String, List<Phrase>> AFTER_BY_FIRST = new HashMap<>();

    static {
        before(Qualifier.AT_LEAST, "ما لا يقل عن", "لا يقل عن", "ما لا يقل على", "ما لا تقل عن", "لا تقل عن",
                "على الأقل", "ما لا يقل عددهم عن", "لا يقل عدد * عن", "لا يقل عدد * على");
        before(Qualifier.AT_MOST, "ما لا يزيد على", "ما لا يزيد عن", "لا يزيد على", "لا يزيد عن", "لا يتجاوز",
                "ما لا يتجاوز", "لا تتجاوز", "لا يتعدى", "ما لا يتعدى", "لا يزيد عددهم على", "لا يزيد عددهم عن",
                "لا يتجاوزون", "لا يتعدون", "لا يتعدون عن", "لا تتعدى", "لا يتخطى", "لا يتخطون", "لا يتجاوز عددهم",
                "لا يتعدى عددهم", "لا يزيد عدد * عن", "لا يزيد عدد * على",
                // "نشر ما يصل إلى 500 جندي": up to (without ما, "يصل إلى 2000" is a level reached)
                "ما يصل إلى", "ما يصل الى", "ما تصل إلى", "ما تصل الى");
        before(Qualifier.MORE_THAN, "أكثر من", "ما يزيد على", "ما يزيد عن", "يزيد على", "يزيد عن", "ما يربو على",
                "يربو على", "ما يفوق", "يفوق", "أزيد من", "ما يتجاوز", "يتجاوز", "يتخطى",
                "تتخطى", "تخطى", "تخطت", "تجاوز", "تجاوزت", "تجاوزا", "تجاوزوا", "يتجاوزون", "تتجاوز", "فاق", "فاقت",
                "يزيد عدد * على", "يزيد عدد * عن");
        before(Qualifier.LESS_THAN, "أقل من", "ما دون", "دون", "ما يقل عن", "يقل عن", "أدنى من");
        before(Qualifier.APPROX, "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "يقارب", "ما يقرب من",
                "يقرب من", "ما يناهز", "يناهز", "في حدود", "بحدود", "حدود", "ما يقدر ب", "يقدر ب", "تقريبا",
                "ما يعادل", "قرابه", "نحوا من",
                "المقدر ب", "المقدرة ب", "المقدرين ب", "المقدر عددهم ب", "قاربت", "قارب", "تقارب", "ناهز", "ناهزت",
                "تناهز", "ما يقارب من");
        after(Qualifier.APPROX, "تقريبا", "تقريباً", "على وجه التقريب");
        after(Qualifier.AT_LEAST, "على الأقل", "على أقل تقدير", "فأكثر", "أو أكثر", "وأكثر");
        after(Qualifier.AT_MOST, "على الأكثر", "كحد أقصى", "بحد أقصى", "أو أقل", "فأقل");
        after(Qualifier.EXACT, "فقط", "لا غير");
        // longest first, so "ما لا يقل عن" wins over "يقل عن"
        BEFORE.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
        AFTER.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
        for (Phrase p : BEFORE) {
            Set<String> keys = p.words.length == 1 ? p.firstForms : Set.of(p.words[p.words.length - 1]);
            for (String k : keys) {
                BEFORE_BY_LAST.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            }
        }
        for (Phrase p : AFTER) {
            for (String k : p.firstForms) {
                AFTER_BY_FIRST.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            }
        }
    }

    private QualifierReader() {
    }

    private static Phrase phrase(Qualifier q, String text) {
        String[] words = Arrays.stream(text.split(" "))
                .map(w -> w.equals(ANY_WORD) ? w : ArabicTokens.normalizePhrase(w)).toArray(String[]::new);
        Set<String> first = new HashSet<>();
        for (String c : FIRST_WORD_CLITICS) {
            first.add(c + words[0]);
        }
        return new Phrase(q, words, Set.copyOf(first));
    }

    private static void before(Qualifier q, String... phrases) {
        for (String p : phrases) {
            BEFORE.add(phrase(q, p));
        }
    }

    private static void after(Qualifier q, String... phrases) {
        for (String p : phrases) {
            AFTER.add(phrase(q, p));
        }
    }

    /** A qualifier ending right before token {@code numberToken} (a lone ب as in بـ2000 is skipped). */
    static Found before(Analysis a, int numberToken) {
        Found f = endingAt(a, numberToken - 1, numberToken);
        Token prev = a.token(numberToken - 1);
        if (f == null && prev != null && prev.isWord() && (prev.norm().equals("ب") || prev.norm().equals("ال"))) {
            // "يقدر بـ2000"، "تجاوز الـ200 ألف": the lone clitic before the digits
            f = endingAt(a, numberToken - 2, numberToken);
        }
        return f;
    }

    private static Found endingAt(Analysis a, int end, int numberToken) {
        Token last = a.token(end);
        if (last == null || !last.isWord()) {
            return null;
        }
        for (Phrase p : BEFORE_BY_LAST.getOrDefault(last.norm(), List.of())) {
            int first = end - p.words.length + 1;
            if (first >= 0 && matches(a, p, first, end) && !a.clauseBreakBefore(end + 1)) {
                return new Found(p.qualifier, first, numberToken - 1);
            }
        }
        return null;
    }

    /** A qualifier starting right after token {@code afterToken}. */
    static Found after(Analysis a, int afterToken) {
        Token next = a.token(afterToken + 1);
        if (next == null || !next.isWord()) {
            return null;
        }
        for (Phrase p : AFTER_BY_FIRST.getOrDefault(next.norm(), List.of())) {
            int first = afterToken + 1;
            int last = first + p.words.length - 1;
            if (last >= a.tokens.size() || a.clauseBreakBefore(first)) {
                continue;
            }
            // "1218 شهيدا وأكثر من 7 آلاف جريح": "وأكثر من" opens the next count, it does not bound this one
            // ("على الأقل من الحشد" still bounds it: only a comparative takes من)
            boolean opensNext = a.token(last).norm().endsWith("كثر") && a.token(last + 1) != null && a.token(last + 1).norm().equals("من") && !a.clauseBreakBefore(last + 1);
            if (matches(a, p, first, last) && !opensNext) {
                return new Found(p.qualifier, first, last);
            }
        }
        return null;
    }

    private static boolean matches(Analysis a, Phrase p, int first, int last) {
        for (int k = first; k <= last; k++) {
            Token t = a.token(k);
            if (t == null || !t.isWord()) {
                return false;
            }
            if (k > first && a.clauseBreakBefore(k)) {
                return false;
            }
            String want = p.words[k - first];
            if (want.equals(ANY_WORD)) {
                continue;
            }
            if (k == first) {
                if (!p.firstForms.contains(t.norm())) {
                    return false;
                }
            } else if (!t.norm().equals(want)) {
                return false;
            }
        }
        return true;
    }
}
