package io.raqib.article.importing;

/**
 * Something the parser could not use, tied to the 1-based line of the document where it was
 * found, so that an import report can point a person at the exact place to fix.
 *
 * <p>An {@link Severity#ERROR} means an article was not produced (an empty document, an article
 * without a body); a {@link Severity#WARNING} means an article was produced but part of the text
 * was ignored (an unreadable date, an "اقرأ أيضاً" with no headline after it).
 */
public record ImportProblem(int line, Severity severity, String reason) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public ImportProblem {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers are 1-based: " + line);
        }
        if (severity == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a problem needs a severity and a reason");
        }
    }

    public static ImportProblem error(int line, String reason) {
        return new ImportProblem(line, Severity.ERROR, reason);
    }

    public static ImportProblem warning(int line, String reason) {
        return new ImportProblem(line, Severity.WARNING, reason);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
