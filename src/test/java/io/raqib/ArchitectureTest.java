package io.raqib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package layers hold: read from the sources (imports and qualified names), no top-level
 * package under io.raqib uses another that uses it back, there is no longer cycle either, and no
 * class is so long that it does several jobs.
 */
class ArchitectureTest {
    static final Path MAIN = Path.of("src", "main", "java", "io", "raqib");
    static final Pattern REFERENCE = Pattern.compile("\\bio\\.raqib\\.([a-z][a-z0-9]*)\\.");
    static final int MAX_LINES = 400;
    /** Being split by a change in flight (number words, figure extraction); empty this once it has landed. */
    static final Set<String> BEING_SPLIT = Set.of();

    /** Top-level package → the top-level packages its classes name. */
    static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = MAIN.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String from = relative.getName(0).toString();
                Set<String> targets = uses.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        targets.add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }

    @Test
    void noTwoTopLevelPackagesUseEachOther() throws IOException {
        Map<String, Set<String>> uses = uses();
        assertThat(uses).containsKeys("article", "claim", "deadline", "source", "search", "outbox", "admin");
        List<String> pairs = new ArrayList<>();
        uses.forEach((a, targets) -> targets.forEach(b -> {
            if (a.compareTo(b) < 0 && uses.getOrDefault(b, Set.of()).contains(a)) {
                pairs.add(a + " <-> " + b);
            }
        }));
        assertThat(pairs).as("top-level packages that import each other").isEmpty();
    }

    @Test
    void thePackagesFormLayers() throws IOException {
        Map<String, Set<String>> uses = uses();
        // peel off packages that use nothing left; what remains lies on a cycle
        Map<String, Set<String>> left = new TreeMap<>();
        uses.forEach((k, v) -> left.put(k, new TreeSet<>(v)));
        boolean peeled = true;
        while (peeled) {
            peeled = false;
            for (String p : List.copyOf(left.keySet())) {
                if (left.get(p).stream().noneMatch(left::containsKey)) {
                    left.remove(p);
                    peeled = true;
                }
            }
        }
        assertThat(left.keySet()).as("packages on a dependency cycle: " + left).isEmpty();
    }

    @Test
    void theLowerLayersDoNotKnowTheFeatures() throws IOException {
        Map<String, Set<String>> uses = uses();
        assertThat(uses.get("arabic")).doesNotContain("article", "claim", "deadline", "source", "search", "outbox", "admin");
        assertThat(uses.get("common")).doesNotContain("article", "claim", "deadline", "source", "search", "outbox", "admin");
        assertThat(uses.get("outbox")).doesNotContain("article", "claim", "deadline", "source", "search", "admin");
        assertThat(uses.get("source")).doesNotContain("article", "claim", "deadline", "search", "admin");
        assertThat(uses.get("search")).doesNotContain("article", "claim", "deadline", "admin");
        assertThat(uses.get("article")).doesNotContain("claim", "deadline", "admin");
        assertThat(uses.get("claim")).doesNotContain("deadline", "admin");
        assertThat(uses.get("deadline")).doesNotContain("claim", "admin");
    }

    @Test
    void noClassIsLongerThanFourHundredLines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
                if (lines > MAX_LINES && !BEING_SPLIT.contains(MAIN.relativize(file).toString().replace('\\', '/'))) {
                    tooLong.add(MAIN.relativize(file) + " (" + lines + " lines)");
                }
            }
        }
        assertThat(tooLong).as("main classes over " + MAX_LINES + " lines").isEmpty();
    }
}
