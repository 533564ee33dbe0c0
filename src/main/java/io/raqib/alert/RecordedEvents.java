package io.raqib.alert;

import java.util.EnumSet;
import java.util.Set;

/**
 * The events some active subscription wants, so that writes record nothing while nobody listens.
 * Hibernate's listener is no CDI bean, hence the static holder; it is refreshed from the database by
 * every worker run and widened at once when a subscription is saved on this node.
 */
final class RecordedEvents {
    private static volatile Set<EventType> wanted = EnumSet.noneOf(EventType.class);

    private RecordedEvents() {
    }

    static boolean wanted(EventType type) {
        return wanted.contains(type);
    }

    static void set(Set<EventType> types) {
        wanted = types.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(types);
    }

    static synchronized void add(Set<EventType> types) {
        Set<EventType> more = EnumSet.noneOf(EventType.class);
        more.addAll(wanted);
        types.forEach(t -> more.add(t.recordedAs()));
        wanted = more;
    }
}
