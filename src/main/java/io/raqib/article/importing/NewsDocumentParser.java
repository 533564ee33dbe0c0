package io.raqib.article.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a raw news document in the archive's text format into articles. Pure: text in, result
 * out, no I/O, no exceptions for bad input (problems are reported with their line numbers).
 *
 * <p>The format, as the collected documents use it:
 * <pre>
 * headline                                   ← first non-blank line
 * تاريخ النشر: 3rd, March 2025 GMT          ← optional
 * تقارير                                       ← optional section label, dropped
 * paragraph …                                 ← body, one paragraph per line
 * اقرأ أيضاً                                    ← inline pointer: the next line is a related
 * a related headline                            headline without a body, not an article
 * paragraph …
 * المصدر: outlet + outlet                     ← footer (optional)
 * كلمات دلالية: tag tag tag                   ← footer (optional)
 * إقرأ أيضاً:                                  ← section: a related article of its own follows
 * related headline
 * paragraph …
 * المصدر: …                                    ← the related article's own footer (optional)
 * </pre>
 * A read-also marker opens a related article when it ends with a colon (the format's section
 * heading) or when the current article's footer has already been read; otherwise it is the
 * outlet's own inline pointer inside the body. A related "article" that turns out to have no body
 * is kept as a related headline of the main article. Plain lines after a footer, with no marker
 * before them, stay with the current article: nothing says they start another one.
 */
public final class NewsDocumentParser {

    /** Longer than any headline: a first line this long means the title is missing. */
    public static final int MAX_TITLE_LENGTH = 500;

    /** Parses one document; never throws for any text, including null. */
    public ParseResult parse(String rawText) {
        return new Reading().read(DocumentLines.of(rawText));
    }

    /** Where the reader stands between two lines. */
    private enum Expecting {
        /** The document's headline. */
        TITLE,
        /** Body, header or footer lines of the current article. */
        ARTICLE_LINE,
        /** The headline after an inline "اقرأ أيضاً". */
        INLINE_HEADLINE,
        /** The headline of a related article after an "إقرأ أيضاً:" section marker. */
        RELATED_TITLE
    }

    /** The state of one parse; a new one per document keeps the parser itself stateless. */
    private static final class Reading {
        private final List<ArticleDraft> drafts = new ArrayList<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private Expecting expecting = Expecting.TITLE;
        private ArticleDraft current;
        private int markerLine;

        ParseResult read(List<DocumentLines.Line> lines) {
            for (DocumentLines.Line line : lines) {
                ClassifiedLine classified = ClassifiedLine.of(line);
                if (classified.kind() == LineKind.BLANK) {
                    continue;
                }
                if (!accept(classified)) {
                    return new ParseResult(List.of(), problems);
                }
            }
            if (drafts.isEmpty()) {
                problems.add(ImportProblem.error(1, "the document is empty"));
                return new ParseResult(List.of(), problems);
            }
            if (expecting == Expecting.INLINE_HEADLINE || expecting == Expecting.RELATED_TITLE) {
                problems.add(ImportProblem.warning(markerLine, "\"اقرأ أيضاً\" at the end of the document: no headline follows it"));
            }
            return new ParseResult(finish(), problems);
        }

        /** Feeds one non-blank line; false when the document cannot be read at all. */
        private boolean accept(ClassifiedLine line) {
            switch (expecting) {
                case TITLE -> {
                    if (line.kind() != LineKind.TEXT) {
                        problems.add(ImportProblem.error(line.number(),
                                "the document must start with the headline, but line " + line.number()
                                        + " is a \"" + label(line) + "\" line"));
                        return false;
                    }
                    startArticle(line);
                }
                case RELATED_TITLE -> {
                    if (line.kind() == LineKind.TEXT) {
                        startArticle(line);
                    } else if (line.kind() != LineKind.READ_ALSO) {
                        problems.add(ImportProblem.warning(markerLine, "\"إقرأ أيضاً\" is not followed by a headline"));
                        expecting = Expecting.ARTICLE_LINE;
                        articleLine(line);
                    }
                }
                case INLINE_HEADLINE -> {
                    if (line.kind() == LineKind.TEXT) {
                        current.relatedHeadlines.add(line.text());
                        expecting = Expecting.ARTICLE_LINE;
                    } else if (line.kind() != LineKind.READ_ALSO) {
                        problems.add(ImportProblem.warning(markerLine, "\"اقرأ أيضاً\" is not followed by a headline"));
                        expecting = Expecting.ARTICLE_LINE;
                        articleLine(line);
                    }
                }
                case ARTICLE_LINE -> articleLine(line);
            }
            return true;
        }

        /** The first draft is the main article; every later one was opened by a section marker. */
        private void startArticle(ClassifiedLine line) {
            current = new ArticleDraft(line.number(), line.text());
            drafts.add(current);
            expecting = Expecting.ARTICLE_LINE;
        }

        private void articleLine(ClassifiedLine line) {
            switch (line.kind()) {
                case DATE -> date(line);
                case SOURCE -> current.addOutlets(line.value());
                case KEYWORDS -> current.addKeywordLine(line.value());
                case READ_ALSO -> {
                    markerLine = line.number();
                    boolean section = line.hasColon() || current.footerSeen;
                    expecting = section ? Expecting.RELATED_TITLE : Expecting.INLINE_HEADLINE;
                }
                case TEXT -> text(line);
                case BLANK -> {
                    // blank lines carry no meaning in this format
                }
            }
        }

        private void date(ClassifiedLine line) {
            if (current.publishedAt != null) {
                problems.add(ImportProblem.warning(line.number(), "a second publication date line is ignored"));
                return;
            }
            Optional<LocalDate> date = PublicationDates.parse(line.value());
            if (date.isEmpty()) {
                problems.add(ImportProblem.warning(line.number(), "unreadable publication date \"" + line.value() + "\""));
            }
            current.publishedAt = date.orElse(null);
        }

        private void text(ClassifiedLine line) {
            String text = line.text();
            if (HeaderLines.isBanner(text)) {
                return;
            }
            boolean inHeader = !current.hasBody();
            if (inHeader && current.category == null && HeaderLines.isSection(text)) {
                current.category = text;
            } else if (inHeader && HeaderLines.isDateStamp(text)) {
                // Repeats the date line, or stands in for it; never body text.
                if (current.publishedAt == null) {
                    current.publishedAt = PublicationDates.parse(text).orElse(null);
                }
            } else {
                current.paragraphs.add(text);
            }
        }

        /** Turns drafts into articles: checks the main one, folds body-less related ones into headlines. */
        private List<ParsedArticle> finish() {
            ArticleDraft main = drafts.get(0);
            boolean mainIsValid = checkMain(main);
            List<ArticleDraft> related = new ArrayList<>();
            for (ArticleDraft draft : drafts.subList(1, drafts.size())) {
                if (draft.hasBody()) {
                    related.add(draft);
                } else {
                    main.relatedHeadlines.add(draft.title);
                }
            }
            List<ParsedArticle> articles = new ArrayList<>();
            if (mainIsValid) {
                articles.add(main.toArticle(null));
            }
            for (ArticleDraft draft : related) {
                if (draft.title.length() > MAX_TITLE_LENGTH) {
                    problems.add(ImportProblem.error(draft.line, tooLong(draft)));
                } else {
                    articles.add(draft.toArticle(mainIsValid ? 0 : null));
                }
            }
            return articles;
        }

        private boolean checkMain(ArticleDraft main) {
            if (main.title.length() > MAX_TITLE_LENGTH) {
                problems.add(ImportProblem.error(main.line, tooLong(main)));
                return false;
            }
            if (!main.hasBody()) {
                problems.add(ImportProblem.error(main.line, "the article \"" + main.title + "\" has no body"));
                return false;
            }
            return true;
        }

        private static String tooLong(ArticleDraft draft) {
            return "line " + draft.line + " is too long for a headline (" + draft.title.length()
                    + " characters, at most " + MAX_TITLE_LENGTH + "): is the headline missing?";
        }

        private static String label(ClassifiedLine line) {
            return switch (line.kind()) {
                case DATE -> "تاريخ النشر";
                case SOURCE -> "المصدر";
                case KEYWORDS -> "كلمات دلالية";
                case READ_ALSO -> "اقرأ أيضاً";
                case TEXT, BLANK -> line.text();
            };
        }
    }
}
