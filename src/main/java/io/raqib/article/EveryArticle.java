package io.raqib.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Runs work over the whole archive one article at a time, each in its own transaction (so one
 * failure or a long run never holds a transaction open over everything), and sums the results.
 * Re-extraction of claims and of deadlines both walk the archive this way.
 */
public final class EveryArticle {
    private static final int PAGE = 100;

    private EveryArticle() {
    }

    public static <R> R fold(R none, Function<Article, R> work, BinaryOperator<R> sum) {
        R total = none;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> Article.getEntityManager()
                    .createQuery("select a.id from Article a where a.id > :after order by a.id", Long.class)
                    .setParameter("after", from).setMaxResults(PAGE).getResultList());
            if (ids.isEmpty()) {
                return total;
            }
            for (Long id : ids) {
                total = sum.apply(total, QuarkusTransaction.requiringNew().call(() -> {
                    Article article = Article.findById(id);
                    return article == null ? none : work.apply(article);
                }));
            }
            after = ids.get(ids.size() - 1);
        }
    }
}
