package io.raqib.source;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Reads of the source registry. */
@ApplicationScoped
public class SourceService {

    @Transactional
    public PageView<SourceView> list(String q, SourceType type, Paging paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.add("exists (select 1 from SourceAlias a where a.source = s and a.normalized like :q)");
            params.and("q", "%" + SourceNames.key(q) + "%");
        }
        if (type != null) {
            where.add("s.type = :type");
            params.and("type", type);
        }
        String query = "from Source s" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        var found = Source.find(query, Sort.by("name").and("id"), params).page(Page.of(paging.page, paging.size));
        List<SourceView> items = found.<Source>list().stream().map(SourceView::of).toList();
        return new PageView<>(items, found.count(), paging.page, paging.size);
    }

    @Transactional
    public SourceView get(long id) {
        Source source = Source.findById(id);
        if (source == null) {
            throw ProblemException.notFound("source", id);
        }
        return SourceView.of(source);
    }
}
