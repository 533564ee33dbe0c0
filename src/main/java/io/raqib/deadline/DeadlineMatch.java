package io.raqib.deadline;

import io.raqib.source.Source;
import io.raqib.source.SourceRegistry;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The list filters and order of {@link DeadlineQueries} in Java, for deadlines rebuilt as they once
 * were (asKnownAt), where no query can read them.
 */
final class DeadlineMatch {
    /** Earliest due first (undated last), then announcement date (undated last), then id. */
    static final Comparator<Deadline> ORDER = Comparator
            .comparing((Deadline d) -> d.dueFirst, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.announcedOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.id);

    private DeadlineMatch() {
    }

    /** The filters as a test of one deadline, its status read against {@code today}. */
    static Predicate<Deadline> of(DeadlineFilter f, LocalDate today) {
        Long source = sourceId(f.source);
        Long originator = sourceId(f.originator);
        Long reporter = sourceId(f.reporter);
        Long attributed = sourceId(f.attributedTo);
        Long outlet = sourceId(f.outlet);
        LocalDate from = f.fromDate();
        LocalDate to = f.toDate();
        DeadlineStatus status = f.statusCode();
        Long articleId = f.articleIdValue();
        return d -> eq(f.forceCode(), d.force) && eq(f.countryCode(), d.country) && eq(f.subjectCode(), d.subject)
                && (status == null || d.statusOn(today) == status)
                && (from == null || (d.dueLast != null && !d.dueLast.isBefore(from)))
                && (to == null || (d.dueFirst != null && !d.dueFirst.isAfter(to)))
                && (articleId == null || articleId.equals(d.article.id))
                && (source == null || source.equals(id(d.announcer)) || source.equals(id(d.article.outlet)))
                && (originator == null || originator.equals(id(d.announcer)))
                && (reporter == null || reporter.equals(id(d.reportedBy)))
                && (attributed == null || attributed.equals(id(d.announcer)) || attributed.equals(id(d.reportedBy)))
                && (outlet == null || outlet.equals(id(d.article.outlet)));
    }

    /** The id of a named source; -1 (matching nothing) when no such source exists. */
    private static Long sourceId(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return SourceRegistry.byIdOrName(name).map(s -> s.id).orElse(-1L);
    }

    private static boolean eq(Object wanted, Object actual) {
        return wanted == null || Objects.equals(wanted, actual);
    }

    private static Long id(Source s) {
        return s == null ? null : s.id;
    }
}
