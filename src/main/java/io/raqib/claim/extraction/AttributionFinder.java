package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicNormalizer;
import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer.GazetteerMatch;

/**
 * Who a sentence says a figure comes from. A sentence attributes when it has a reporting word:
 * a preposition (وفقاً لـ، بحسب، نقلاً عن، على لسان) or a verb (قال، أعلن، ذكرت، أكد، نقلت، نفى …).
 * A known source named in the sentence (the textForms of sources/known-sources.json: CNN، سنتكوم، معهد بحوث الكونغرس …) is
 * preferred, the one nearest to a reporting word; otherwise the words right after the reporting
 * word, up to a clause boundary or أن/إن/عن, are taken as written.
 */
final class AttributionFinder {

    /** The attribution as written and its key (a source code, or the normalised text). */
    record Attribution(String text, String key) {
    }

    private static final WordSet PREP_CUES = WordSet.of("وفقا", "وفق", "بحسب", "حسب", "نقلا", "لسان", "طبقا",
            "استنادا", "بحسبه");
    private static final WordSet VERB_CUES = WordSet.of(
            "قال", "قالت", "يقول", "تقول", "أعلن", "أعلنت", "يعلن", "ذكر", "ذكرت", "أكد", "أكدت", "يؤكد", "تؤكد",
            "أفاد", "أفادت", "أوضح", "أوضحت", "كشف", "كشفت", "صرح", "صرحت", "نفى", "نفت", "ينفي", "تنفي",
            "أورد", "أوردت", "نقل", "نقلت", "أشار", "أشارت", "أضاف", "أضافت", "تابع", "أردف", "أعربت",
            "بيان", "تقرير", "تصريح", "تصريحات", "بيانات", "أظهرت", "أظهر", "قدر", "قدرت", "يقدر");
    private static final WordSet STOP = WordSet.exact("ان", "أن", "إن", "عن", "في", "فى", "الذي", "التي", "انه",
            "أنه", "إنه", "انها", "أنها", "يوم", "اليوم", "امس", "أمس", "مع", "على", "علي", "الى", "إلى", "خلال",
            "ب", "ل", "من", "بان", "بأن");
    private static final WordSet GENERIC_START = WordSet.exact("ل", "لـ");

    private AttributionFinder() {
    }

    static Attribution find(Analysis a, int numberFirst) {
        int s = a.sentenceOf[numberFirst];
        int from = a.firstTokenOf(s);
        int to = a.lastTokenOf(s);
        int bestCue = -1;
        boolean prepCue = false;
        for (int k = from; k <= to; k++) {
            Token t = a.tokens.get(k);
            boolean prep = PREP_CUES.contains(t);
            boolean verb = !prep && VERB_CUES.contains(t);
            if (!prep && !verb) {
                continue;
            }
            if (bestCue < 0 || prep && !prepCue || prep == prepCue && Math.abs(k - numberFirst) < Math.abs(bestCue - numberFirst)) {
                bestCue = k;
                prepCue = prep;
            }
        }
        if (bestCue < 0) {
            return null;
        }
        GazetteerMatch source = nearestSource(a, from, to, bestCue);
        if (source != null) {
            return new Attribution(source.text(), source.code());
        }
        if (a.tokens.get(bestCue).norm().endsWith("بيان") || a.tokens.get(bestCue).norm().endsWith("تقرير")) {
            return null; // "في بيان" without a named author says nothing more
        }
        int k = bestCue + 1;
        if (prepCue && a.token(k) != null && GENERIC_START.contains(a.token(k))) {
            k++;
        }
        if (prepCue && a.token(k) != null && a.token(k).norm().equals("عن")) {
            k++; // نقلاً عن
        }
        int first = k;
        int last = k - 1;
        while (last + 1 <= to && last + 1 < first + 4) {
            int n = last + 1;
            if (n > first && a.clauseBreakBefore(n) || a.clauseBreakBefore(n) && n == first && !prepCue
                    && a.gapBefore(n).contains(":")) {
                break;
            }
            Token t = a.tokens.get(n);
            if (STOP.contains(t) || t.isDigits() || KindCues.kindOf(t) != null || PersonnelNouns.typeOf(t) != null
                    || VERB_CUES.contains(t)) {
                break;
            }
            last = n;
        }
        if (last < first) {
            return null;
        }
        String raw = a.text.substring(a.tokens.get(first).start(), a.tokens.get(last).end());
        return new Attribution(raw, ArabicNormalizer.normalize(raw));
    }

    private static GazetteerMatch nearestSource(Analysis a, int from, int to, int cue) {
        GazetteerMatch best = null;
        int bestD = Integer.MAX_VALUE;
        for (GazetteerMatch m : a.sources) {
            if (m.firstToken() < from || m.lastToken() > to) {
                continue;
            }
            int d = m.firstToken() > cue ? m.firstToken() - cue : (cue - m.lastToken()) + 1;
            if (d < bestD) {
                bestD = d;
                best = m;
            }
        }
        return best;
    }
}
