package io.raqib.deadline;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.raqib.common.AsKnownAt;
import io.raqib.common.PageView;
import io.raqib.common.PastStates;
import io.raqib.common.Paging;
import io.raqib.common.Where;
import io.raqib.source.Source;
import io.raqib.source.SourceRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Deadlines as lists and calendars: the filters' query, and the views with their status. */
@ApplicationScoped
public class DeadlineQueries {
    private static final Sort SORT = Sort.by("d.dueFirst", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
            .and("d.announcedOn", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("d.id");

    @Inject
    Clock clock;

    @Transactional
    public PageView<DeadlineView> list(DeadlineFilter filter, Paging paging) {
        Instant at = AsKnownAt.parse(filter.asKnownAt, clock);
        Optional<Where> where = where(filter, at);
        if (where.isEmpty()) {
            return new PageView<>(List.of(), 0, paging.page, paging.size);
        }
        if (at != null) {
            int first = paging.page * paging.size;
            Known known = asKnown(filter, where.get(), at, first + paging.size);
            List<Deadline> all = known.items();
            int from = Math.min(all.size(), first);
            return new PageView<>(views(all.subList(from, Math.min(all.size(), from + paging.size)), dayOf(at)),
                    known.total(), paging.page, paging.size);
        }
        var found = Deadline.find(where.get().query("from Deadline d"), SORT, where.get().params())
                .page(Page.of(paging.page, paging.size));
        List<Deadline> items = found.list();
        return new PageView<>(views(items), found.count(), paging.page, paging.size);
    }

    /** One article's deadlines in text order (GET /articles/{id}/deadlines). */
    @Transactional
    public PageView<DeadlineView> ofArticle(long articleId, Paging paging) {
        io.raqib.article.Article.require(articleId);
        var found = Deadline.find("article.id = ?1", Sort.descending("field").and("start").and("id"), articleId)
                .page(Page.of(paging.page, paging.size));
        List<Deadline> items = found.list();
        return new PageView<>(views(items), found.count(), paging.page, paging.size);
    }

    /** Every deadline with a due date that the filters select, earliest due first, up to {@code limit}. */
    @Transactional
    public List<DeadlineView> calendar(DeadlineFilter filter, int limit) {
        Instant at = AsKnownAt.parse(filter.asKnownAt, clock);
        Optional<Where> where = where(filter, at);
        if (where.isEmpty()) {
            return List.of();
        }
        Where dated = where.get().and("d.dueLast is not null");
        if (at != null) {
            List<Deadline> all = asKnown(filter, dated, at, limit).items().stream().filter(d -> d.dueLast != null)
                    .limit(limit).toList();
            return views(all, dayOf(at));
        }
        List<Deadline> items = Deadline.find(dated.query("from Deadline d"), SORT, dated.params()).page(0, limit).list();
        return views(items);
    }

    /**
     * Up to {@code size} deadlines the filters select with ids above {@code afterId}, in id order (the pages
     * of GET /deadlines/export); empty when a named source does not exist.
     */
    @Transactional
    public List<DeadlineView> after(DeadlineFilter filter, long afterId, int size) {
        Optional<Where> where = where(filter, AsKnownAt.parse(filter.asKnownAt, clock));
        if (where.isEmpty()) {
            return List.of();
        }
        Where page = where.get().and("d.id > :after", "after", afterId);
        return views(Deadline.<Deadline>find(page.query("from Deadline d"), Sort.by("d.id"), page.params())
                .page(0, size).list());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The day an instant falls on where "today" is read (the service's clock zone). */
    LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }

    /** The first deadlines as known (in list order) and how many there were in all. */
    private record Known(List<Deadline> items, long total) {
    }

    /**
     * The first {@code upTo} deadlines the filters select as the archive knew them at {@code at}, in list
     * order: the rows untouched since (created by then), read in SQL no further than {@code upTo}, merged
     * with the others, rebuilt from the change history (as many as changed since, not the archive).
     */
    private Known asKnown(DeadlineFilter filter, Where where, Instant at, int upTo) {
        PastStates.Snapshot<Deadline> snapshot = PastStates.at(Deadline.getEntityManager(), Deadline.class, "deadline",
                at, d -> {
                    d.setDue(d.due());
                    d.refreshChainKey();
                });
        where.and("d.createdAt <= :knownAt", "knownAt", at).and(PastStates.untouchedSince("d", "deadline"));
        var untouched = Deadline.<Deadline>find(where.query("from Deadline d"), SORT, where.params());
        List<Deadline> all = new ArrayList<>(untouched.range(0, Math.max(0, upTo - 1)).list());
        Predicate<Deadline> same = DeadlineMatch.of(filter, dayOf(at));
        List<Deadline> rebuilt = snapshot.states().stream().filter(same).toList();
        all.addAll(rebuilt);
        all.sort(DeadlineMatch.ORDER);
        return new Known(all.subList(0, Math.min(all.size(), upTo)), untouched.count() + rebuilt.size());
    }

    /** The conditions for the filters, or empty when a named source does not exist (nothing can match). */
    private Optional<Where> where(DeadlineFilter filter, Instant at) {
        filter.validate();
        LocalDate today = at == null ? today() : dayOf(at);
        Where where = new Where()
                .and("d.force = :force", "force", filter.forceCode())
                .and("d.country = :country", "country", filter.countryCode())
                .and("d.subject = :subject", "subject", filter.subjectCode());
        DeadlineStatus status = filter.statusCode();
        if (status != null) {
            switch (status) {
                case POSTPONED -> where.and("d.revision = io.raqib.deadline.Revision.POSTPONED");
                case SUPERSEDED -> where.and("d.revision = io.raqib.deadline.Revision.SUPERSEDED");
                case UPCOMING -> where.and("d.revision is null and (d.dueLast is null or d.dueLast >= :today)",
                        "today", today);
                case PASSED -> where.and("d.revision is null and d.dueLast < :today", "today", today);
            }
        }
        where.and("d.dueLast >= :from", "from", filter.fromDate())
                .and("d.dueFirst <= :to", "to", filter.toDate())
                .and("d.article.id = :articleId", "articleId", filter.articleIdValue());
        String[][] bySource = {{filter.source, "(d.announcer = :source or d.article.outlet = :source)", "source"},
                {filter.originator, "d.announcer = :originator", "originator"},
                {filter.reporter, "d.reportedBy = :reporter", "reporter"},
                {filter.attributedTo, "(d.announcer = :attributed or d.reportedBy = :attributed)", "attributed"},
                {filter.outlet, "d.article.outlet = :outlet", "outlet"}};
        for (String[] s : bySource) {
            if (s[0] != null && !s[0].isBlank()) {
                Optional<Source> source = SourceRegistry.byIdOrName(s[0]);
                if (source.isEmpty()) {
                    return Optional.empty();
                }
                where.and(s[1], s[2], source.get());
            }
        }
        return Optional.of(where);
    }

    private List<DeadlineView> views(List<Deadline> items) {
        return views(items, today());
    }

    private List<DeadlineView> views(List<Deadline> items, LocalDate today) {
        Map<Long, Long> confirmations = Deadline.confirmationCounts(items);
        return items.stream().map(d -> DeadlineView.of(d, today, confirmations.getOrDefault(d.id, 0L), null)).toList();
    }
}
