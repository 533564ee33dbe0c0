package io.raqib.ingest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads imports extract on: one per core by default, shared by every import. Extraction is
 * pure code, so it scales with the cores; the importer keeps at most two chunks in flight, which
 * bounds the work queued here.
 */
@ApplicationScoped
class ExtractionPool {
    @Inject
    ImportConfig config;

    private volatile ExecutorService executor;

    <T> Future<T> submit(Callable<T> task) {
        return executor().submit(task);
    }

    private ExecutorService executor() {
        ExecutorService current = executor;
        if (current == null) {
            synchronized (this) {
                if (executor == null) {
                    int threads = config.extractionThreads() > 0
                            ? config.extractionThreads() : Runtime.getRuntime().availableProcessors();
                    AtomicInteger count = new AtomicInteger();
                    executor = Executors.newFixedThreadPool(threads, task -> {
                        Thread thread = new Thread(task, "raqib-extract-" + count.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
                }
                current = executor;
            }
        }
        return current;
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
