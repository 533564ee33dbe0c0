package io.raqib.eval;

import com.fasterxml.jackson.databind.JsonNode;

/** A figure a careful reader found; {@code optional} entries are neither required nor penalised. */
record GoldFigure(String text, Long value, Long low, Long high, String qualifier, String force, String country,
                  String kind, boolean optional) {

    static GoldFigure of(JsonNode e) {
        return new GoldFigure(e.get("text").asText(), number(e, "value"), number(e, "low"), number(e, "high"),
                Json.text(e, "qualifier"), Json.text(e, "force"), Json.text(e, "country"), Json.text(e, "kind"),
                e.path("optional").asBoolean(false));
    }

    boolean vague() {
        return value == null && low == null && high == null;
    }

    private static Long number(JsonNode e, String name) {
        JsonNode n = e.get(name);
        return n == null || n.isNull() ? null : n.asLong();
    }
}
