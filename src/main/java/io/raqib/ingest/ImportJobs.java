package io.raqib.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.raqib.article.importing.ImportReport;
import io.raqib.common.Actors;
import io.raqib.common.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Background imports: the body is spooled to a file (so the request returns at once), a job row
 * records the import, and a small pool runs it, writing its progress after every chunk.
 */
@ApplicationScoped
public class ImportJobs {
    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    @Inject
    ImportConfig config;

    @Inject
    NdjsonImporter importer;

    @Inject
    ObjectMapper json;

    private volatile ExecutorService runner;

    /** Spools the body, records the job and queues it; answers the job as queued. */
    public ImportJobView start(InputStream body) {
        Path spool = spool(body);
        String id = UUID.randomUUID().toString();
        String actor = Actors.current();
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = new ImportJob();
            job.id = id;
            job.state = ImportJob.State.queued.name();
            job.actor = actor;
            job.createdAt = Instant.now();
            job.updatedAt = job.createdAt;
            job.persist();
        });
        runner().submit(() -> Actors.onBehalfOf(actor, () -> run(id, spool)));
        return get(id);
    }

    public ImportJobView get(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.findById(id);
            if (job == null) {
                throw ProblemException.notFound("import", id);
            }
            List<ImportJobView.LineError> errors = readErrors(job.errors);
            return new ImportJobView(job.id, job.state, job.linesDone, job.created, job.duplicates, job.failed,
                    errors, job.failed > errors.size(), job.error, job.createdAt, job.startedAt, job.finishedAt);
        });
    }

    private void run(String id, Path spool) {
        Progress progress = new Progress(config.maxJobErrors());
        try (InputStream in = Files.newInputStream(spool)) {
            update(id, job -> {
                job.state = ImportJob.State.running.name();
                job.startedAt = Instant.now();
            });
            NdjsonImporter.Totals totals = importer.run(in, items -> {
                progress.add(items);
                update(id, progress::writeTo);
            });
            update(id, job -> {
                progress.writeTo(job);
                job.linesDone = totals.lines();
                job.state = (totals.items() == 0 ? ImportJob.State.failed : ImportJob.State.done).name();
                job.error = totals.items() == 0 ? "the NDJSON document has no articles" : null;
                job.finishedAt = Instant.now();
            });
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "import %s stopped", id);
            update(id, job -> {
                progress.writeTo(job);
                job.state = ImportJob.State.failed.name();
                job.error = "the import stopped after line " + progress.linesDone
                        + " (an internal error, logged); the lines before it are stored";
                job.finishedAt = Instant.now();
            });
        } finally {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                LOG.warnf("could not delete the spooled import %s: %s", spool, e.getMessage());
            }
        }
    }

    private void update(String id, java.util.function.Consumer<ImportJob> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(id);
            change.accept(job);
            job.updatedAt = Instant.now();
        });
    }

    /** Counts and the first failures of a running job. */
    private final class Progress {
        final int maxErrors;
        long linesDone;
        long created;
        long duplicates;
        long failed;
        final List<ImportJobView.LineError> errors = new ArrayList<>();

        Progress(int maxErrors) {
            this.maxErrors = maxErrors;
        }

        void add(List<ImportReport.Item> items) {
            for (ImportReport.Item item : items) {
                linesDone = Math.max(linesDone, item.line());
                switch (item.status()) {
                    case created -> created++;
                    case already_present -> duplicates++;
                    case failed -> {
                        failed++;
                        if (errors.size() < maxErrors) {
                            errors.add(new ImportJobView.LineError(item.line(), item.reason()));
                        }
                    }
                }
            }
        }

        void writeTo(ImportJob job) {
            job.linesDone = linesDone;
            job.created = created;
            job.duplicates = duplicates;
            job.failed = failed;
            try {
                job.errors = json.writeValueAsString(errors);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private List<ImportJobView.LineError> readErrors(String text) {
        try {
            return json.readValue(text, new TypeReference<List<ImportJobView.LineError>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable errors of an import job", e);
        }
    }

    /** Copies the body to a file; a body with nothing but blanks is refused at once. */
    private Path spool(InputStream body) {
        Path file = null;
        try {
            Path dir = config.spoolDir().map(Path::of).orElse(Path.of(System.getProperty("java.io.tmpdir")));
            Files.createDirectories(dir);
            file = Files.createTempFile(dir, "raqib-import-", ".ndjson");
            boolean content = false;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    out.write(buffer, 0, n);
                    for (int i = 0; !content && i < n; i++) {
                        content = !Character.isWhitespace(buffer[i]);
                    }
                }
            }
            if (!content) {
                throw ProblemException.badRequest("the NDJSON document has no articles");
            }
            return file;
        } catch (IOException e) {
            delete(file);
            LOG.warnf("an import body could not be spooled: %s", e.getMessage());
            throw ProblemException.badRequest("the request body could not be read to its end: " + e.getMessage());
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file; the system cleans its temporary directory
        }
    }

    private ExecutorService runner() {
        if (runner == null) {
            synchronized (this) {
                if (runner == null) {
                    runner = Executors.newFixedThreadPool(Math.max(1, config.concurrentJobs()), task -> {
                        Thread thread = new Thread(task, "raqib-import-job");
                        thread.setDaemon(true);
                        return thread;
                    });
                }
            }
        }
        return runner;
    }

    @PreDestroy
    void stop() {
        if (runner != null) {
            runner.shutdownNow();
        }
    }
}
