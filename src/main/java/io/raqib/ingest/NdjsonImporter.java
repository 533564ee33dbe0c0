package io.raqib.ingest;

import io.raqib.article.importing.ImportReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Streams an NDJSON body into the archive, chunk by chunk: while one chunk is written (one
 * transaction), the next is read and extracted on every core. Memory stays bounded by two chunks
 * whatever the length of the body. Each chunk's report items go to the caller in line order as
 * soon as the chunk is written, so a job can show its progress.
 */
@ApplicationScoped
public class NdjsonImporter {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(NdjsonImporter.class);

    @Inject
    ImportConfig config;

    @Inject
    ExtractionPool pool;

    @Inject
    LinePreparer preparer;

    @Inject
    ChunkWriter writer;

    /** What the stream held: the lines read (blank ones included) and the items reported. */
    public record Totals(int lines, long items) {
    }

    public Totals run(InputStream body, Consumer<List<ImportReport.Item>> sink) throws IOException {
        long items = 0;
        long started = System.nanoTime();
        long reading = 0;
        long waiting = 0;
        long writing = 0;
        try (NdjsonLines lines = new NdjsonLines(body, config.maxLineBytes())) {
            OutletCache outlets = new OutletCache();
            long t = System.nanoTime();
            List<Future<PreparedLine>> pending = readChunk(lines);
            reading += System.nanoTime() - t;
            while (!pending.isEmpty()) {
                t = System.nanoTime();
                List<PreparedLine> chunk = await(pending);
                waiting += System.nanoTime() - t;
                t = System.nanoTime();
                pending = readChunk(lines); // extracted while this chunk is written
                reading += System.nanoTime() - t;
                t = System.nanoTime();
                List<ImportReport.Item> written = writer.write(chunk, outlets);
                writing += System.nanoTime() - t;
                items += written.size();
                sink.accept(written);
            }
            LOG.infof("import: %d lines, %d articles reported in %.1f s (reading the body %.1f s, waiting for extraction "
                    + "%.1f s, writing %.1f s)", lines.linesRead(), items, (System.nanoTime() - started) / 1e9,
                    reading / 1e9, waiting / 1e9, writing / 1e9);
            return new Totals(lines.linesRead(), items);
        }
    }

    private List<Future<PreparedLine>> readChunk(NdjsonLines lines) throws IOException {
        List<Future<PreparedLine>> chunk = new ArrayList<>();
        long bytes = 0;
        while (chunk.size() < config.chunkLines() && bytes < config.chunkBytes()) {
            NdjsonLines.Line line = lines.next();
            if (line == null) {
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            bytes += line.text() == null ? 0 : line.text().length();
            chunk.add(pool.submit(() -> preparer.prepareSafely(line)));
        }
        return chunk;
    }

    private static List<PreparedLine> await(List<Future<PreparedLine>> futures) {
        List<PreparedLine> lines = new ArrayList<>(futures.size());
        for (Future<PreparedLine> future : futures) {
            try {
                lines.add(future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(f -> f.cancel(true));
                throw new IllegalStateException("the import was interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        return lines;
    }
}
