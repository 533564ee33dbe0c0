package io.raqib.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.raqib.article.Article;
import io.raqib.article.ArticleService;
import io.raqib.article.importing.ImportReport;
import io.raqib.article.importing.StoreFailures;
import io.raqib.claim.ClaimIngest;
import io.raqib.common.AppendedRows;
import io.raqib.common.ProblemException;
import io.raqib.deadline.DeadlineChains;
import io.raqib.deadline.DeadlineIngest;
import io.raqib.outbox.OutboxEvent;
import io.raqib.source.SourceRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Writes a chunk of prepared lines in one transaction: one query finds the duplicates of the whole
 * chunk, outlets come from the import's cache, claims and deadlines were extracted beforehand, and
 * each deadline chain touched is brought up to date once for the chunk, from its open end. When the chunk's transaction
 * fails, each of its lines is written again alone, so a line that cannot be stored fails by
 * itself and the others stand.
 */
@ApplicationScoped
class ChunkWriter {
    private static final Logger LOG = Logger.getLogger(ChunkWriter.class);

    @Inject
    ArticleService articles;

    @Inject
    ClaimIngest claims;

    @Inject
    DeadlineIngest deadlines;

    List<ImportReport.Item> write(List<PreparedLine> chunk, OutletCache outlets) {
        if (chunk.stream().allMatch(PreparedLine::isFailed)) {
            return chunk.stream().map(ChunkWriter::failed).toList();
        }
        try {
            long started = System.nanoTime();
            List<ImportReport.Item> items = QuarkusTransaction.requiringNew().call(() -> writeTogether(chunk, outlets));
            LOG.debugf("chunk of %d lines from line %d written in %.3f s", (Object) chunk.size(), chunk.get(0).line(),
                    (System.nanoTime() - started) / 1e9);
            outlets.chunkCommitted();
            return items;
        } catch (RuntimeException e) {
            outlets.chunkRolledBack();
            LOG.warnf("a chunk of %d lines from line %d could not be written together (%s); writing its lines one by one",
                    chunk.size(), chunk.get(0).line(), e.toString());
            return chunk.stream().map(this::writeAlone).toList();
        }
    }

    private List<ImportReport.Item> writeTogether(List<PreparedLine> chunk, OutletCache outlets) {
        EntityManager em = Article.getEntityManager();
        // Left at AUTO, every lookup below would first dirty-check the whole chunk written so far
        // (quadratic in the chunk). The lookups are of sources (inserted at once: identity ids) and of
        // duplicates (the chunk's own are in `archived`); the chunk's rows go to the database in JDBC
        // batches when it is flushed, and the history, feed and alert rows they cause right after.
        em.setFlushMode(FlushModeType.COMMIT);
        try (AppendedRows.Scope appended = AppendedRows.gather(em)) {
            long started = System.nanoTime();
            SourceRegistry.Memo sources = new SourceRegistry.Memo();
            DeadlineIngest.Batch newDeadlines = deadlines.batch(sources);
            List<ImportReport.Item> items = writeRows(chunk, outlets, sources, newDeadlines);
            long built = System.nanoTime();
            newDeadlines.finish(); // persists the chunk's chained deadlines, links set; reads stored rows only: no flush needed first
            long chained = System.nanoTime();
            em.flush(); // once: the inserts in batches, then the updates (links the chains changed)
            long flushed = System.nanoTime();
            appended.send();
            LOG.debugf("chunk from line %d: rows built %.3f s, deadline chains %.3f s, inserted and updated %.3f s,"
                    + " history/feed/alert rows sent %.3f s", chunk.get(0).line(), (built - started) / 1e9,
                    (chained - built) / 1e9, (flushed - chained) / 1e9, (System.nanoTime() - flushed) / 1e9);
            return items;
        }
    }

    private List<ImportReport.Item> writeRows(List<PreparedLine> chunk, OutletCache outlets, SourceRegistry.Memo sources,
                                           DeadlineIngest.Batch newDeadlines) {
        if (chunk.stream().anyMatch(line -> !line.deadlines().isEmpty())) {
            DeadlineChains.lock(); // before the first deadline is written, as every deadline writer does
        }
        Set<String> hashes = new LinkedHashSet<>();
        chunk.stream().filter(line -> !line.isFailed()).forEach(line -> hashes.add(line.hash()));
        Map<String, Article.Archived> archived = new HashMap<>(Article.byContentHash(hashes));
        boolean extractFigures = claims.extractAtIngest();
        List<ImportReport.Item> items = new ArrayList<>(chunk.size());
        for (PreparedLine line : chunk) {
            if (line.isFailed()) {
                items.add(failed(line));
                continue;
            }
            Article.Archived existing = archived.get(line.hash());
            if (existing != null) {
                items.add(item(line.line(), ImportReport.Status.already_present, existing.id(), existing.title()));
                continue;
            }
            Article article = ArticleService.newArticle(line.input(), line.hash(), outlets.resolve(line.input().outlet()));
            article.persist();
            relate(article, line.input().related());
            OutboxEvent.record(ArticleService.AGGREGATE, article.id, OutboxEvent.Operation.UPSERT);
            if (extractFigures) {
                claims.addExtracted(article, line.figures(), line.figureChains(), sources);
            }
            newDeadlines.add(article, line.deadlines(), line.deadlineChains());
            archived.put(line.hash(), new Article.Archived(article.id, article.title));
            items.add(item(line.line(), ImportReport.Status.created, article.id, article.title));
        }
        return items;
    }

    private static void relate(Article article, List<Long> related) {
        if (related == null) {
            return;
        }
        for (Long id : related) {
            Article other = id == null ? null : Article.findById(id);
            if (other == null) {
                // the line is written again alone, where ArticleService says precisely what is wrong
                throw ProblemException.badRequest("related article " + id + " does not exist");
            }
            article.relateTo(other);
        }
    }

    /** One line in its own transaction, through the same service as POST /articles. */
    private ImportReport.Item writeAlone(PreparedLine line) {
        if (line.isFailed()) {
            return failed(line);
        }
        try {
            ArticleService.Created created = articles.create(line.input());
            return item(line.line(), created.isNew() ? ImportReport.Status.created : ImportReport.Status.already_present,
                    created.article().id(), created.article().title());
        } catch (ProblemException e) {
            return new ImportReport.Item(line.line(), ImportReport.Status.failed, null, line.title(), e.getMessage(), null);
        } catch (RuntimeException e) {
            return new ImportReport.Item(line.line(), ImportReport.Status.failed, null, line.title(),
                    StoreFailures.reason(e), null);
        }
    }

    private static ImportReport.Item item(int line, ImportReport.Status status, Long id, String title) {
        return new ImportReport.Item(line, status, id, title, null, null);
    }

    private static ImportReport.Item failed(PreparedLine line) {
        return new ImportReport.Item(line.line(), ImportReport.Status.failed, null, line.title(), line.failure(), null);
    }
}
