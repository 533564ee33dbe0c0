package io.raqib.history;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "One change to a record: who made it, when, and each changed field's "
        + "value before and after (created: after only; deleted: before only).")
public record HistoryView(
        @Schema(example = "311") long id,
        @Schema(enumeration = {"article", "claim", "deadline", "source"}, example = "claim") String entity,
        @Schema(example = "42") long entityId,
        @Schema(enumeration = {"created", "updated", "deleted", "merged", "merged_into", "alias_added", "alias_removed"},
                example = "updated") String action,
        @Schema(description = "The caller's API key name or token subject; anonymous without credentials; system for "
                + "work no request asked for", example = "desk-editor") String actor,
        @Schema(example = "2026-11-22T06:41:22.187Z") Instant at,
        @Schema(type = SchemaType.OBJECT, description = "field → {before, after}",
                example = "{\"review\": {\"before\": \"unreviewed\", \"after\": \"confirmed\"}}") Map<String, Object> changes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static HistoryView of(HistoryEntry e) {
        Map<String, Object> changes;
        try {
            changes = JSON.readValue(e.changes, new TypeReference<Map<String, Object>>() { });
        } catch (Exception unreadable) {
            changes = Map.of();
        }
        return new HistoryView(e.id, e.entity, e.entityId, e.action, e.actor, e.changedAt, changes);
    }
}
