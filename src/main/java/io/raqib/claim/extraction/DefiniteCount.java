package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicNumbers.NumberMatch;
import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer;

/**
 * A count written after its noun, both with the article: "الجنود الأمريكيين الثلاثة"، "العسكريين
 * الخمسين"، "المستشارين الـ 150" (the three American soldiers), as the press restates a count it gave
 * before. The noun may carry a nationality between it and the number.
 */
final class DefiniteCount {
    private static final WordSet ONE_OF = WordSet.of("أحد", "إحدى", "احد", "احدى", "بعض", "معظم", "أغلب", "كل");

    private DefiniteCount() {
    }

    /** Token of the personnel noun a definite number word counts from before it, or -1. */
    static int nounBefore(Analysis a, NumberMatch n) {
        if (n.longValue() == null) {
            return -1;
        }
        int first = n.firstToken();
        if (!n.words()) {
            // digits take the article as a word of its own: "المستشارين الـ 150"، "الجنود الـ300"
            Token article = a.token(first - 1);
            if (article == null || !article.norm().equals("ال") || a.clauseBreakBefore(first)) {
                return -1;
            }
            first--;
        } else if (!a.tokens.get(first).norm().startsWith("ال")) {
            return -1;
        }
        for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
            if (a.clauseBreakBefore(k + 1)) {
                return -1;
            }
            Token t = a.tokens.get(k);
            if (t.norm().startsWith("ال") && PersonnelNouns.typeOf(t) == PersonnelNouns.Type.PERSONNEL) {
                // "أحد الجنود الثلاثة" counts one of them, not the three
                return ONE_OF.contains(a.token(k - 1)) ? -1 : k;
            }
            boolean nationality = a.nameAt[k] != null && a.nameAt[k].kind() != Gazetteer.Kind.PLACE;
            if (!nationality && !ForceResolverWords.isAdjectiveLike(t)) {
                return -1;
            }
        }
        return -1;
    }
}
