package io.raqib.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.raqib.common.RowExport;
import io.raqib.common.Where;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Articles for GET /articles/export: the list filters, read in id order a page at a time. */
final class ArticleExports {
    static final List<String> COLUMNS = List.of("id", "title", "publishedAt", "outletId", "outlet", "keywords", "url",
            "language", "contentHash", "createdAt", "updatedAt", "body");

    private ArticleExports() {
    }

    /** The export of every article the filters select (checked here, before anything is written). */
    static RowExport<ArticleView> of(ArticleFilter filter) {
        filter.validate();
        boolean none = QuarkusTransaction.requiringNew().call(() -> ArticleService.where(filter).isEmpty());
        return new RowExport<>((after, size) -> none ? List.of() : page(filter, after, size), ArticleView::id, COLUMNS,
                ArticleExports::cells);
    }

    private static List<ArticleView> page(ArticleFilter filter, long after, int size) {
        Optional<Where> where = ArticleService.where(filter);
        if (where.isEmpty()) {
            return List.of();
        }
        Where page = where.get().and("a.id > :after", "after", after);
        return Article.<Article>find(page.query("from Article a"), Sort.by("id"), page.params())
                .page(0, size).list().stream().map(ArticleView::of).toList();
    }

    private static List<Object> cells(ArticleView a) {
        List<Object> cells = new ArrayList<>(List.of(a.id(), a.title()));
        cells.add(a.publishedAt());
        cells.add(a.outlet() == null ? null : a.outlet().id());
        cells.add(a.outlet() == null ? null : a.outlet().name());
        cells.add(String.join(" | ", a.keywords()));
        cells.add(a.url());
        cells.add(a.language());
        cells.add(a.contentHash());
        cells.add(a.createdAt());
        cells.add(a.updatedAt());
        cells.add(a.body());
        return cells;
    }
}
