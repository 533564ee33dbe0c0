package io.raqib.history;

import io.raqib.common.Codes;
import io.raqib.common.HistoryWriter;
import io.raqib.editing.TrackedEntities;
import io.raqib.source.SourceAlias;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;

/**
 * Writes the history of every tracked record from Hibernate's own events, so no service has to
 * remember to: what was created (its values), what changed (before and after of each field that
 * changed), what was deleted (its last values), and a source's aliases as they come and go.
 * Fields derived from others (normalised keys, first/last days, hashes, timestamps) are left out.
 */
public class ChangeRecorder implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    static final Set<String> UNTRACKED = Set.of("version", "createdAt", "updatedAt", "reviewedAt", "contentHash",
            "placeKey", "asOfDate", "dueFirst", "dueLast", "chainKey", "extracted", "related", "keywords", "aliases",
            "article");

    /**
     * Left out of updates (a claim or deadline never moves to another article) but kept when a record
     * is created or deleted, so a deleted one can be shown as it was (asKnownAt).
     */
    static final String OWNER = "article";

    /** Fields whose Java name differs from the name clients know from the JSON views. */
    static final Map<String, String> JSON_NAMES = Map.of("figureValue", "value", "dueIso", "due",
            "attributedTo", "attributedToId", "reportedBy", "reporterId", "announcer", "announcerId", "outlet", "outletId",
            "article", "articleId");

    static String nameOf(String property) {
        return JSON_NAMES.getOrDefault(property, property);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof SourceAlias alias) {
            HistoryWriter.write(event.getSession(), "source", idOf(alias.source), "alias_added",
                    Map.of("alias", HistoryWriter.change(null, alias.alias)));
            return;
        }
        tracked(event.getPersister()).ifPresent(name -> {
            Map<String, Object> changes = new LinkedHashMap<>();
            String[] names = event.getPersister().getPropertyNames();
            for (int i = 0; i < names.length; i++) {
                Object after = render(event.getState()[i]);
                if (after != null && (!UNTRACKED.contains(names[i]) || OWNER.equals(names[i]))) {
                    changes.put(nameOf(names[i]), HistoryWriter.change(null, after));
                }
            }
            HistoryWriter.write(event.getSession(), name, (Long) event.getId(), "created", changes);
        });
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        tracked(event.getPersister()).ifPresent(name -> {
            if (event.getOldState() == null) {
                return;
            }
            Map<String, Object> changes = new LinkedHashMap<>();
            String[] names = event.getPersister().getPropertyNames();
            for (int i = 0; i < names.length; i++) {
                if (UNTRACKED.contains(names[i])) {
                    continue;
                }
                Object before = render(event.getOldState()[i]);
                Object after = render(event.getState()[i]);
                if (!Objects.equals(before, after)) {
                    changes.put(nameOf(names[i]), HistoryWriter.change(before, after));
                }
            }
            if (!changes.isEmpty()) {
                HistoryWriter.write(event.getSession(), name, (Long) event.getId(), "updated", changes);
            } else {
                // keywords, related articles, derived fields: no history entry, but the record changed
                HistoryWriter.feed(event.getSession(), name, (Long) event.getId(), "upsert");
            }
        });
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof SourceAlias alias) {
            Long sourceId = idOf(alias.source);
            if (sourceId != null) {
                HistoryWriter.write(event.getSession(), "source", sourceId, "alias_removed",
                        Map.of("alias", HistoryWriter.change(alias.alias, null)));
            }
            return;
        }
        tracked(event.getPersister()).ifPresent(name -> {
            Map<String, Object> changes = new LinkedHashMap<>();
            String[] names = event.getPersister().getPropertyNames();
            Object[] state = event.getDeletedState();
            for (int i = 0; state != null && i < names.length; i++) {
                Object before = render(state[i]);
                if (before != null && (!UNTRACKED.contains(names[i]) || OWNER.equals(names[i]))) {
                    changes.put(nameOf(names[i]), HistoryWriter.change(before, null));
                }
            }
            HistoryWriter.write(event.getSession(), name, (Long) event.getId(), "deleted", changes);
        });
    }

    private static java.util.Optional<String> tracked(EntityPersister persister) {
        return TrackedEntities.nameOf(persister.getMappedClass());
    }

    /** A field's value as the history shows it: codes for enums, ids for other records, ISO text for dates. */
    static Object render(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return Codes.code(e);
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Collection<?>) {
            return null;
        }
        Long id = idOf(value);
        return id != null ? id : value.toString();
    }

    /** The id of a record, without loading it when it is a lazy reference. */
    static Long idOf(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof HibernateProxy proxy) {
            Object id = proxy.getHibernateLazyInitializer().getInternalIdentifier();
            return id instanceof Long l ? l : null;
        }
        try {
            Object id = entity.getClass().getField("id").get(entity);
            return id instanceof Long l ? l : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
