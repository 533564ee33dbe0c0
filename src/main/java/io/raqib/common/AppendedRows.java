package io.raqib.common;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Rows that writes append beside themselves on their own connection (history, the changes feed,
 * alert events), so they commit or roll back with the write. One statement each, except inside a
 * {@link #gather} scope (a chunk of a bulk import): there the rows of that session wait, in order,
 * and {@link Scope#send()} sends each kind as JDBC batches before the transaction commits.
 * Nothing reads these tables in the transaction that writes them, so waiting changes no answer.
 */
public final class AppendedRows {
    private static final int BATCH = 500;
    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private AppendedRows() {
    }

    /** Appends a row now, or gathers it when a scope of this session is open on this thread. */
    public static void insert(SharedSessionContractImplementor session, String sql, Object... values) {
        Scope scope = CURRENT.get();
        if (scope != null && scope.session == session) {
            scope.rows.computeIfAbsent(sql, k -> new ArrayList<>()).add(values);
            return;
        }
        PreparedStatement insert = prepare(session, sql);
        try {
            bind(insert, values);
            session.getJdbcCoordinator().getResultSetReturn().executeUpdate(insert, sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not append a row (" + sql + ")", e);
        } finally {
            release(session, insert);
        }
    }

    /** Gathers the rows the entity manager's session appends on this thread until the scope is closed. */
    public static Scope gather(EntityManager em) {
        Scope scope = new Scope(em.unwrap(SharedSessionContractImplementor.class), CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** Through Hibernate, so the statement is logged and counted with the session's own (statistics). */
    private static PreparedStatement prepare(SharedSessionContractImplementor session, String sql) {
        return session.getJdbcCoordinator().getStatementPreparer().prepareStatement(sql);
    }

    private static void release(SharedSessionContractImplementor session, PreparedStatement statement) {
        session.getJdbcCoordinator().getLogicalConnection().getResourceRegistry().release(statement);
        session.getJdbcCoordinator().afterStatementExecution();
    }

    private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    /** The rows waiting for one session. Close it (try-with-resources); rows not sent by then are dropped. */
    public static final class Scope implements AutoCloseable {
        private final SharedSessionContractImplementor session;
        private final Scope outer;
        private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

        private Scope(SharedSessionContractImplementor session, Scope outer) {
            this.session = session;
            this.outer = outer;
        }

        /** Sends the rows gathered so far, each kind in statement order, as batches; the scope stays open. */
        public void send() {
            try {
                for (Map.Entry<String, List<Object[]>> kind : rows.entrySet()) {
                    PreparedStatement insert = prepare(session, kind.getKey());
                    try {
                        int pending = 0;
                        for (Object[] values : kind.getValue()) {
                            bind(insert, values);
                            insert.addBatch();
                            if (++pending == BATCH) {
                                insert.executeBatch();
                                pending = 0;
                            }
                        }
                        if (pending > 0) {
                            insert.executeBatch();
                        }
                    } finally {
                        release(session, insert);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not append rows: " + e.getMessage(), e);
            } finally {
                rows.clear();
            }
        }

        @Override
        public void close() {
            rows.clear();
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
