package io.raqib.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reference seed documents in ../shared/seeds (or $RAQIB_SEEDS_DIR), read at test time only. */
public final class Seeds {
    private Seeds() {
    }

    public static Path dir() {
        String env = System.getenv("RAQIB_SEEDS_DIR");
        Path dir = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared", "seeds");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("seed directory not found: " + dir.toAbsolutePath()
                    + " (set RAQIB_SEEDS_DIR)");
        }
        return dir;
    }

    public static String text(String file) {
        try {
            return Files.readString(dir().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode expected() {
        try {
            return new ObjectMapper().readTree(dir().resolve("expected.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
