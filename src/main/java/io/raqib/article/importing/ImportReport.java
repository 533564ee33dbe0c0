package io.raqib.article.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportReport", description = "What an import did with each article it found")
public record ImportReport(
        @Schema(example = "2") int created,
        @Schema(example = "1") int alreadyPresent,
        @Schema(example = "0") int failed,
        List<Item> items,
        @Schema(description = "Things the importer noticed but worked around") List<Note> warnings) {

    public enum Status { created, already_present, failed }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ImportItem")
    public record Item(
            @Schema(description = "1-based line where the article starts", example = "1") int line,
            @Schema(example = "created") Status status,
            @Schema(nullable = true, example = "12") Long id,
            @Schema(nullable = true, example = "التحالف الدولي يبدأ نقل معداته من قاعدة عين الأسد") String title,
            @Schema(nullable = true, description = "Why it failed", example = "title: title must not be blank") String reason,
            @Schema(nullable = true, description = "Ids of the articles it was linked to as related") List<Long> related) {
    }

    @Schema(name = "ImportNote")
    public record Note(@Schema(example = "2") int line, @Schema(example = "unreadable publication date") String reason) {
    }

    public static ImportReport of(List<Item> items, List<Note> warnings) {
        int created = (int) items.stream().filter(i -> i.status() == Status.created).count();
        int present = (int) items.stream().filter(i -> i.status() == Status.already_present).count();
        return new ImportReport(created, present, items.size() - created - present, items, warnings);
    }
}
