package io.raqib.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reference documents at run time: the development corpus ({@code ../shared/corpus/dev}
 * or {@code $RAQIB_CORPUS_DIR}, files with a {@code url:}/{@code date:} header, then the excerpt)
 * and the seeds ({@code ../shared/seeds} or {@code $RAQIB_SEEDS_DIR}, read as the seed evaluation
 * tests read them: first line title, the rest body without the metadata lines). Nothing of them is
 * copied into the project.
 */
final class EvalCorpus {
    private static final Pattern DATE_LINE = Pattern.compile("^date:\\s*(\\S+)\\s*$");
    private static final Pattern SEED_PUBLISHED = Pattern.compile(
            "تاريخ النشر:\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\p{L}+)\\s+(\\d{4})");
    private static final List<String> SEED_METADATA = List.of("المصدر", "كلمات دلالية", "تاريخ النشر",
            "إقرأ أيضاً", "اقرأ أيضاً");

    private EvalCorpus() {
    }

    static Path devDir() {
        return dir("RAQIB_CORPUS_DIR", Path.of("..", "shared", "corpus", "dev"));
    }

    static Path seedsDir() {
        return dir("RAQIB_SEEDS_DIR", Path.of("..", "shared", "seeds"));
    }

    private static Path dir(String env, Path fallback) {
        String value = System.getenv(env);
        return value != null && !value.isBlank() ? Path.of(value) : fallback;
    }

    static boolean available(Path dir, String goldFile) {
        return Files.isRegularFile(dir.resolve(goldFile));
    }

    /** The development corpus, in gold.json order. */
    static List<EvalDocument> dev() {
        Path dir = devDir();
        List<EvalDocument> docs = new ArrayList<>();
        for (JsonNode doc : read(dir.resolve("gold.json")).get("docs")) {
            String id = doc.get("id").asText();
            docs.add(devDocument(id, text(dir.resolve(id + ".txt")), doc));
        }
        return docs;
    }

    /** The seeds, in expected.json order. */
    static List<EvalDocument> seeds() {
        Path dir = seedsDir();
        List<EvalDocument> docs = new ArrayList<>();
        for (JsonNode doc : read(dir.resolve("expected.json")).get("docs")) {
            String file = doc.get("file").asText();
            docs.add(seedDocument(file, text(dir.resolve(file)), doc));
        }
        return docs;
    }

    /** Header lines up to the first blank line; the excerpt is everything after it. */
    static EvalDocument devDocument(String id, String file, JsonNode gold) {
        String[] lines = file.split("\n", -1);
        LocalDate published = null;
        int offset = 0;
        int i = 0;
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            Matcher m = DATE_LINE.matcher(lines[i].strip());
            if (m.matches() && !m.group(1).equals("unknown")) {
                published = LocalDate.parse(m.group(1));
            }
            offset += lines[i].length() + 1;
        }
        String excerpt = offset >= file.length() ? "" : file.substring(Math.min(offset + 1, file.length()));
        return split(id, excerpt, published, gold, false);
    }

    static EvalDocument seedDocument(String file, String raw, JsonNode gold) {
        List<String> kept = new ArrayList<>();
        LocalDate published = null;
        for (String line : raw.split("\n", -1)) {
            String s = line.strip();
            Matcher m = SEED_PUBLISHED.matcher(s);
            if (published == null && m.find()) {
                published = LocalDate.parse(m.group(1) + " " + m.group(2) + " " + m.group(3),
                        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
            }
            if (!kept.isEmpty() && SEED_METADATA.stream().anyMatch(s::startsWith)) {
                continue;
            }
            kept.add(line);
        }
        return split(file, String.join("\n", kept), published, gold, true);
    }

    /** Title = the first non-blank line, body = the rest, both stripped as {@code POST /articles} does. */
    private static EvalDocument split(String id, String excerpt, LocalDate published, JsonNode gold, boolean seed) {
        int start = 0;
        while (start < excerpt.length() && Character.isWhitespace(excerpt.charAt(start))) {
            start++;
        }
        int newline = excerpt.indexOf('\n', start);
        int titleEnd = newline < 0 ? excerpt.length() : newline;
        String title = excerpt.substring(start, titleEnd).strip();
        String rest = newline < 0 ? "" : excerpt.substring(newline + 1);
        String body = rest.strip();
        int bodyStart = newline < 0 ? excerpt.length() : newline + 1 + rest.indexOf(body.isEmpty() ? "" : body);
        int titleStart = start + excerpt.substring(start, titleEnd).indexOf(title);
        return new EvalDocument(id, excerpt, title, titleStart, body, bodyStart, published,
                list(gold.get("figures"), GoldFigure::of), list(gold.get("deadlines"), GoldDeadline::of), seed);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> read) {
        List<T> out = new ArrayList<>();
        if (array != null) {
            array.forEach(e -> out.add(read.apply(e)));
        }
        return out;
    }

    private static JsonNode read(Path json) {
        try {
            return new ObjectMapper().readTree(json.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
