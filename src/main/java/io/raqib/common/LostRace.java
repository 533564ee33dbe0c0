package io.raqib.common;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.StaleStateException;

/** The ways a write loses a race with another one, read from an exception's causes. */
public enum LostRace {
    /** The row changed between our read and our update (optimistic lock). */
    ROW_CHANGED,
    /** Deadlock or serialization failure (SQLSTATE 40P01, 40001). */
    DEADLOCK,
    /** Another writer inserted the same unique key first (SQLSTATE 23505). */
    DUPLICATE_KEY;

    /** What a client is told when a write lost its race every time it was tried. */
    public io.raqib.common.ProblemException problem() {
        return new io.raqib.common.ProblemException(409, "conflict", "Conflict", switch (this) {
            case ROW_CHANGED -> "the record was changed by another request at the same time; read it again and retry";
            case DEADLOCK -> "other requests were changing the same records at the same time; retry";
            case DUPLICATE_KEY -> "another request stored the same record at the same time; retry to get it";
        });
    }

    public static Optional<LostRace> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return Optional.of(ROW_CHANGED);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "40001", "40P01" -> {
                        return Optional.of(DEADLOCK);
                    }
                    case "23505" -> {
                        return Optional.of(DUPLICATE_KEY);
                    }
                    default -> {
                    }
                }
            }
        }
        return Optional.empty();
    }
}
