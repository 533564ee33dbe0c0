package io.raqib.history;

import io.raqib.article.Article;
import io.raqib.claim.Claim;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.ProblemException;
import io.raqib.deadline.Deadline;
import io.raqib.source.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the change history of one record, oldest change first. */
@ApplicationScoped
public class HistoryService {

    @Transactional
    public PageView<HistoryView> of(String entity, long id, Paging paging) {
        var found = HistoryEntry.of(entity, id).page(paging.page, paging.size);
        long total = found.count();
        if (total == 0 && !exists(entity, id)) {
            throw ProblemException.notFound(entity, id);
        }
        List<HistoryView> items = found.list().stream().map(HistoryView::of).toList();
        return new PageView<>(items, total, paging.page, paging.size);
    }

    private static boolean exists(String entity, long id) {
        return switch (entity) {
            case "article" -> Article.findById(id) != null;
            case "claim" -> Claim.findById(id) != null;
            case "deadline" -> Deadline.findById(id) != null;
            default -> Source.findById(id) != null;
        };
    }
}
