package io.raqib.article.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.raqib.article.Article;
import io.raqib.config.RaqibConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * Loads the bundled sample articles (the project's own writing, in {@code samples/}) when the
 * archive is empty and {@code raqib.samples.load} is on, as in the one-command local run, in the
 * background after start-up.
 */
@ApplicationScoped
public class SampleLoader {
    private static final Logger LOG = Logger.getLogger(SampleLoader.class);

    @Inject
    RaqibConfig config;

    @Inject
    ImportService importer;

    /**
     * Off the start path: the service is ready (and answers, from an archive still filling) while
     * the samples load on a thread of their own.
     */
    void onStart(@Observes StartupEvent event) {
        if (!config.samples().load()) {
            return;
        }
        Thread loader = new Thread(this::loadSamples, "raqib-samples");
        loader.setDaemon(true);
        loader.start();
    }

    void loadSamples() {
        try {
            load();
        } catch (RuntimeException e) {
            LOG.errorf(e, "sample articles not loaded: %s", e.getMessage());
        }
    }

    private void load() {
        long existing = QuarkusTransaction.requiringNew().call(() -> Article.count());
        if (existing > 0) {
            LOG.infof("archive holds %d articles; samples not loaded", existing);
            return;
        }
        int created = 0;
        for (String file : read("samples/index.txt").split("\\R")) {
            if (!file.isBlank() && !file.startsWith("#")) {
                created += importer.importNewsDocument(read("samples/" + file.strip())).created();
            }
        }
        LOG.infof("loaded %d sample articles", created);
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing sample resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
