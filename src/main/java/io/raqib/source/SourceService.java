package io.raqib.source;

import io.raqib.common.RetriedOnConflict;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.ProblemException;
import io.raqib.common.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Sources as the API shows them: reads, merges of duplicates, track records. */
@ApplicationScoped
public class SourceService {
    @Inject
    EntityManager em;

    @Inject
    Instance<SourceReferences> references;

    @Transactional
    public PageView<SourceView> list(String q, SourceType type, Paging paging) {
        Where where = new Where()
                .and("exists (select 1 from SourceAlias a where a.source = s and a.normalized like :q)", "q",
                        q == null || q.isBlank() ? null : "%" + SourceNames.key(q) + "%")
                .and("s.type = :type", "type", type);
        var found = Source.find(where.query("from Source s"), Sort.by("name").and("id"), where.params()).page(Page.of(paging.page, paging.size));
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

    /**
     * Merges {@code duplicateId} into {@code intoId} in one transaction: its aliases move over,
     * articles it published and deadlines it announced point to the surviving source (and their
     * articles are queued for reindexing, since the index holds the outlet's name), fields the
     * survivor lacks (Latin name, country, seed key) are taken over, and the duplicate is deleted.
     */
    @RetriedOnConflict
    @Transactional
    public SourceView merge(long duplicateId, Long intoId) {
        if (intoId == null) {
            throw ProblemException.badRequest("into is required: the id of the source to keep");
        }
        Source duplicate = Source.findById(duplicateId);
        if (duplicate == null) {
            throw ProblemException.notFound("source", duplicateId);
        }
        if (intoId == duplicateId) {
            throw ProblemException.badRequest("a source cannot be merged into itself");
        }
        Source into = Source.findById(intoId);
        if (into == null) {
            throw ProblemException.badRequest("source " + intoId + " (into) does not exist");
        }
        SourceMergeHistory.record(em, duplicate, into);
        if (into.latinName == null) {
            into.latinName = duplicate.latinName;
        }
        if (into.country == null) {
            into.country = duplicate.country;
        }
        String seedKey = duplicate.seedKey;
        duplicate.seedKey = null;
        em.flush();
        if (into.seedKey == null && seedKey != null) {
            into.seedKey = seedKey;
        }
        SourceAlias.update("source = ?1 where source = ?2", into, duplicate);
        NameChanges.changed(); // a bulk update passes no entity listener
        for (SourceReferences holder : references) {
            holder.repoint(duplicate, into);
        }
        em.flush();
        // bulk delete: the entity's alias collection (now moved) must not cascade
        Source.delete("id", duplicateId);
        em.flush();
        em.clear();
        return SourceView.of(Source.findById(intoId));
    }

    @Transactional
    public SourceStats stats(long id) {
        Source source = Source.findById(id);
        if (source == null) {
            throw ProblemException.notFound("source", id);
        }
        TrackRecord record = new TrackRecord();
        for (SourceReferences holder : references) {
            holder.count(source, record);
        }
        return record.of(source);
    }
}
