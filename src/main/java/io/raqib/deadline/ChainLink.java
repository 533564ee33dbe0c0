package io.raqib.deadline;

import io.raqib.article.ArticleField;
import io.raqib.common.Review;
import io.raqib.deadline.extraction.DeadlineModifier;
import io.raqib.deadline.extraction.DeadlineQualifier;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * What a chain walk reads and writes of one deadline: its place in the chain, the days it points
 * at, and its three links (revision, previous, confirms), as stored and as the walk leaves them.
 * Read from rows as plain values, so a walk over thousands of deadlines loads no entity and only
 * the deadlines whose links change are written.
 */
final class ChainLink {
    /** The order chains are walked in: that of {@link Deadline#chain}. */
    static final Comparator<ChainLink> ORDER = Comparator
            .comparing((ChainLink l) -> l.announcedOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(l -> l.articleId)
            .thenComparing(l -> l.field.name(), Comparator.reverseOrder())
            .thenComparingInt(l -> l.start)
            .thenComparingLong(l -> l.id);

    final long id;
    final LocalDate announcedOn;
    final long articleId;
    final ArticleField field;
    final int start;
    /** The days it points at; null when it neither revises nor confirms (undated, proposed, rejected). */
    final DuePeriod period;
    /** The entity, when the walk has it at hand (added in this transaction); else loaded only to write. */
    Deadline entity;

    private final Revision storedRevision;
    private final Long storedPrevious;
    private final Long storedConfirms;
    Revision revision;
    Long previousId;
    Long confirmsId;

    ChainLink(long id, LocalDate announcedOn, long articleId, ArticleField field, int start, String dueIso,
              DeadlineModifier modifier, Review review, DeadlineQualifier qualifier,
              Revision revision, Long previousId, Long confirmsId) {
        this.id = id;
        this.announcedOn = announcedOn;
        this.articleId = articleId;
        this.field = field;
        this.start = start;
        boolean takesPart = review != Review.REJECTED && qualifier != DeadlineQualifier.PROPOSED;
        this.period = takesPart && dueIso != null
                ? DuePeriod.of(io.raqib.arabic.ReducedDate.parse(dueIso), modifier) : null;
        this.storedRevision = revision;
        this.storedPrevious = previousId;
        this.storedConfirms = confirmsId;
        this.revision = revision;
        this.previousId = previousId;
        this.confirmsId = confirmsId;
    }

    static ChainLink of(Deadline d) {
        return of(d, d.id);
    }

    /** A deadline not persisted yet, under a provisional id until {@link #resolve} gives the real ones. */
    static ChainLink unsaved(Deadline d, long provisionalId) {
        return of(d, provisionalId);
    }

    private static ChainLink of(Deadline d, long id) {
        ChainLink link = new ChainLink(id, d.announcedOn, d.article.id, d.field, d.start, d.dueIso, d.modifier,
                d.review, d.qualifier, d.revision, d.previousId, d.confirmsId);
        link.entity = d;
        return link;
    }

    /** A row of {@link ChainLinks#SELECT}. */
    static ChainLink of(Object[] row) {
        return new ChainLink((Long) row[0], (LocalDate) row[1], (Long) row[2], (ArticleField) row[3], (Integer) row[4],
                (String) row[5], (DeadlineModifier) row[6], (Review) row[7], (DeadlineQualifier) row[8],
                (Revision) row[9], (Long) row[10], (Long) row[11]);
    }

    /** Links to deadlines persisted after the walk: from their provisional ids to the ids they were given. */
    void resolve(Map<Long, Long> ids) {
        previousId = previousId == null ? null : ids.getOrDefault(previousId, previousId);
        confirmsId = confirmsId == null ? null : ids.getOrDefault(confirmsId, confirmsId);
    }

    boolean takesPart() {
        return period != null;
    }

    /** The walk left its links other than they are stored. */
    boolean changed() {
        return revision != storedRevision || !Objects.equals(previousId, storedPrevious)
                || !Objects.equals(confirmsId, storedConfirms);
    }

    /** Writes the links the walk left onto the entity; Hibernate updates only a row whose values differ. */
    void writeTo(Deadline d) {
        d.revision = revision;
        d.previousId = previousId;
        d.confirmsId = confirmsId;
    }
}
