package io.raqib.claim;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * Claims read a batch at a time, for work over any number of them in bounded memory: the ids
 * stream from the database in the query's order, each batch of claims is read in one query (with
 * its article, outlet and sources) and let go before the next. Call inside a transaction.
 */
final class ClaimBatches {
    static final int SIZE = 500;

    private ClaimBatches() {
    }

    /** The claims with these ids, in this order, read in one query. */
    static List<Claim> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Claim> byId = new HashMap<>();
        Claim.<Claim>list("select c from Claim c join fetch c.article a left join fetch a.outlet "
                        + "left join fetch c.attributedTo left join fetch c.reportedBy where c.id in ?1", ids)
                .forEach(c -> byId.put(c.id, c));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Runs {@code idQuery} ("select c.id from Claim c … order by …") and hands its claims over in batches. */
    static void each(String idQuery, Parameters params, int limit, Consumer<List<Claim>> batch) {
        EntityManager em = Claim.getEntityManager();
        TypedQuery<Long> ids = em.createQuery(idQuery, Long.class);
        params.map().forEach(ids::setParameter);
        ids.setHint(HibernateHints.HINT_FETCH_SIZE, SIZE);
        List<Long> pending = new ArrayList<>(SIZE);
        try (Stream<Long> stream = ids.getResultStream()) {
            Iterator<Long> it = stream.limit(limit).iterator();
            while (it.hasNext()) {
                pending.add(it.next());
                if (pending.size() == SIZE) {
                    batch.accept(load(pending));
                    pending.clear();
                    em.clear();
                }
            }
        }
        if (!pending.isEmpty()) {
            batch.accept(load(pending));
            em.clear();
        }
    }
}
