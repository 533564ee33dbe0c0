package io.raqib.search;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Makes sure of the search aliases just after start, on a thread of its own: the start does not wait
 * for Elasticsearch, and the first readiness probe (which reports the index) usually finds it done.
 * The client, and the index bean behind its proxy, are built on that thread too, not on the start path.
 */
@ApplicationScoped
public class StartupIndexCheck {
    private static final Logger LOG = Logger.getLogger(StartupIndexCheck.class);

    @Inject
    SearchIndex index;

    void onStart(@Observes StartupEvent event) {
        Thread check = new Thread(this::check, "raqib-index-check");
        check.setDaemon(true);
        check.start();
    }

    private void check() {
        try {
            index.ensureExists();
        } catch (Exception e) {
            // the readiness check says so, and the indexer tries again with its back-off
            LOG.infof("search index not checked at start: %s", e.toString());
        }
    }
}
