package io.raqib.eval;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A deadline a careful reader found: {@code date} ISO at the text's precision (null when
 * unresolved), {@code relative} the phrase when the expression is relative.
 */
record GoldDeadline(String text, String date, String relative, String subject, String force, String country,
                    boolean optional) {

    static GoldDeadline of(JsonNode e) {
        String date = Json.text(e, "date");
        return new GoldDeadline(e.get("text").asText(), date != null ? date : Json.text(e, "due"),
                Json.text(e, "relative"), Json.text(e, "subject"), Json.text(e, "force"), Json.text(e, "country"),
                e.path("optional").asBoolean(false));
    }
}
