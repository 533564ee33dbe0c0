package io.raqib.article;

/**
 * Fired synchronously inside the transaction that changes an article, so that what is derived
 * from it (claims, deadlines) is written in the same transaction. DELETING fires before the row
 * is removed, while observers can still read it. {@code outletChanged}: an update gave it another
 * outlet (what is indexed with the outlet's id must follow); {@code publishedAtChanged}: another
 * publication date (documents that show it, such as claims', must follow).
 */
public record ArticleChanged(Article article, Change change, boolean outletChanged, boolean publishedAtChanged) {
    public enum Change { CREATED, UPDATED, DELETING }

    public ArticleChanged(Article article, Change change) {
        this(article, change, false, false);
    }
}
