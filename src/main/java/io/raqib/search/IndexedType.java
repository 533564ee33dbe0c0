package io.raqib.search;

import java.util.List;
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

    /** One page of documents in id order, for a full rebuild. */
    List<D> page(int page, int size);

    /** The document's id, as the index stores it. */
    long idOf(D document);
}
