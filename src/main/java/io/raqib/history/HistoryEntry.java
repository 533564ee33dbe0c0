package io.raqib.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One row of the append-only change history (written by {@link HistoryWriter}, only read here). */
@Entity
@Immutable
@Table(name = "change_history")
public class HistoryEntry extends PanacheEntityBase {
    @Id
    public Long id;

    public String entity;

    @Column(name = "entity_id")
    public long entityId;

    public String action;

    public String actor;

    @Column(name = "changed_at")
    public Instant changedAt;

    /** JSON: {"field": {"before": …, "after": …}}. */
    public String changes;

    static io.quarkus.hibernate.orm.panache.PanacheQuery<HistoryEntry> of(String entity, long id) {
        return find("entity = ?1 and entityId = ?2", Sort.by("id"), entity, id);
    }
}
