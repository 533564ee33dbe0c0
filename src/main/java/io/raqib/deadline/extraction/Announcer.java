package io.raqib.deadline.extraction;

import java.util.regex.Pattern;
import io.raqib.arabic.ArabicSentences;
import java.util.List;

/**
 * Who announced a deadline, as the text names them: the subject of the reporting verb nearest
 * before the date. Verb-subject order ("أوضح التحالف الدولى أن …"، "أوصى معهد … بتمديد") takes the
 * words after the verb up to a boundary; subject-verb order ("أن بغداد أبلغت"، "أمريكا تقرر") takes
 * the one to three words before it. The raw name is kept; linking it to a known source is the
 * source registry's job.
 */
final class Announcer {
    private static final Pattern QUOTES = Pattern.compile("[\"“”«»„']");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_WORDS = 6;

    private Announcer() {
    }

    static String find(FieldText field, ArabicSentences.Span sentence, int dateStart) {
        List<FieldText.Word> before = field.wordsIn(sentence.start(), dateStart);
        for (int i = before.size() - 1; i >= 0; i--) {
            if (!CueLexicon.isReportingVerb(before.get(i).folded())) {
                continue;
            }
            String sv = subjectBefore(field, before, i);
            if (sv != null) {
                return sv;
            }
            return subjectAfter(field, before, i);
        }
        return null;
    }

    /** One to three words between a clause opening (sentence start, أن/إن, a comma) and the verb. */
    private static String subjectBefore(FieldText field, List<FieldText.Word> words, int verb) {
        int first = verb;
        while (first > 0 && verb - first < 4) {
            FieldText.Word w = words.get(first - 1);
            if (opensClause(w.folded()) || punctuationBetween(field, w, words.get(first))) {
                break;
            }
            first--;
        }
        int count = verb - first;
        boolean opened = first == 0 || opensClause(words.get(first - 1).folded())
                || punctuationBetween(field, words.get(first - 1), words.get(first));
        if (count < 1 || count > 3 || !opened) {
            return null;
        }
        for (int k = first; k < verb; k++) {
            String f = words.get(k).folded();
            if (CueLexicon.isFunctionWord(f) || CueLexicon.subjectOf(f).isPresent()) {
                return null;
            }
        }
        return clean(field.text.substring(words.get(first).start(), words.get(verb - 1).end()));
    }

    /** Words after the verb until أن/عن/a comma/a subject word, at most six. */
    private static String subjectAfter(FieldText field, List<FieldText.Word> words, int verb) {
        int last = -1;
        for (int k = verb + 1; k < words.size() && k - verb <= MAX_WORDS; k++) {
            FieldText.Word w = words.get(k);
            if (punctuationBetween(field, words.get(k - 1), w) && last >= 0) {
                break;
            }
            String f = w.folded();
            if (CueLexicon.isFunctionWord(f) || CueLexicon.subjectOf(f).isPresent() || CueLexicon.isPostponement(f)
                    || CueLexicon.isReportingVerb(f) || Character.isDigit(f.charAt(0))) {
                break;
            }
            last = k;
        }
        if (last < 0) {
            return null;
        }
        return clean(field.text.substring(words.get(verb + 1).start(), words.get(last).end()));
    }

    private static boolean opensClause(String folded) {
        return folded.equals("ان") || folded.equals("بان") || folded.equals("وان") || folded.equals("لان");
    }

    private static boolean punctuationBetween(FieldText field, FieldText.Word a, FieldText.Word b) {
        String between = field.text.substring(a.end(), b.start());
        return between.chars().anyMatch(c -> c == '،' || c == ',' || c == ':' || c == '؛' || c == '.' || c == '(');
    }

    private static String clean(String raw) {
        String s = SPACES.matcher(QUOTES.matcher(raw).replaceAll("")).replaceAll(" ").strip();
        return s.isEmpty() ? null : s;
    }
}
