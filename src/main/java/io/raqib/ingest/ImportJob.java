package io.raqib.ingest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A background import and how far it has got; written by the replica running it, read by any. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {
    public enum State { queued, running, done, failed }

    @Id
    public String id;

    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public String actor;

    @Column(name = "lines_done", nullable = false)
    public long linesDone;

    @Column(nullable = false)
    public long created;

    @Column(nullable = false)
    public long duplicates;

    @Column(nullable = false)
    public long failed;

    /** JSON: the first failed lines with their reasons. */
    @Column(nullable = false)
    public String errors = "[]";

    /** Why the whole job stopped, when it did. */
    public String error;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    State state() {
        return State.valueOf(state);
    }
}
