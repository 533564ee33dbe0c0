package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicMonths;
import io.raqib.arabic.ArabicTokens.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dates written in a text, at the precision the text gives: "في عام 2018" → 2018, "في صيف عام
 * 2024" → 2024, "أيلول/سبتمبر 2025" → 2025-09, "30 ديسمبر 2024" → 2024-12-30, "في 11 أكتوبر
 * الجاري" → resolved against the publication date. A date introduced by حتى، بحلول، بنهاية …
 * is a deadline, not the moment a figure describes, and is marked as such.
 */
final class DateMentions {

    /** A date found between tokens {@code first} and {@code last}; {@code deadline} if introduced as one. */
    record DateMention(int first, int last, String iso, boolean deadline) {
    }

    private static final WordSet YEAR_WORDS = WordSet.of("عام", "سنة", "عامي", "العام", "السنة");
    /** Parts of a year written straight before it ("أواخر 2024"): the figure is dated to that year. */
    private static final WordSet YEAR_PARTS = WordSet.of("أواخر", "أوائل", "منتصف", "خلال");
    private static final WordSet RELATIVE_PAST = WordSet.of("الماضي", "المنصرم", "الفائت", "السابق");
    private static final WordSet RELATIVE_NOW = WordSet.of("الجاري", "الحالي");
    private static final WordSet RELATIVE_NEXT = WordSet.of("المقبل", "القادم");
    private static final WordSet DEADLINE_CUES = WordSet.of("حتى", "بحلول", "نهاية", "بنهاية", "قبل", "موعد",
            "أقصاه", "غاية", "لغاية", "مطلع");
    private static final WordSet MONTH_WORD = WordSet.of("الشهر");
    /** Normalised month names (one or two words) → month; built once so lookups need no normalising. */
    private static final java.util.Map<String, Integer> MONTHS = buildMonths();

    private static java.util.Map<String, Integer> buildMonths() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (String name : ArabicMonths.normalizedNamesLongestFirst()) {
            ArabicMonths.monthOf(name).ifPresent(month -> m.put(name, month));
        }
        return java.util.Map.copyOf(m);
    }

    private static Optional<Integer> month(String normalized) {
        return Optional.ofNullable(MONTHS.get(normalized));
    }

    private DateMentions() {
    }

    static List<DateMention> find(Analysis a, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        List<Token> tokens = a.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Optional<Integer> month = monthAt(tokens, i);
            if (month.isPresent()) {
                int first = i;
                int last = i + monthLength(tokens, i) - 1;
                // أيلول/سبتمبر: two names of the same month
                if (last + 1 < tokens.size() && monthAt(tokens, last + 1).equals(month)
                        && a.gapBefore(last + 1).strip().equals("/")) {
                    last += monthLength(tokens, last + 1);
                }
                Integer day = null;
                if (i > 0 && tokens.get(i - 1).isDigits() && tokens.get(i - 1).norm().length() <= 2) {
                    int d = Integer.parseInt(tokens.get(i - 1).norm());
                    if (d >= 1 && d <= 31) {
                        day = d;
                        first = i - 1;
                    }
                }
                Integer year = null;
                int k = last + 1;
                if (k < tokens.size() && YEAR_WORDS.contains(tokens.get(k))) {
                    k++;
                }
                if (k < tokens.size() && isYear(tokens.get(k))) {
                    year = Integer.parseInt(tokens.get(k).norm());
                    last = k;
                } else if (published != null && last + 1 < tokens.size()) {
                    Token rel = tokens.get(last + 1);
                    if (RELATIVE_PAST.contains(rel)) {
                        year = month.get() < published.getMonthValue() ? published.getYear() : published.getYear() - 1;
                        last++;
                    } else if (RELATIVE_NOW.contains(rel)) {
                        year = published.getYear();
                        last++;
                    } else if (RELATIVE_NEXT.contains(rel)) {
                        year = month.get() > published.getMonthValue() ? published.getYear() : published.getYear() + 1;
                        last++;
                    }
                }
                if (year == null && published != null) {
                    year = month.get() <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
                }
                if (year != null) {
                    String iso = day == null ? String.format("%04d-%02d", year, month.get())
                            : String.format("%04d-%02d-%02d", year, month.get(), day);
                    out.add(new DateMention(first, last, iso, deadlineBefore(tokens, first)));
                }
                i = last;
                continue;
            }
            if ((YEAR_WORDS.contains(t) || YEAR_PARTS.contains(t)) && i + 1 < tokens.size() && isYear(tokens.get(i + 1))) {
                out.add(new DateMention(i, i + 1, tokens.get(i + 1).norm(), deadlineBefore(tokens, i)));
                i++;
                continue;
            }
            if (published != null && t.isWord() && i + 1 < tokens.size()) {
                String iso = relative(t, tokens.get(i + 1), published);
                if (iso != null) {
                    out.add(new DateMention(i, i + 1, iso, deadlineBefore(tokens, i)));
                    i++;
                }
            }
        }
        return out;
    }

    /** العام الماضي، الشهر الماضي، العام الجاري. */
    private static String relative(Token unit, Token rel, LocalDate published) {
        boolean year = YEAR_WORDS.contains(unit);
        boolean month = MONTH_WORD.contains(unit);
        if (!year && !month) {
            return null;
        }
        int delta = RELATIVE_PAST.contains(rel) ? -1 : RELATIVE_NOW.contains(rel) ? 0 : RELATIVE_NEXT.contains(rel) ? 1 : 99;
        if (delta == 99) {
            return null;
        }
        if (year) {
            return String.valueOf(published.getYear() + delta);
        }
        LocalDate d = published.plusMonths(delta);
        return String.format("%04d-%02d", d.getYear(), d.getMonthValue());
    }

    private static boolean deadlineBefore(List<Token> tokens, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 2); k--) {
            if (DEADLINE_CUES.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean isYear(Token t) {
        if (!t.isDigits() || t.norm().length() != 4) {
            return false;
        }
        int y = Integer.parseInt(t.norm());
        return y >= 1900 && y <= 2100;
    }

    private static Optional<Integer> monthAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return Optional.empty();
        }
        if (i + 1 < tokens.size()) {
            Optional<Integer> two = month(stripClitic(t.norm()) + " " + tokens.get(i + 1).norm());
            if (two.isPresent()) {
                return two;
            }
        }
        Optional<Integer> one = month(t.norm());
        if (one.isEmpty() && t.norm().length() > 3 && "وبف".indexOf(t.norm().charAt(0)) >= 0) {
            one = month(t.norm().substring(1));
        }
        // ماي / اب are also ordinary words; accept them only next to a year or a day number
        if (one.isPresent() && t.norm().length() <= 3) {
            boolean dated = i + 1 < tokens.size() && isYear(tokens.get(i + 1))
                    || i > 0 && tokens.get(i - 1).isDigits() && tokens.get(i - 1).norm().length() <= 2;
            if (!dated) {
                return Optional.empty();
            }
        }
        return one;
    }

    private static String stripClitic(String norm) {
        return norm.length() > 4 && "وبف".indexOf(norm.charAt(0)) >= 0 && norm.startsWith("كانون", 1)
                || norm.length() > 4 && "وبف".indexOf(norm.charAt(0)) >= 0 && norm.startsWith("تشرين", 1)
                ? norm.substring(1) : norm;
    }

    private static int monthLength(List<Token> tokens, int i) {
        if (i + 1 < tokens.size()
                && month(stripClitic(tokens.get(i).norm()) + " " + tokens.get(i + 1).norm()).isPresent()) {
            return 2;
        }
        return 1;
    }
}
