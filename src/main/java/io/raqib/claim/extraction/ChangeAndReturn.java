package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer;

/**
 * Two readings that override the kind the cue words give: the amount a count changed by is a
 * difference (other); troops going back home leave (withdrawal), and going back to Iraq or Syria
 * arrive (deployment). Used by {@link KindClassifier}.
 */
final class ChangeAndReturn {
    private static final WordSet TO = WordSet.exact("الي", "حتي", "لحدود");

    private ChangeAndReturn() {
    }

    private static final WordSet CHANGE_BY = WordSet.of("زيادة", "بزيادة", "فارق", "بفارق", "انخفاض", "بانخفاض",
            "تراجع", "بتراجع", "نقص", "بنقص");
    private static final WordSet AMOUNTING = WordSet.of("بلغت", "بلغ", "تبلغ", "قدرها", "قدره", "مقدارها", "مقداره",
            "تقدر", "وصلت");

    /**
     * "أي بزيادة بلغت قرابة 40 ألفاً": the amount by which a count changed is a difference between two
     * counts (kind other), not people sent or withdrawn; "زيادة 500 جندي" with no amount word stays.
     */
    static boolean difference(Analysis a, int qualFirst) {
        Token amount = a.token(qualFirst - 1);
        return amount != null && AMOUNTING.contains(amount) && !a.clauseBreakBefore(qualFirst)
                && CHANGE_BY.contains(a.token(qualFirst - 2)) && !a.clauseBreakBefore(qualFirst - 1);
    }

    private static final WordSet RETURN = WordSet.of("عاد", "عادت", "عادوا", "يعود", "تعود", "يعودون", "سيعود",
            "ستعود", "سيعودون", "عودة");
    private static final WordSet HOMELAND = WordSet.of("بلادهم", "بلاده", "بلادها", "الوطن", "وطنهم", "أوطانهم",
            "ديارهم", "بلدانهم", "بلدهم");
    /** Iraq and Syria: troops going there arrive; going anywhere else they leave. */
    private static final java.util.Set<String> THEATRE = java.util.Set.of("IQ", "SY");

    /**
     * "عادت إلى كندا الأسبوع الماضي سرية من 120 مظليا"، "سيعود 300 جندي إلى بلادهم": troops going back
     * home (or to any country but Iraq and Syria) leave; "عاد 400 مستشار إلى سوريا": troops going back to
     * Iraq or Syria arrive. The verb stands up to eight words before the number, in its sentence, with
     * "إلى" and the destination right after it, or after the figure in its clause. Null when there is no
     * such verb.
     */
    static FigureKind returned(Analysis a, int qualFirst, int nounLast) {
        int from = Math.max(a.firstTokenOf(a.sentenceOf[qualFirst]), qualFirst - 8);
        for (int k = qualFirst - 1; k >= from; k--) {
            if (!RETURN.contains(a.tokens.get(k))) {
                continue;
            }
            for (int to : new int[] {k + 1, nounLast + 1, nounLast + 2}) {
                FigureKind kind = destination(a, to);
                if (kind != null) {
                    return kind;
                }
            }
            // "عاد 2000 جندي من الكتيبة التي خدمت في الحلة … إلى بلادهم": later in the clause
            int last = Math.min(a.lastTokenOf(a.sentenceOf[nounLast]), nounLast + 20);
            for (int to = nounLast + 3; to <= last && !a.clauseBreakBefore(to); to++) {
                FigureKind kind = destination(a, to);
                if (kind != null) {
                    return kind;
                }
            }
            return null;
        }
        return null;
    }

    /** "إلى بلادهم"، "إلى الولايات المتحدة" at token k: withdrawal; "إلى العراق": deployment; else null. */
    private static FigureKind destination(Analysis a, int k) {
        Token to = a.token(k);
        if (to == null || !TO.contains(to)) {
            return null;
        }
        Token place = a.token(k + 1);
        if (place != null && HOMELAND.contains(place)) {
            return FigureKind.WITHDRAWAL;
        }
        Gazetteer.GazetteerMatch m = k + 1 < a.nameAt.length ? a.nameAt[k + 1] : null;
        if (m == null || m.kind() != Gazetteer.Kind.COUNTRY || m.country() == null) {
            return null;
        }
        return THEATRE.contains(m.country()) ? FigureKind.DEPLOYMENT : FigureKind.WITHDRAWAL;
    }
}
