package io.raqib.article.importing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the reference documents live: $RAQIB_SEEDS_DIR, else ../shared/seeds beside the checkout. */
final class SeedDocuments {
    private SeedDocuments() {
    }

    static Path directory() {
        String configured = System.getenv("RAQIB_SEEDS_DIR");
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..", "shared", "seeds");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("seed documents not found at " + dir.toAbsolutePath()
                    + " (set RAQIB_SEEDS_DIR to the folder holding expected.json)");
        }
        return dir;
    }
}
