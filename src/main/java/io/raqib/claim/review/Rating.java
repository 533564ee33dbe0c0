package io.raqib.claim.review;

/**
 * A review state as a ClaimReview rating on a 1–5 scale, with the Arabic verdict a reader sees
 * (alternateName). A confirmed figure is true, a corrected one partly true (the text's figure was
 * wrong in some respect), a rejected one false; an unreviewed claim has no rating value yet.
 */
record Rating(Integer value, String arabic) {
    static final int BEST = 5;
    static final int WORST = 1;

    static Rating of(String review) {
        return switch (review == null ? "unreviewed" : review) {
            case "confirmed" -> new Rating(5, "صحيح");
            case "corrected" -> new Rating(3, "صحيح جزئياً");
            case "rejected" -> new Rating(1, "خاطئ");
            default -> new Rating(null, "لم يُراجَع بعد");
        };
    }

    boolean reviewed() {
        return value != null;
    }
}
