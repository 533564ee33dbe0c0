package io.raqib.ingest;

import io.raqib.source.Source;
import io.raqib.source.SourceRegistry;
import java.util.HashMap;
import java.util.Map;

/**
 * The outlets of one import, resolved once each: an archive names a handful of outlets over and
 * over, so each name costs one lookup per import, not one per article. Ids resolved in a chunk
 * are kept only once that chunk commits (a rolled-back chunk may have created the outlet).
 */
final class OutletCache {
    private final Map<String, Long> committed = new HashMap<>();
    private final Map<String, Source> inChunk = new HashMap<>();

    /** The outlet named, in the current transaction; null for no name. */
    Source resolve(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Source known = inChunk.get(name);
        if (known != null) {
            return known;
        }
        Long id = committed.get(name);
        Source source = id != null ? Source.getEntityManager().getReference(Source.class, id) : SourceRegistry.outlet(name);
        inChunk.put(name, source);
        return source;
    }

    void chunkCommitted() {
        inChunk.forEach((name, source) -> committed.put(name, source.id));
        inChunk.clear();
    }

    void chunkRolledBack() {
        inChunk.clear();
    }
}
