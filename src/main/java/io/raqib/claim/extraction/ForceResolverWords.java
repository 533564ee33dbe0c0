package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;

/** Words that may sit between a personnel noun and what qualifies it ("جندي إضافي أمريكي"). */
final class ForceResolverWords {
    private static final WordSet ADJECTIVE_LIKE = WordSet.of("إضافي", "إضافيا", "إضافيين", "إضافية", "آخرين",
            "جدد", "جديد", "عسكري", "عسكريا", "عسكريين", "أجنبي", "أجانب", "نظامي", "نظاميين");

    private ForceResolverWords() {
    }

    static boolean isAdjectiveLike(Token t) {
        return ADJECTIVE_LIKE.contains(t);
    }
}
