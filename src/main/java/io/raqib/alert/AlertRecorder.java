package io.raqib.alert;

import io.raqib.claim.Claim;
import io.raqib.common.AppendedRows;
import io.raqib.deadline.Deadline;
import io.raqib.deadline.Revision;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Records alert events from Hibernate's own events, on the connection of the write itself, so an
 * event commits or rolls back with its cause and no feature has to know about webhooks: a claim
 * inserted (claim.created), a claim whose review time moved (claim.reviewed: a person confirmed,
 * rejected or corrected it), a deadline inserted (deadline.created), a deadline its chain now marks
 * postponed (deadline.postponed). One insert per event, and none while nobody subscribes to it.
 */
public class AlertRecorder implements PostInsertEventListener, PostUpdateEventListener {
    private static final String INSERT = "insert into alert_event (event, aggregate_id, occurred_at) values (?, ?, ?)";

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof Claim) {
            record(event.getSession(), EventType.CLAIM_CREATED, event.getId());
        } else if (event.getEntity() instanceof Deadline) {
            record(event.getSession(), EventType.DEADLINE_CREATED, event.getId());
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getOldState() == null) {
            return;
        }
        if (event.getEntity() instanceof Claim) {
            Object[] change = property(event, "reviewedAt");
            if (change != null && change[1] != null && !Objects.equals(change[0], change[1])) {
                record(event.getSession(), EventType.CLAIM_REVIEWED, event.getId());
            }
        } else if (event.getEntity() instanceof Deadline) {
            Object[] change = property(event, "revision");
            if (change != null && change[1] == Revision.POSTPONED && change[0] != Revision.POSTPONED) {
                record(event.getSession(), EventType.DEADLINE_POSTPONED, event.getId());
            }
        }
    }

    /** {before, after} of one property, or null when the entity has no such property. */
    private static Object[] property(PostUpdateEvent event, String name) {
        int i = Arrays.asList(event.getPersister().getPropertyNames()).indexOf(name);
        return i < 0 ? null : new Object[] {event.getOldState()[i], event.getState()[i]};
    }

    private static void record(SharedSessionContractImplementor session, EventType type, Object id) {
        if (!RecordedEvents.wanted(type) || !(id instanceof Long aggregateId)) {
            return;
        }
        AppendedRows.insert(session, INSERT, type.code, aggregateId, OffsetDateTime.now(ZoneOffset.UTC));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
