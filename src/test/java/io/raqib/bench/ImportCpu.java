package io.raqib.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU of an import goes, per article: the processes from /proc (this JVM, which runs the
 * service; every PostgreSQL process of the suite's cluster; the Elasticsearch node), this JVM's
 * garbage collection and JIT threads, and its Java threads split by a JFR recording into the import's
 * stages (extraction per extractor class, the chunk writer, the outbox indexer, the rest). CPU time is
 * what a shared machine distorts least.
 */
public final class ImportCpu {
    private static final long TICKS_PER_SECOND = 100;
    private static final List<String> EXTRACTORS = List.of("io.raqib.arabic.", "io.raqib.claim.extraction.",
            "io.raqib.deadline.extraction.");

    /** CPU milliseconds so far of the service's JVM (in all and per kind of thread), PostgreSQL and the node. */
    public record Snapshot(long jvm, Map<String, Long> threads, long postgres, long node) {
        public static Snapshot take() {
            long self = ProcessHandle.current().pid();
            return new Snapshot(ProcessCpu.millis(self).orElse(0), ProcessCpu.byThread(self), ImportCpu.postgres(),
                    ProcessCpu.nodePid().stream().map(pid -> ProcessCpu.millis(pid).orElse(0)).findFirst().orElse(0L));
        }
    }

    private ImportCpu() {
    }

    /**
     * PostgreSQL's CPU: the postmaster (with its children that ended), and every live child (backends,
     * WAL writer, checkpointer…). Zero when the suite uses a database it did not start.
     */
    static long postgres() {
        String state = System.getProperty("raqibtest.servers.pg-state");
        if (state == null) {
            return 0;
        }
        long postmaster;
        try {
            postmaster = Long.parseLong(Files.readAllLines(Path.of(state, "data", "postmaster.pid")).get(0).strip());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
                String[] f = stat(p);
                if (f == null) {
                    continue;
                }
                long pid = Long.parseLong(p.getFileName().toString());
                if (pid == postmaster) {
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                } else if (Long.parseLong(f[1]) == postmaster) {
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** The fields of /proc/PID/stat after the command name, from field 3 (state); null for a gone process. */
    private static String[] stat(Path process) {
        try {
            String s = Files.readString(process.resolve("stat"));
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The breakdown of the CPU between two snapshots, per article, with the stages of the recording. */
    public static String breakdown(Snapshot before, Snapshot after, int articles, Path recording) throws IOException {
        long jvm = after.jvm - before.jvm;
        Map<String, Long> threads = new HashMap<>();
        after.threads.forEach((name, ms) -> threads.merge(name, ms - before.threads.getOrDefault(name, 0L), Long::sum));
        long gc = sum(threads, "GC Thread", "G1 ", "VM Thread", "VM Periodic");
        long jit = sum(threads, "C1 CompilerThre", "C2 CompilerThre");
        // the test's own thread sends the body and polls the search: a client, which a deployment runs elsewhere
        // (the JVM leaves the main thread the launcher's name in /proc, "java")
        long client = sum(threads, "java", "main");
        long java = Math.max(0, jvm - gc - jit);
        long service = jvm - client;
        long pg = after.postgres - before.postgres;
        long node = after.node - before.node;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "CPU per article (from /proc, start of the import until searchable): "
                        + "service %.2f ms (Java threads %.2f of which extraction threads %.2f, GC %.2f, JIT %.2f), "
                        + "PostgreSQL %.2f ms, Elasticsearch node %.2f ms; in all %.2f ms = at most %.0f articles/s on %d "
                        + "cores; the test client in the same JVM (its main thread) %.2f ms more%n",
                per(service, articles), per(java - client, articles), per(sum(threads, "raqib-extract-"), articles),
                per(gc, articles), per(jit, articles), per(pg, articles), per(node, articles),
                per(service + pg + node, articles),
                1000.0 * articles * Runtime.getRuntime().availableProcessors() / Math.max(1, service + pg + node),
                Runtime.getRuntime().availableProcessors(), per(client, articles)));
        if (recording != null) {
            stages(recording, java, articles, out);
        }
        return out.toString();
    }

    private static void stages(Path recording, long javaMillis, int articles, StringBuilder out) throws IOException {
        Map<String, Integer> stage = new HashMap<>();
        Map<String, Integer> extractor = new HashMap<>();
        Map<String, Integer> writer = new HashMap<>();
        int samples = 0;
        int extraction = 0;
        int writing = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null
                    || e.getStackTrace().getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            String thread = e.getThread("sampledThread") == null ? "" : String.valueOf(e.getThread("sampledThread").getJavaName());
            String s = stageOf(frames, thread);
            stage.merge(s, 1, Integer::sum);
            if (s.startsWith("extraction")) {
                extraction++;
                extractor.merge(extractorOf(frames), 1, Integer::sum);
            } else if (s.startsWith("chunk writer")) {
                writing++;
                writer.merge(layerOf(frames), 1, Integer::sum);
            }
        }
        out.append(String.format(Locale.ROOT, "  the service's Java threads by stage (JFR, %d samples; ms per article "
                + "= share of the Java threads' CPU):%n", samples));
        table(out, stage, samples, javaMillis, articles, 12);
        out.append("  extraction by extractor (first extraction class from the top of the stack):\n");
        table(out, extractor, samples, javaMillis, articles, 14);
        out.append("  chunk writer by layer (first match from the top of the stack):\n");
        table(out, writer, samples, javaMillis, articles, 8);
    }

    private static String stageOf(List<RecordedFrame> frames, String thread) {
        for (RecordedFrame f : frames) {
            String type = type(f);
            if (type.equals("io.raqib.ingest.LinePreparer")) {
                return "extraction (LinePreparer: JSON, validation, claims, deadlines)";
            }
            if (type.equals("io.raqib.ingest.ChunkWriter")) {
                return "chunk writer (one transaction per chunk)";
            }
            if (type.equals("io.raqib.search.OutboxIndexer")) {
                return "outbox indexer (documents, bulk requests)";
            }
            if (type.startsWith("io.raqib.ingest.NdjsonLines")) {
                return "reading the NDJSON body";
            }
        }
        if (thread.equals("main")) {
            return "the test client (main thread: sends the body, polls the search)";
        }
        if (thread.startsWith("vert.x") || thread.startsWith("executor-thread")) {
            return "HTTP and other service work (" + thread.replaceAll("[0-9-]+$", "") + ")";
        }
        return "other threads (" + thread.replaceAll("[0-9-]+$", "") + ")";
    }

    private static String extractorOf(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String type = type(f);
            if (EXTRACTORS.stream().anyMatch(type::startsWith)) {
                return type.substring("io.raqib.".length()).replaceAll("\\$.*$", "");
            }
        }
        return "outside the extractors (JSON, validation, hashing, " + type(frames.get(0)).replaceAll("\\.[^.]+$", "") + ")";
    }

    private static String layerOf(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String type = type(f);
            if (type.startsWith("org.postgresql")) {
                return "PostgreSQL driver (JDBC)";
            }
            if (type.startsWith("org.hibernate")) {
                return "Hibernate";
            }
            if (type.startsWith("io.raqib")) {
                return "Raqib: " + type.substring("io.raqib.".length()).replaceAll("\\$.*$", "");
            }
        }
        return "other (" + type(frames.get(0)).replaceAll("\\.[^.]+$", "") + ")";
    }

    private static void table(StringBuilder out, Map<String, Integer> counts, int samples, long javaMillis, int articles,
                              int top) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append(String.format(Locale.ROOT, "    %5.1f%%  %6.2f ms  %s%n",
                        100.0 * e.getValue() / Math.max(1, samples),
                        per(javaMillis, articles) * e.getValue() / Math.max(1, samples), e.getKey())));
    }

    private static long sum(Map<String, Long> threads, String... prefixes) {
        return threads.entrySet().stream().filter(t -> Stream.of(prefixes).anyMatch(t.getKey()::startsWith))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static double per(long millis, int articles) {
        return millis / (double) Math.max(1, articles);
    }

    private static String type(RecordedFrame f) {
        return f.getMethod() == null || f.getMethod().getType() == null ? "" : f.getMethod().getType().getName();
    }
}
