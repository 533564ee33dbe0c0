package io.raqib.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SourceRef", description = "A source by id and name")
public record SourceRef(@Schema(example = "3") Long id, @Schema(example = "شفق نيوز") String name) {
    public static SourceRef of(Source source) {
        return source == null ? null : new SourceRef(source.id, source.name);
    }
}
