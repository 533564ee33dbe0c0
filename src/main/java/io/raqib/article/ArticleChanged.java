package io.raqib.article;

/**
 * Fired synchronously inside the transaction that changes an article, so that what is derived
 * from it (claims, deadlines) is written in the same transaction. DELETING fires before the row
 * is removed, while observers can still read it.
 */
public record ArticleChanged(Article article, Change change) {
    public enum Change { CREATED, UPDATED, DELETING }
}
