package io.raqib.eval;

import com.fasterxml.jackson.databind.JsonNode;

final class Json {
    private Json() {
    }

    /** The field as text, null when missing or JSON null. */
    static String text(JsonNode e, String name) {
        JsonNode n = e.get(name);
        return n == null || n.isNull() ? null : n.asText();
    }
}
