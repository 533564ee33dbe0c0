package io.raqib.article.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One article found in a raw news document, before it is stored.
 *
 * @param line             1-based line of the document where the article starts (its title)
 * @param title            the headline, as written (trimmed)
 * @param body             the paragraphs, one per line, without the header and footer lines
 *                         (date, category, source, keywords) and without inline related headlines
 * @param publishedAt      the publication date, or null when the document does not give one
 * @param outlets          the outlets that published it, in order; the first is the primary one.
 *                         Generic credits such as "وكالات" are not outlets and are left out
 * @param keywords         the tags of the "كلمات دلالية" line, segmented into phrases
 * @param relatedTo        index (in the parse result) of the main article this one was attached to
 *                         with "إقرأ أيضاً", or null for the main article
 * @param category         a section label printed under the title ("تقارير"), or null
 * @param relatedHeadlines headlines the text points to ("اقرأ أيضاً" + one line) that come
 *                         without a body of their own, so are not articles
 */
public record ParsedArticle(
        int line,
        String title,
        String body,
        LocalDate publishedAt,
        List<String> outlets,
        List<String> keywords,
        Integer relatedTo,
        String category,
        List<String> relatedHeadlines) {

    public ParsedArticle {
        outlets = List.copyOf(outlets);
        keywords = List.copyOf(keywords);
        relatedHeadlines = List.copyOf(relatedHeadlines);
    }

    /** The outlet the article is filed under: the first one named, if any. */
    public Optional<String> primaryOutlet() {
        return outlets.isEmpty() ? Optional.empty() : Optional.of(outlets.get(0));
    }

    public boolean isRelated() {
        return relatedTo != null;
    }
}
