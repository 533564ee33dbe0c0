package io.raqib.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Appends one row to change_history on the connection of the change itself, so the entry commits
 * or rolls back with it. Rows are only ever inserted. Each entry also appends a row to the changes
 * feed (change_feed: the record, upsert or delete), which GET /changes serves in commit order. In a
 * chunk of a bulk import both are sent in batches before the chunk commits ({@link AppendedRows}).
 */
public final class HistoryWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INSERT = "insert into change_history (entity, entity_id, action, actor, changed_at, changes)"
            + " values (?, ?, ?, ?, ?, ?)";
    private static final String FEED = "insert into change_feed (entity, entity_id, op, changed_at) values (?, ?, ?, ?)";
    /** History actions after which the record no longer exists (a merged source is deleted). */
    private static final java.util.Set<String> GONE = java.util.Set.of("deleted", "merged_into");

    private HistoryWriter() {
    }

    /** A before/after pair; either side may be null (created, removed). */
    public static Map<String, Object> change(Object before, Object after) {
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("before", before);
        pair.put("after", after);
        return pair;
    }

    /** For changes Hibernate does not see one record at a time (bulk repointing in a merge). */
    public static void write(EntityManager em, String entity, long id, String action, Map<String, ?> changes) {
        write(em.unwrap(SharedSessionContractImplementor.class), entity, id, action, changes);
    }

    public static void write(SharedSessionContractImplementor session, String entity, Long id, String action,
            Map<String, ?> changes) {
        if (id == null) {
            return;
        }
        String json;
        try {
            json = JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not record the history of " + entity + " " + id, e);
        }
        AppendedRows.insert(session, INSERT, entity, id, action, Actors.current(), OffsetDateTime.now(ZoneOffset.UTC), json);
        feed(session, entity, id, GONE.contains(action) ? "delete" : "upsert");
    }

    /** A row of the changes feed alone: for writes the history leaves out (an update of derived fields only). */
    public static void feed(SharedSessionContractImplementor session, String entity, Long id, String op) {
        if (id == null) {
            return;
        }
        AppendedRows.insert(session, FEED, entity, id, op, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** For bulk writes Hibernate does not see one record at a time (repointing in a merge). */
    public static void feed(EntityManager em, String entity, long id, String op) {
        feed(em.unwrap(SharedSessionContractImplementor.class), entity, id, op);
    }
}
