package io.raqib.search;

import jakarta.persistence.EntityManager;

/**
 * External versions for indexed documents ({@code version_type=external}), drawn from the database
 * sequence {@code index_version_seq}. A writer draws one after it has claimed its work and before it
 * reads the rows it sends, so of two writes of one document the one with the higher version read the
 * newer rows: Elasticsearch keeps the higher version and refuses the other, whatever order the two
 * bulk requests arrive in. (An entity's @Version would not do: bulk updates such as a source merge
 * change indexed fields without touching it.)
 */
final class IndexVersions {
    private IndexVersions() {
    }

    static long next(EntityManager em) {
        return ((Number) em.createNativeQuery("select nextval('index_version_seq')").getSingleResult()).longValue();
    }
}
