package io.raqib.article.importing;

import io.raqib.source.OutletNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An article while its lines are being read; becomes a {@link ParsedArticle} when complete. */
final class ArticleDraft {
    final int line;
    final String title;
    final List<String> paragraphs = new ArrayList<>();
    final List<String> outlets = new ArrayList<>();
    final List<String> keywordLines = new ArrayList<>();
    final List<String> relatedHeadlines = new ArrayList<>();
    LocalDate publishedAt;
    String category;
    /** A source or keywords line was read: the article's own text has ended. */
    boolean footerSeen;

    ArticleDraft(int line, String title) {
        this.line = line;
        this.title = title;
    }

    boolean hasBody() {
        return !paragraphs.isEmpty();
    }

    void addOutlets(String sourceValue) {
        for (String outlet : OutletNames.split(sourceValue)) {
            if (outlets.stream().noneMatch(known -> OutletNames.sameName(known, outlet))) {
                outlets.add(outlet);
            }
        }
        footerSeen = true;
    }

    void addKeywordLine(String value) {
        keywordLines.add(value);
        footerSeen = true;
    }

    String body() {
        return String.join("\n", paragraphs);
    }

    ParsedArticle toArticle(Integer relatedTo) {
        String body = body();
        List<String> keywords = KeywordSegmenter.segment(keywordLines, title + "\n" + body);
        return new ParsedArticle(line, title, body, publishedAt, outlets, keywords, relatedTo, category, relatedHeadlines);
    }
}
