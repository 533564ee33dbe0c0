package io.raqib.source;

import io.raqib.common.HistoryWriter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A merge repoints rows in bulk, which Hibernate's per-record events do not see: it is written to
 * both sources' histories here, and the survivor's version moves on (its ETag changes).
 */
final class SourceMergeHistory {
    private SourceMergeHistory() {
    }

    static void record(EntityManager em, Source duplicate, Source into) {
        List<String> before = into.aliases.stream().map(a -> a.alias).toList();
        List<String> after = new ArrayList<>(before);
        duplicate.aliases.stream().map(a -> a.alias).filter(a -> !after.contains(a)).forEach(after::add);
        Map<String, Object> merged = new LinkedHashMap<>();
        merged.put("mergedFrom", HistoryWriter.change(null, Map.of("id", duplicate.id, "name", duplicate.name)));
        merged.put("aliases", HistoryWriter.change(before, after));
        HistoryWriter.write(em, "source", into.id, "merged", merged);
        HistoryWriter.write(em, "source", duplicate.id, "merged_into",
                Map.of("into", HistoryWriter.change(null, Map.of("id", into.id, "name", into.name))));
        em.lock(into, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
}
