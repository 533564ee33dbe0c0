package io.raqib.article;

import io.raqib.common.HistoryWriter;
import io.raqib.outbox.OutboxEvent;
import io.raqib.source.Source;
import io.raqib.source.SourceReferences;
import io.raqib.source.TrackRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Articles point at their outlet; the index holds the outlet's name, so a merge reindexes them. */
@ApplicationScoped
public class ArticleSourceReferences implements SourceReferences {
    @Override
    public void repoint(Source duplicate, Source into) {
        List<Long> articleIds = Article.getEntityManager()
                .createQuery("select a.id from Article a where a.outlet = :dup", Long.class)
                .setParameter("dup", duplicate).getResultList();
        Article.update("outlet = ?1 where outlet = ?2", into, duplicate);
        for (Long articleId : articleIds) {
            OutboxEvent.record(ArticleService.AGGREGATE, articleId, OutboxEvent.Operation.UPSERT);
            HistoryWriter.feed(Article.getEntityManager(), ArticleService.AGGREGATE, articleId, "upsert");
        }
    }

    @Override
    public void count(Source source, TrackRecord record) {
        record.articlesPublished = Article.count("outlet", source);
    }
}
