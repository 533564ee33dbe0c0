package io.raqib.boot;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.jboss.logging.Logger;

/**
 * The packaged service's entry point: Quarkus' own start, with {@link StartWarmup} on a second
 * thread meanwhile. Tests and dev mode start Quarkus without it.
 */
@QuarkusMain
public final class RaqibMain {
    private RaqibMain() {
    }

    public static void main(String... args) {
        // The logging stack is the first thing Quarkus' start initialises; doing it here first, on this
        // thread, means the warm-up thread never initialises it concurrently with the start.
        Logger.getLogger(RaqibMain.class);
        StartWarmup.begin(RaqibMain.class.getClassLoader());
        Quarkus.run(args);
    }
}
