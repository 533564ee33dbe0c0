package io.raqib.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * CPU time a process has used (user + system, all its threads), from /proc (Linux): what a
 * request costs a process, which a loaded machine distorts far less than wall-clock latency.
 */
public final class ProcessCpu {
    /** Linux's USER_HZ, the unit of /proc/PID/stat's times; 100 on every common kernel. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** Milliseconds of CPU the process has used so far; empty without /proc or for a gone process. */
    public static OptionalLong millis(long pid) {
        Path stat = Path.of("/proc/" + pid + "/stat");
        try {
            String s = Files.readString(stat);
            // fields after the command name (which may hold spaces), counted from field 3 (state)
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime (14), stime (15)
            return OptionalLong.of(ticks * 1000 / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Milliseconds of CPU per kind of thread (the thread's name without its number: "C2 CompilerThre",
     * "executor-thread-", "vert.x-eventloo", "GC Thread#"…), so JIT compilation and garbage collection,
     * which a profile of Java code does not see, show beside the request threads.
     */
    public static java.util.Map<String, Long> byThread(long pid) {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            tasks.forEach(task -> {
                try {
                    String s = Files.readString(task.resolve("stat"));
                    String name = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')')).replaceAll("[0-9#]+$", "");
                    String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
                    out.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / TICKS_PER_SECOND, Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }

    /** The Elasticsearch node the suite started (its pid file), if any. */
    public static OptionalLong nodePid() {
        String state = System.getProperty("raqibtest.servers.es-state");
        if (state == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(Path.of(state, "elasticsearch.pid")).strip()));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
