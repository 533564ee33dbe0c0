package io.raqib.article.importing;

import io.raqib.article.ArticleInput;
import io.raqib.article.ArticleService;
import io.raqib.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bulk loads. Each article is stored in its own transaction, so one bad article is reported
 * and the others are kept.
 */
@ApplicationScoped
public class ImportService {
    @Inject
    ArticleService articles;

    @Inject
    Validator validator;

    private final NewsDocumentParser parser = new NewsDocumentParser();

    public ImportReport importNewsDocument(String document) {
        requireContent(document);
        ParseResult parsed = parser.parse(document);
        List<ImportReport.Item> items = new ArrayList<>();
        for (ImportProblem problem : parsed.errors()) {
            items.add(failed(problem.line(), null, problem.reason()));
        }
        List<Long> ids = new ArrayList<>();
        for (ParsedArticle article : parsed.articles()) {
            ArticleInput input = new ArticleInput(article.title(), article.body(), article.publishedAt(),
                    article.primaryOutlet().orElse(null), article.keywords(), null, "ar", null);
            ImportReport.Item item = store(article.line(), input);
            items.add(item);
            ids.add(item.id());
        }
        linkRelated(parsed.articles(), ids, items);
        List<ImportReport.Note> warnings = parsed.warnings().stream()
                .map(w -> new ImportReport.Note(w.line(), w.reason())).toList();
        items.sort(Comparator.comparingInt(ImportReport.Item::line));
        return ImportReport.of(items, warnings);
    }

    private static void requireContent(String document) {
        if (document == null || document.isBlank()) {
            throw ProblemException.badRequest("the document is empty");
        }
        if (document.indexOf('\u0000') >= 0) {
            throw ProblemException.badRequest("the document holds NUL characters (binary data?), at character "
                    + document.indexOf('\u0000') + "; send UTF-8 text");
        }
    }

    private ImportReport.Item store(int line, ArticleInput input) {
        Set<ConstraintViolation<ArticleInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            String reason = violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted().collect(Collectors.joining("; "));
            return failed(line, input.title(), reason);
        }
        try {
            ArticleService.Created created = articles.create(input);
            return new ImportReport.Item(line,
                    created.isNew() ? ImportReport.Status.created : ImportReport.Status.already_present,
                    created.article().id(), created.article().title(), null, null);
        } catch (ProblemException e) {
            return failed(line, input.title(), e.getMessage());
        } catch (RuntimeException e) {
            // one line that cannot be stored is reported; the lines before and after it stand
            return failed(line, input.title(), StoreFailures.reason(e));
        }
    }

    /** Links each related article with the main article it was attached to, both ways. */
    private void linkRelated(List<ParsedArticle> parsed, List<Long> ids, List<ImportReport.Item> items) {
        for (int i = 0; i < parsed.size(); i++) {
            Integer main = parsed.get(i).relatedTo();
            if (main == null || ids.get(i) == null || ids.get(main) == null) {
                continue;
            }
            articles.relate(ids.get(main), ids.get(i));
            ImportReport.Item item = findItem(items, ids.get(i));
            if (item != null) {
                items.set(items.indexOf(item), withRelated(item, ids.get(main)));
            }
            ImportReport.Item mainItem = findItem(items, ids.get(main));
            if (mainItem != null) {
                items.set(items.indexOf(mainItem), withRelated(mainItem, ids.get(i)));
            }
        }
    }

    private static ImportReport.Item findItem(List<ImportReport.Item> items, Long id) {
        return items.stream().filter(it -> id.equals(it.id())).findFirst().orElse(null);
    }

    private static ImportReport.Item withRelated(ImportReport.Item item, Long relatedId) {
        List<Long> related = new ArrayList<>(item.related() == null ? List.of() : item.related());
        if (!related.contains(relatedId)) {
            related.add(relatedId);
        }
        return new ImportReport.Item(item.line(), item.status(), item.id(), item.title(), item.reason(), related);
    }

    private static ImportReport.Item failed(int line, String title, String reason) {
        return new ImportReport.Item(line, ImportReport.Status.failed, null, title, reason, null);
    }
}
