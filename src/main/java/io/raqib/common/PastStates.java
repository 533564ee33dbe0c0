package io.raqib.common;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
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
 */
public final class PastStates {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Fields whose history name differs from the Java field (the names of the JSON views). */
    private static final Map<String, String> FIELDS = Map.of("value", "figureValue", "due", "dueIso",
            "start", "startOffset", "end", "endOffset", "attributedToId", "attributedTo", "reporterId", "reportedBy",
            "announcerId", "announcer", "outletId", "outlet", "articleId", "article");

    private PastStates() {
    }

    /**
     * The state at {@code at}: {@code touched} are the ids whose current row does not show it (changed,
     * deleted or created since), {@code states} those of them that existed then, as they were.
     */
    public record Snapshot<E>(Instant at, Set<Long> touched, List<E> states) {
    }

    private record Entry(long entityId, String action, Map<String, Map<String, Object>> changes) {
    }

    /**
     * @param derive recomputes the fields the history leaves out because they follow from others
     *               (normalised keys, first and last days)
     */
    public static <E> Snapshot<E> at(EntityManager em, Class<E> type, String entity, Instant at, Consumer<E> derive) {
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
                if (!newest.changes().containsKey("articleId") && hasField(type, "article")) {
                    return null; // deleted before the history kept the article: cannot be shown
                }
                newest.changes().forEach((name, change) -> set(em, copy, name, change.get("before")));
            }
            idField(type).set(copy, id);
            return hasField(type, "article") && persister.getPropertyValue(copy, "article") == null ? null : copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + type.getSimpleName() + " " + id, e);
        }
    }

    private static EntityPersister persister(EntityManager em, Class<?> type) {
        return em.unwrap(SessionImplementor.class).getFactory().getMappingMetamodel().getEntityDescriptor(type);
    }

    private static boolean hasField(Class<?> type, String name) {
        try {
            type.getField(name);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Field idField(Class<?> type) throws NoSuchFieldException {
        for (Field f : type.getFields()) {
            if (f.isAnnotationPresent(Id.class)) {
                return f;
            }
        }
        throw new NoSuchFieldException("id");
    }

    /** Sets a field from its history value (codes for enums, ids for records, ISO text for dates). */
    private static void set(EntityManager em, Object target, String name, Object value) {
        Field field = field(target.getClass(), name);
        if (field == null) {
            return;
        }
        try {
            EntityPersister persister = persister(em, target.getClass());
            int index = java.util.Arrays.asList(persister.getPropertyNames()).indexOf(field.getName());
            Object converted = convert(em, field.getType(), value);
            if (index >= 0) {
                persister.setPropertyValue(target, index, converted);
            } else {
                field.set(target, converted); // the id
            }
        } catch (IllegalAccessException | RuntimeException e) {
            // A value the field cannot take any more (a renamed code): keep the later one.
        }
    }

    private static Field field(Class<?> type, String name) {
        for (String candidate : new String[] {name, FIELDS.get(name)}) {
            if (candidate == null) {
                continue;
            }
            try {
                Field f = type.getField(candidate);
                if (!Modifier.isStatic(f.getModifiers())) {
                    return f;
                }
            } catch (NoSuchFieldException e) {
                // try the next name
            }
        }
        return null;
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
            return Map.of();
        }
    }

}
