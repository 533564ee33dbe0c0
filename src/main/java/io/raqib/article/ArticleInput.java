package io.raqib.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace an article. */
@Schema(name = "ArticleInput", description = "An article to archive. `outlet` is matched against known "
        + "sources by any alias (Arabic normalisation applies) and created when new.")
public record ArticleInput(
        @NotBlank(message = "title must not be blank")
        @Size(max = 1000, message = "title must be at most 1000 characters")
        @Schema(required = true, example = "واشنطن تبقي نحو 2000 جندي في سوريا رغم الحديث عن الانسحاب")
        String title,

        @NotBlank(message = "body must not be blank")
        @Size(max = 500_000, message = "body must be at most 500000 characters")
        @Schema(required = true, example = "قال مسؤولون في وزارة الدفاع الأمريكية إن عدد الجنود الأمريكيين "
                + "في سوريا بلغ نحو 2000 جندي، أي أكثر من ضعف الرقم المعلن سابقاً.")
        String body,

        @Schema(description = "Publication date (ISO 8601), null when unknown", example = "2024-12-19")
        LocalDate publishedAt,

        @Size(max = 300, message = "outlet must be at most 300 characters")
        @Schema(description = "The outlet's name as written", example = "شفق نيوز")
        String outlet,

        @Size(max = 100, message = "at most 100 keywords")
        @Schema(example = "[\"سوريا\", \"القوات الأمريكية\"]")
        List<@NotBlank(message = "keywords must not be blank") @Size(max = 200) String> keywords,

        @Size(max = 2000, message = "url must be at most 2000 characters")
        @Pattern(regexp = "https?://\\S+", message = "url must be an http(s) URL")
        @Schema(example = "https://example.org/news/2024/12/19/syria-troops")
        String url,

        @Pattern(regexp = "[a-z]{2,3}", message = "language must be an ISO 639 code such as ar")
        @Schema(description = "ISO 639 language code; defaults to ar", example = "ar")
        String language,

        @Size(max = 100, message = "at most 100 related articles")
        @Schema(description = "Ids of existing articles this one relates to", example = "[12]")
        List<Long> related) {
}
