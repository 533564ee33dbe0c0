package io.raqib.alert;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a subscription can ask to be told about, under the names clients write. */
public enum EventType {
    CLAIM_CREATED("claim.created"),
    CLAIM_REVIEWED("claim.reviewed"),
    DEADLINE_CREATED("deadline.created"),
    DEADLINE_POSTPONED("deadline.postponed"),
    /** Derived when a claim.created is fanned out: the new claim makes a conflict appear. */
    CONFLICT_OPENED("conflict.opened");

    public final String code;

    EventType(String code) {
        this.code = code;
    }

    public static Optional<EventType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(t -> t.code).toList();
    }

    /** The event recorded with the write: conflict.opened is worked out from claim.created. */
    public EventType recordedAs() {
        return this == CONFLICT_OPENED ? CLAIM_CREATED : this;
    }
}
