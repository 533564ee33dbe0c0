package io.raqib.source;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Source", description = "An outlet that publishes articles, or an originator quoted in them")
public record SourceView(
        @Schema(example = "3") Long id,
        @Schema(example = "الخليج الجديد") String name,
        @Schema(example = "The New Khalij", nullable = true) String latinName,
        @Schema(example = "OUTLET") SourceType type,
        @Schema(example = "QA", nullable = true) String country,
        @Schema(example = "[\"الخليج الجديد\", \"The New Khalij\"]") List<String> aliases) {

    public static SourceView of(Source source) {
        return new SourceView(source.id, source.name, source.latinName, source.type, source.country,
                source.aliases.stream().map(a -> a.alias).toList());
    }
}
