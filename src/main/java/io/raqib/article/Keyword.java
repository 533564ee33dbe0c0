package io.raqib.article;

import io.raqib.common.CleanText;
import jakarta.validation.constraints.Size;
import io.raqib.arabic.ArabicNormalizer;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A keyword as written, with its normalised form for filtering (الأمريكية = الامريكيه). */
@CleanText(singleLine = "keyword")
@Embeddable
public class Keyword {
    @Column(nullable = false)
    @Size(max = 300, message = "keywords must be at most 300 characters")
    public String keyword;

    @Column(nullable = false)
    public String normalized;

    public Keyword() {
    }

    public Keyword(String keyword) {
        this.keyword = keyword.strip();
        this.normalized = normalize(keyword);
    }

    public static String normalize(String keyword) {
        return ArabicNormalizer.normalize(keyword);
    }
}
