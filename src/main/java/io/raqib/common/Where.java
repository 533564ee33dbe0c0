package io.raqib.common;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The where clause of a Panache query, built one condition at a time: filters add a condition
 * only for the values they were given, and the query reads {@code from Claim c where … and …}.
 */
public final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Parameters params = new Parameters();

    /** A condition without parameters. */
    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition with one named parameter, added only when {@code value} is not null. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.and(name, value);
        }
        return this;
    }

    /** {@code from} followed by the conditions, if any (e.g. "from Claim c"). */
    public String query(String from) {
        return conditions.isEmpty() ? from : from + " where " + String.join(" and ", conditions);
    }

    public Parameters params() {
        return params;
    }
}
