package io.raqib.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A test table kept as a text resource: one case a line, fields separated by "|", blank lines
 * and lines starting with # skipped. Each row keeps its line number for readable failures.
 */
public final class PipeTable {
    public record Row(int line, String[] fields) {
    }

    private PipeTable() {
    }

    public static List<Row> read(String resource) {
        try (InputStream in = PipeTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test table " + resource);
            }
            List<Row> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(new Row(i + 1, line.split("\\s*\\|\\s*", -1)));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
