package io.raqib.boot;

import java.util.List;
import org.jboss.logging.Logger;

/**
 * Initialises, on a thread of its own while the main thread starts Quarkus, classes whose static
 * initialisation is costly, self-contained (no configuration, no CDI) and certain to run before the
 * service is ready: the JVM runs each class's initialiser once, so the start finds them done (or
 * waits for the rest) instead of doing the work itself. Sampled on the main thread before (JFR, 1 ms):
 * jose4j's algorithm set-up 5 % (OIDC's recorder asks for it at static init, tenant on or off), the
 * known sources and their gazetteer 2 % (the source seeds at start), Jackson 2.5 %, the HQL parser 1 %.
 */
final class StartWarmup {
    private static final Logger LOG = Logger.getLogger(StartWarmup.class);
    /** In the order the start needs them. */
    static final List<String> CLASSES = List.of(
            "org.jose4j.jwa.AlgorithmFactoryFactory",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.databind.util.StdDateFormat",
            "org.hibernate.grammars.hql.HqlLexer",
            "org.hibernate.grammars.hql.HqlParser",
            "io.raqib.source.KnownSources");

    private StartWarmup() {
    }

    static void begin(ClassLoader loader) {
        Thread thread = new Thread(() -> run(loader), "raqib-start-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run(ClassLoader loader) {
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException e) {
                LOG.debugf("start warm-up: no %s", name);
            } catch (LinkageError e) {
                // the start would fail the same way when it gets there; the cause is told here
                LOG.errorf(e, "start warm-up: %s failed to initialise", name);
            }
        }
    }
}
