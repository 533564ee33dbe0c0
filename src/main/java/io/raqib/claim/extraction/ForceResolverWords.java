package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;

/** Words that may sit between a personnel noun and what qualifies it ("جندي إضافي أمريكي"). */
final class ForceResolverWords {
    /** Members or a group noun between an adversary word and the name: "لمواجهة مسلحي داعش"، "ضد عصابة داعش". */
    static final WordSet MEMBER_NOUNS = WordSet.of("عناصر", "مسلحي", "مقاتلي", "خلايا", "فلول", "بقايا",
            "عصابة", "عصابات", "جماعة", "جماعات", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات");
    /** Branches of a state's forces between the noun and its nationality: "عسكريا من سلاحي البر والجو الأمريكيين". */
    static final WordSet SERVICE_BRANCHES = WordSet.of("سلاح", "سلاحي", "بر", "جو", "بحر", "بحرية",
            "برية", "جوية", "مشاة");

    private static final WordSet ADJECTIVE_LIKE = WordSet.of("إضافي", "إضافيا", "إضافيين", "إضافية", "آخرين",
            "جدد", "جديد", "عسكري", "عسكريا", "عسكريين", "أجنبي", "أجانب", "نظامي", "نظاميين");

    private ForceResolverWords() {
    }

    static boolean isAdjectiveLike(Token t) {
        return ADJECTIVE_LIKE.contains(t);
    }
}
