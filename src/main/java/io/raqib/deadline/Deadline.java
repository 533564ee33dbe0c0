package io.raqib.deadline;

import io.raqib.common.CleanText;
import jakarta.validation.constraints.Size;
import io.raqib.common.Review;
import io.raqib.common.Origin;
import io.raqib.arabic.ReducedDate;
import io.raqib.article.Article;
import io.raqib.article.ArticleStatement;
import io.raqib.deadline.extraction.DeadlineModifier;
import io.raqib.deadline.extraction.DeadlineQualifier;
import io.raqib.deadline.extraction.DeadlineSubject;
import io.raqib.source.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One announced date for a presence, withdrawal, mission end or deployment, in one field of one
 * article. Deadlines about the same force, country and subject form a chain ({@link #chainKey}),
 * ordered by the announcing article's date; {@link DeadlineChains} keeps the chain's links and
 * revisions.
 */
@CleanText
@Entity
@Table(name = "deadline")
public class Deadline extends ArticleStatement {
    @Id
    // blocks of ids (V12): inserts go in JDBC batches, where identity ids need one round trip per row
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_seq")
    @jakarta.persistence.SequenceGenerator(name = "deadline_seq", sequenceName = "deadline_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    /** ISO reduced-precision form; see {@link #due()}. */
    @Column(name = "due")
    public String dueIso;

    @Column(name = "due_first")
    public LocalDate dueFirst;

    @Column(name = "due_last")
    public LocalDate dueLast;

    @Column(name = "due_text")
    @Size(max = 300, message = "dueText must be at most 300 characters")
    public String dueText;

    /** Which part of the due period: early, mid, late, end; null for the whole period. */
    @Enumerated(EnumType.STRING)
    public DeadlineModifier modifier;

    /** The relative expression the date was read from ("خلال الأشهر المقبلة"), or null for a calendar date. */
    @Column(name = "relative_text")
    public String relative;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineSubject subject;

    @Enumerated(EnumType.STRING)
    public DeadlineQualifier qualifier;

    @Column(name = "announced_by")
    @Size(max = 300, message = "announcedBy must be at most 300 characters")
    public String announcedBy;

    @ManyToOne
    @JoinColumn(name = "announcer_id")
    public Source announcer;

    @ManyToOne
    @JoinColumn(name = "reporter_id")
    public Source reportedBy;

    @Column(name = "announced_on")
    public LocalDate announcedOn;

    public Double confidence;

    @Enumerated(EnumType.STRING)
    public Revision revision;

    @Column(name = "chain_key")
    public String chainKey;

    /** The deadline this one revised (postponed or superseded), in the same chain. */
    @Column(name = "previous_id")
    public Long previousId;

    /** The earlier announcement of the same date that this one confirms. */
    @Column(name = "confirms_id")
    public Long confirmsId;

    public ReducedDate due() {
        return dueIso == null ? null : ReducedDate.parse(dueIso);
    }

    public void setDue(ReducedDate due) {
        dueIso = due == null ? null : due.toIso();
        dueFirst = due == null ? null : due.firstDay();
        dueLast = due == null ? null : due.lastDay();
    }

    /** A person made or judged it: re-extraction leaves it alone. */
    public boolean isHumanDecision() {
        return origin == Origin.MANUAL || review != Review.UNREVIEWED;
    }

    /** Status against {@code today}: a chain revision wins, then the end of the due period. */
    public DeadlineStatus statusOn(LocalDate today) {
        if (revision == Revision.POSTPONED) {
            return DeadlineStatus.POSTPONED;
        }
        if (revision == Revision.SUPERSEDED) {
            return DeadlineStatus.SUPERSEDED;
        }
        return dueLast != null && dueLast.isBefore(today) ? DeadlineStatus.PASSED : DeadlineStatus.UPCOMING;
    }

    /** The chain a deadline belongs to: same force, country and subject; none without force or country. */
    public static String chainKeyOf(String force, String country, DeadlineSubject subject) {
        if (force == null && country == null) {
            return null;
        }
        return (force == null ? "-" : force) + "/" + (country == null ? "-" : country) + "/" + subject.name();
    }

    public void refreshChainKey() {
        chainKey = chainKeyOf(force, country, subject);
    }

    public static List<Deadline> ofArticle(Article article) {
        return list("article = ?1 order by field desc, start, id", article);
    }

    /** The chain in announcement order: article date (undated last), then article, then position. */
    public static List<Deadline> chain(String key) {
        return list("chainKey = ?1 order by announcedOn asc nulls last, article.id, field desc, start, id", key);
    }

    public static List<Deadline> confirming(long id) {
        return list("confirmsId = ?1 order by announcedOn asc nulls last, id", id);
    }

    /** How many deadlines confirm each of these, in one query. */
    public static Map<Long, Long> confirmationCounts(Collection<Deadline> deadlines) {
        Map<Long, Long> counts = new HashMap<>();
        if (deadlines.isEmpty()) {
            return counts;
        }
        List<Long> ids = deadlines.stream().map(d -> d.id).toList();
        List<Object[]> rows = getEntityManager().createQuery(
                "select d.confirmsId, count(d) from Deadline d where d.confirmsId in :ids group by d.confirmsId",
                Object[].class).setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}
