package io.raqib.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Something the search index holds, rebuilt from the database: articles, claims, … Each kind
 * names its outbox aggregate, its alias and its settings/mappings resource, and loads its
 * documents (inside the caller's transaction). The indexer and reindex work through this.
 */
public interface IndexedType<D> {
    /** The outbox aggregate name, e.g. "article". */
    String aggregate();

    /** The alias searches use; concrete indices are {alias}-v{n}. */
    String alias();

    /** Classpath resource with the index settings and mappings. */
    String definition();

    /** The document for an id, or empty when the row is gone (then it is deleted from the index). */
    Optional<D> load(long id);

    /**
     * The documents for these ids whose rows are still there, by id. The indexer sends hundreds at a
     * time: a kind that can loads them with one query instead of one each.
     */
    default Map<Long, D> loadAll(Collection<Long> ids) {
        Map<Long, D> found = new HashMap<>();
        for (Long id : ids) {
            load(id).ifPresent(d -> found.put(id, d));
        }
        return found;
    }

    /**
     * Up to {@code size} documents with ids above {@code afterId}, in id order, for a full rebuild
     * (keyset pages: rows deleted meanwhile cannot shift a page over rows not yet read).
     */
    List<D> after(long afterId, int size);

    /** The document's id, as the index stores it. */
    long idOf(D document);
}
