package io.raqib.deadline;

import io.raqib.common.HistoryWriter;
import io.raqib.common.Review;
import io.raqib.source.Source;
import io.raqib.source.SourceReferences;
import io.raqib.source.TrackRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** Deadlines point at their announcer and reporter; rejected ones count for nobody. */
@ApplicationScoped
public class DeadlineSourceReferences implements SourceReferences {
    @Inject
    Clock clock;

    @Override
    public void repoint(Source duplicate, Source into) {
        Deadline.getEntityManager().createQuery("select d.id from Deadline d where d.announcer = :dup"
                        + " or d.reportedBy = :dup", Long.class).setParameter("dup", duplicate).getResultList()
                .forEach(id -> HistoryWriter.feed(Deadline.getEntityManager(), "deadline", id, "upsert"));
        Deadline.update("announcer = ?1 where announcer = ?2", into, duplicate);
        Deadline.update("reportedBy = ?1 where reportedBy = ?2", into, duplicate);
    }

    @Override
    public void count(Source source, TrackRecord record) {
        LocalDate today = LocalDate.now(clock);
        String announced = "announcer = ?1 and review <> ?2";
        record.deadlinesAnnounced = Deadline.count(announced, source, Review.REJECTED);
        record.deadlinesRelayed = Deadline.count("article.outlet = ?1 and review <> ?2", source, Review.REJECTED);
        record.deadlinesUpcoming = Deadline.count(announced + " and revision is null and (dueLast is null or dueLast >= ?3)",
                source, Review.REJECTED, today);
        record.deadlinesKept = Deadline.count(announced + " and revision is null and dueLast < ?3", source,
                Review.REJECTED, today);
        record.deadlinesPostponed = Deadline.count(announced + " and revision = ?3", source, Review.REJECTED,
                Revision.POSTPONED);
        record.deadlinesSuperseded = Deadline.count(announced + " and revision = ?3", source, Review.REJECTED,
                Revision.SUPERSEDED);
        record.deadlinesReported = Deadline.count("reportedBy = ?1 and review <> ?2", source, Review.REJECTED);
    }
}
