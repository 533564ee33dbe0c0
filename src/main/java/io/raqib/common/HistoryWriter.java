package io.raqib.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Appends one row to change_history on the connection of the change itself, so the entry commits
 * or rolls back with it. Rows are only ever inserted. Each entry also appends a row to the changes
 * feed (change_feed: the record, upsert or delete), which GET /changes serves in commit order.
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
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, entity);
            insert.setLong(2, id);
            insert.setString(3, action);
            insert.setString(4, Actors.current());
            insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(6, JSON.writeValueAsString(changes));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not record the history of " + entity + " " + id, e);
        }
        feed(session, entity, id, GONE.contains(action) ? "delete" : "upsert");
    }

    /** A row of the changes feed alone: for writes the history leaves out (an update of derived fields only). */
    public static void feed(SharedSessionContractImplementor session, String entity, Long id, String op) {
        if (id == null) {
            return;
        }
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try (PreparedStatement insert = connection.prepareStatement(FEED)) {
            insert.setString(1, entity);
            insert.setLong(2, id);
            insert.setString(3, op);
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the change of " + entity + " " + id, e);
        }
    }

    /** For bulk writes Hibernate does not see one record at a time (repointing in a merge). */
    public static void feed(EntityManager em, String entity, long id, String op) {
        feed(em.unwrap(SharedSessionContractImplementor.class), entity, id, op);
    }
}
