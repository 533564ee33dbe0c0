package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicNumbers.NumberMatch;
import io.raqib.arabic.ArabicTokens.Token;

/**
 * Rejects numbers whose written form already says they are not a head count, whatever noun
 * follows: percentages (بنسبة 95%، 70% من الإرهابيين), model names (إف-16، MQ-9), numbers glued
 * to a word (عربي21), clock times (2:55), slashed dates, list numbering ("1. منطقة …") and the
 * day or year of a written date (30 ديسمبر 2024، عام 2015). Dates, money, distances, durations
 * and counts of strikes or bases are otherwise rejected because no personnel noun follows them.
 */
final class NumberFilter {
    private static final WordSet PERCENT_WORDS = WordSet.of("بالمئة", "بالمائة", "المئة", "المائة", "مئوية");
    /** Words that make the next number a designation, not a count: اللواء 47، القرار 2254، البرج 22. */
    private static final WordSet DESIGNATION = WordSet.of("لواء", "فرقة", "كتيبة", "فوج", "سرية", "قرار", "مادة",
            "رقم", "بند", "فقرة", "طراز", "موديل", "طريق", "برج", "مبنى", "شارع", "معسكر", "قاعدة", "مطار", "رحلة",
            "الجيل", "نسخة", "المرحلة", "دورة", "جولة", "كيلو");
    private static final WordSet GLUE_OK = WordSet.exact("ب", "ل", "و", "ك", "ف", "وب", "ول", "لل", "ال", "بال", "وال");

    private NumberFilter() {
    }

    /** Why the number is not a head count, or null when it may be one. */
    /**
     * Whether a number that is not a year, date or the like stands between two tokens: "إصابة 56 جنديا
     * في 46 هجوما، 24 منها في العراق و22 في سوريا": a conjunct pairs with the number right before it,
     * not with a figure further back.
     */
    static boolean numberBetween(Analysis a, int after, int before) {
        for (NumberMatch m : a.numbers) {
            boolean year = m.longValue() != null && m.longValue() >= 1900 && m.longValue() <= 2100;
            if (m.firstToken() > after && m.lastToken() < before && !year && rejection(a, m) == null) {
                return true;
            }
        }
        return false;
    }

    static String rejection(Analysis a, NumberMatch n) {
        String text = a.text;
        int s = n.start();
        int e = n.end();
        if (isPercent(a, n)) {
            return "percentage";
        }
        char before = s > 0 ? text.charAt(s - 1) : ' ';
        char before2 = s > 1 ? text.charAt(s - 2) : ' ';
        char after = e < text.length() ? text.charAt(e) : ' ';
        char after2 = e + 1 < text.length() ? text.charAt(e + 1) : ' ';
        if (before == '-' && Character.isLetter(before2) || after == '-' && Character.isLetter(after2)) {
            return "model name";
        }
        boolean enclosed = !n.words() && n.firstToken() == n.lastToken() && a.enclosedNumber(n.firstToken());
        if (before == '#' || before == '@' || !enclosed && (before == '/' || after == '/')) {
            return "tag, link or slashed date";
        }
        if (after == ':' && Character.isDigit(after2) || before == ':' && Character.isDigit(before2)) {
            return "clock time";
        }
        if (!n.words()) {
            Token first = a.tokens.get(n.firstToken());
            Token prev = a.token(n.firstToken() - 1);
            if (prev != null && prev.end() == first.start() && prev.isWord() && !GLUE_OK.containsNorm(prev.norm())) {
                return "glued to a word";
            }
            if (isListNumber(text, s, e)) {
                return "list numbering";
            }
        }
        if (ForceSentence.CIVILIANS.contains(a.token(n.lastToken() + 1)) && !a.clauseBreakBefore(n.lastToken() + 1)) {
            return "civilians"; // "و10 مدنيين" counts people outside any force
        }
        Token before1 = a.token(n.firstToken() - 1);
        // "يضم اللواء 2500 منتسب" is a count again: a personnel noun follows
        if (before1 != null && !a.clauseBreakBefore(n.firstToken()) && DESIGNATION.contains(before1)
                && NounFinder.after(a, n.lastToken()) == null) {
            return "designation";
        }
        for (DateMentions.DateMention d : a.dates) {
            if (n.firstToken() <= d.last() && n.lastToken() >= d.first()) {
                return "date";
            }
        }
        return null;
    }

    private static boolean isPercent(Analysis a, NumberMatch n) {
        String text = a.text;
        int k = n.end();
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k < text.length() && (text.charAt(k) == '%' || text.charAt(k) == '٪')) {
            return true;
        }
        int b = n.start() - 1;
        while (b >= 0 && text.charAt(b) == ' ') {
            b--;
        }
        if (b >= 0 && (text.charAt(b) == '%' || text.charAt(b) == '٪')) {
            return true;
        }
        Token next = a.token(n.lastToken() + 1);
        if (PERCENT_WORDS.contains(next)) {
            return true;
        }
        Token next2 = a.token(n.lastToken() + 2);
        return next != null && next.norm().equals("في") && PERCENT_WORDS.contains(next2);
    }

    private static boolean isListNumber(String text, int s, int e) {
        int b = s - 1;
        while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '\t')) {
            b--;
        }
        boolean lineStart = b < 0 || text.charAt(b) == '\n';
        if (!lineStart) {
            return false;
        }
        char after = e < text.length() ? text.charAt(e) : ' ';
        return after == '.' || after == ')' || after == '-' || after == '–' || after == '/';
    }
}
