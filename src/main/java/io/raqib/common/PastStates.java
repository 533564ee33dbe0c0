package io.raqib.common;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.bytecode.enhance.spi.LazyPropertyInitializer;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Records as they stood at an instant, rebuilt from the append-only change_history: every record
 * changed or deleted after the instant is copied from its current row (or from its deletion entry)
 * and each later change is undone, newest first, with the "before" value the history kept.
 * Records the history says were created after the instant did not exist then. Records nobody
 * touched since are as they are now, which the callers read with their usual queries.
 *
 * <p>Values are read and written through Hibernate's own metamodel (the persister's property names,
 * types and accessors), never by Java reflection: Panache turns an entity's public fields into
 * non-public ones with accessors when it enhances the class, so a lookup such as
 * {@code Class.getField} finds none of them, and an undo done that way silently did nothing.
 *
 * <p>The work and memory grow with the records changed since the instant (all of them are rebuilt:
 * a list's total and the confirmations of its claims need every past state that may match), not
 * with the archive; their rows are read in batches, read-only, so nothing of this is ever written.
 */
public final class PastStates {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PRELOAD_BATCH = 500;

    /** Properties whose history name differs from the entity's (the names of the JSON views). */
    private static final Map<String, String> FIELDS = Map.of("value", "figureValue", "due", "dueIso",
            "attributedToId", "attributedTo", "reporterId", "reportedBy", "announcerId", "announcer", "outletId", "outlet",
            "articleId", "article");

    private PastStates() {
    }

    /**
     * The state at {@code at}: {@code touched} are the ids whose current row does not show it (changed,
     * deleted or created since), {@code states} those of them that existed then, as they were.
     */
    public record Snapshot<E>(Instant at, Set<Long> touched, List<E> states) {
    }

    /**
     * JPQL: the record aliased {@code alias} has no history entry after {@code :knownAt} (its row shows
     * it as it was then). A subquery rather than a list of the touched ids, so its size never matters.
     */
    public static String untouchedSince(String alias, String entity) {
        if (!entity.matches("[a-z_]+") || !alias.matches("[a-z]+")) {
            throw new IllegalArgumentException(entity);
        }
        return "not exists (select 1 from HistoryEntry h where h.entity = '" + entity + "' and h.entityId = " + alias
                + ".id and h.changedAt > :knownAt)";
    }

    private record Entry(long entityId, String action, Map<String, Map<String, Object>> changes) {
    }

    /**
     * @param derive recomputes the fields the history leaves out because they follow from others
     *               (normalised keys, first and last days)
     */
    public static <E> Snapshot<E> at(EntityManager em, Class<E> type, String entity, Instant at, Consumer<E> derive) {
        // Read-only: the rows read to start from are never dirty-checked, so nothing of this is ever written.
        org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
        boolean readOnly = session.isDefaultReadOnly();
        session.setDefaultReadOnly(true);
        try {
            return rebuild(em, type, entity, at, derive);
        } finally {
            session.setDefaultReadOnly(readOnly);
        }
    }

    private static <E> Snapshot<E> rebuild(EntityManager em, Class<E> type, String entity, Instant at, Consumer<E> derive) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select entity_id, action, changes from change_history "
                        + "where entity = ?1 and changed_at > ?2 order by id desc")
                .setParameter(1, entity).setParameter(2, OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .getResultList();
        Map<Long, List<Entry>> byRecord = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            byRecord.computeIfAbsent(id, k -> new ArrayList<>()).add(new Entry(id, (String) row[1], parse((String) row[2])));
        }
        preload(em, type, byRecord);
        List<E> states = new ArrayList<>();
        for (Map.Entry<Long, List<Entry>> record : byRecord.entrySet()) {
            List<Entry> newestFirst = record.getValue();
            if (newestFirst.stream().anyMatch(e -> e.action().equals("created"))) {
                continue;
            }
            E state = start(em, type, record.getKey(), newestFirst.get(0));
            if (state == null) {
                continue;
            }
            for (Entry e : newestFirst) {
                if (e.action().equals("updated")) {
                    e.changes().forEach((name, change) -> {
                        if (!name.equals("articleId")) { // never changes; an old entry may hold a lazy marker
                            set(em, state, name, change.get("before"));
                        }
                    });
                }
            }
            derive.accept(state);
            states.add(state);
        }
        return new Snapshot<>(at, new HashSet<>(byRecord.keySet()), states);
    }

    /**
     * A new, unmanaged instance holding the record's latest state, so nothing done to it is ever
     * written: its row's values as Hibernate reads them (associations stay loadable through the
     * session), or the values its deletion recorded.
     */
    private static <E> E start(EntityManager em, Class<E> type, long id, Entry newest) {
        try {
            EntityPersister persister = persister(em, type);
            E copy = type.getDeclaredConstructor().newInstance();
            if (!newest.action().equals("deleted")) {
                E row = em.find(type, id);
                if (row == null) {
                    return null;
                }
                Object[] values = persister.getValues(row);
                String[] names = persister.getPropertyNames();
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == LazyPropertyInitializer.UNFETCHED_PROPERTY) {
                        // a lazy attribute not read yet: its accessor loads it
                        String n = names[i];
                        values[i] = type.getMethod("get" + Character.toUpperCase(n.charAt(0)) + n.substring(1)).invoke(row);
                    }
                }
                persister.setValues(copy, values);
            } else {
                if (!newest.changes().containsKey("articleId") && has(persister, "article")) {
                    return null; // deleted before the history kept the article: cannot be shown
                }
                newest.changes().forEach((name, change) -> set(em, copy, name, change.get("before")));
            }
            persister.setIdentifier(copy, id, em.unwrap(SessionImplementor.class));
            return has(persister, "article") && persister.getPropertyValue(copy, "article") == null ? null : copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + type.getSimpleName() + " " + id, e);
        }
    }

    /** Reads the rows still there, a batch per query, so that each start() finds its row in the session. */
    private static void preload(EntityManager em, Class<?> type, Map<Long, List<Entry>> byRecord) {
        List<Long> ids = byRecord.entrySet().stream()
                .filter(r -> r.getValue().stream().noneMatch(e -> !e.action().equals("updated")))
                .map(Map.Entry::getKey).toList();
        for (int from = 0; from < ids.size(); from += PRELOAD_BATCH) {
            em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + PRELOAD_BATCH))).getResultList();
        }
    }

    private static EntityPersister persister(EntityManager em, Class<?> type) {
        return em.unwrap(SessionImplementor.class).getFactory().getMappingMetamodel().getEntityDescriptor(type);
    }

    private static boolean has(EntityPersister persister, String property) {
        return java.util.Arrays.asList(persister.getPropertyNames()).contains(property);
    }

    /** The persister's index of the property a history name stands for, or -1 (a field the entity no longer has). */
    private static int property(EntityPersister persister, String name) {
        List<String> names = java.util.Arrays.asList(persister.getPropertyNames());
        int index = names.indexOf(FIELDS.getOrDefault(name, name));
        return index >= 0 ? index : names.indexOf(name);
    }

    /** Sets a property from its history value (codes for enums, ids for records, ISO text for dates). */
    private static void set(EntityManager em, Object target, String name, Object value) {
        EntityPersister persister = persister(em, target.getClass());
        int index = property(persister, name);
        if (index < 0) {
            return; // derived or dropped since: the history's name has no property any more
        }
        Object converted;
        try {
            converted = convert(em, persister.getPropertyTypes()[index].getReturnedClass(), value);
        } catch (ProblemException e) {
            return; // a code the property cannot take any more (renamed since): keep the later value
        }
        persister.setPropertyValue(target, index, converted);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(EntityManager em, Class<?> type, Object value) {
        if (value == null) {
            return type.isPrimitive() ? defaultOf(type) : null;
        }
        if (type == String.class) {
            return value.toString();
        }
        if (type == Long.class || type == long.class) {
            return ((Number) value).longValue();
        }
        if (type == Integer.class || type == int.class) {
            return ((Number) value).intValue();
        }
        if (type == Double.class || type == double.class) {
            return ((Number) value).doubleValue();
        }
        if (type == Boolean.class || type == boolean.class) {
            return value;
        }
        if (type.isEnum()) {
            return Codes.parse((Class) type, "history", value.toString());
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(value.toString());
        }
        if (type == Instant.class) {
            return Instant.parse(value.toString());
        }
        if (type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
            return em.find(type, ((Number) value).longValue()); // null when it is gone since
        }
        throw new IllegalArgumentException("no conversion to " + type);
    }

    private static Object defaultOf(Class<?> type) {
        return type == boolean.class ? false : type == double.class ? 0.0 : type == int.class ? 0 : 0L;
    }

    private static Map<String, Map<String, Object>> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {
            });
        } catch (Exception e) {
            // written by HistoryWriter, so this is damage: said aloud, and the entry's undo is left out
            org.jboss.logging.Logger.getLogger(PastStates.class).warnf("unreadable change_history entry skipped: %s", json);
            return Map.of();
        }
    }

}
