package io.raqib.article.importing;

import java.util.List;

/**
 * What a document yielded: the articles that could be read and the problems met on the way.
 * The parser never throws on bad input; the REST layer turns this into an import report.
 */
public record ParseResult(List<ParsedArticle> articles, List<ImportProblem> problems) {

    public ParseResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** Problems that cost an article. */
    public List<ImportProblem> errors() {
        return problems.stream().filter(ImportProblem::isError).toList();
    }

    /** Problems where only part of the text was ignored. */
    public List<ImportProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ImportProblem::isError);
    }
}
