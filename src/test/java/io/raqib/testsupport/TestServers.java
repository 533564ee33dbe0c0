package io.raqib.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL and Elasticsearch that tests run against: started once per test JVM, on first use,
 * on free ports under {@code target/test-servers/<pid>/}, through {@code scripts/postgres.sh} and
 * {@code scripts/elasticsearch.sh} (which run them as the unprivileged user {@code raqib} when the
 * JVM runs as root, and install what is missing). They are stopped and their directories removed
 * when the JUnit session closes ({@link TestServersSessionListener}) or, failing that, when the JVM
 * exits.
 *
 * <p>External servers instead: set {@code RAQIB_TEST_JDBC_URL} (with {@code RAQIB_TEST_JDBC_USERNAME},
 * {@code RAQIB_TEST_JDBC_PASSWORD}, default {@code raqib}/{@code raqib}) and/or
 * {@code RAQIB_TEST_ES_HOSTS} ({@code host:port}); what is given is used and not started.
 *
 * <p>Other knobs (environment): {@code RAQIB_SCRIPTS} (the scripts directory), {@code RAQIB_ES_HOME}
 * and {@code RAQIB_PG_BIN} (exported by {@code ./raqib test}), {@code RAQIB_TEST_SERVERS_DIR} (instead
 * of {@code target/test-servers}).
 *
 * <p>Quarkus loads test classes in several class loaders (one set per application it starts), so
 * this class may exist several times in one JVM. Its state therefore lives in system properties and
 * its lock is an interned string, both shared JVM-wide: the servers start once whichever copy asks.
 */
public final class TestServers {

    /** JVM-wide lock: string literals are interned, so every copy of this class sees the same object. */
    private static final String LOCK = "io.raqib.testsupport.TestServers.lock";
    private static final String P = "raqibtest.servers.";
    private static final long START_TIMEOUT_MINUTES = 15;

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String elasticsearchHosts;

    private TestServers(String jdbcUrl, String username, String password, String elasticsearchHosts) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.elasticsearchHosts = elasticsearchHosts;
    }

    /** The servers, started on first call (blocks until both answer). */
    public static TestServers get() {
        synchronized (LOCK) {
            String state = System.getProperty(P + "state", "");
            switch (state) {
                case "started" -> {
                    return fromProperties();
                }
                case "failed" -> throw new IllegalStateException(
                        "test servers failed to start earlier in this JVM: " + System.getProperty(P + "error"));
                case "stopped" -> throw new IllegalStateException("test servers were already stopped in this JVM");
                default -> {
                    try {
                        start();
                    } catch (RuntimeException | Error e) {
                        System.setProperty(P + "state", "failed");
                        System.setProperty(P + "error", String.valueOf(e.getMessage()));
                        stopQuietly("start failed");
                        throw e;
                    }
                    return fromProperties();
                }
            }
        }
    }

    /** True once servers were started (or external ones adopted) in this JVM and not yet stopped. */
    public static boolean isStarted() {
        return "started".equals(System.getProperty(P + "state"));
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** {@code host:port} of Elasticsearch's HTTP endpoint, as {@code quarkus.elasticsearch.hosts} wants it. */
    public String elasticsearchHosts() {
        return elasticsearchHosts;
    }

    @Override
    public String toString() {
        return "TestServers[jdbc=" + jdbcUrl + ", elasticsearch=" + elasticsearchHosts + "]";
    }

    /** Stops what this JVM started, if anything; idempotent, callable from any class loader. */
    public static void stop() {
        stop("stop requested");
    }

    static void stop(String reason) {
        stopQuietly(reason);
    }

    // ------------------------------------------------------------------------------------------

    private static TestServers fromProperties() {
        return new TestServers(System.getProperty(P + "jdbc-url"), System.getProperty(P + "username"),
                System.getProperty(P + "password"), System.getProperty(P + "es-hosts"));
    }

    private static void start() {
        long started = System.nanoTime();
        String externalJdbc = env("RAQIB_TEST_JDBC_URL");
        String externalEs = env("RAQIB_TEST_ES_HOSTS");
        String username = externalJdbc != null ? envOr("RAQIB_TEST_JDBC_USERNAME", "raqib") : "raqib";
        String password = externalJdbc != null ? envOr("RAQIB_TEST_JDBC_PASSWORD", "raqib") : "raqib";

        String jdbcUrl = externalJdbc;
        String esHosts = externalEs;
        if (externalJdbc == null || externalEs == null) {
            Path basedir = basedir();
            Path scripts = scriptsDir(basedir);
            Path runDir = runDir(basedir);
            try {
                Files.createDirectories(runDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + runDir, e);
            }
            System.setProperty(P + "run-dir", runDir.toString());
            System.setProperty(P + "scripts", scripts.toString());
            // registered before anything starts, so a half-started run is cleaned up too
            Runtime.getRuntime().addShutdownHook(
                    new Thread(() -> stopQuietly("JVM exit"), "raqib-test-servers-stop"));

            CompletableFuture<String> pg = null;
            CompletableFuture<String> es = null;
            if (externalJdbc == null) {
                int port = freePort();
                System.setProperty(P + "pg-state", runDir.resolve("postgres").toString());
                pg = CompletableFuture.supplyAsync(() -> {
                    run(scripts, runDir, "postgres-install", "postgres.sh", "install");
                    run(scripts, runDir, "postgres-start", "postgres.sh", "start", "--state",
                            runDir.resolve("postgres").toString(), "--port", String.valueOf(port), "--throwaway");
                    return "jdbc:postgresql://127.0.0.1:" + port + "/raqib";
                });
            }
            if (externalEs == null) {
                int port = freePort();
                System.setProperty(P + "es-state", runDir.resolve("elasticsearch").toString());
                es = CompletableFuture.supplyAsync(() -> {
                    run(scripts, runDir, "elasticsearch-install", "elasticsearch.sh", "install");
                    run(scripts, runDir, "elasticsearch-start", "elasticsearch.sh", "start", "--state",
                            runDir.resolve("elasticsearch").toString(), "--port", String.valueOf(port));
                    return "127.0.0.1:" + port;
                });
            }
            try {
                if (pg != null) {
                    jdbcUrl = pg.get(START_TIMEOUT_MINUTES, TimeUnit.MINUTES);
                }
                if (es != null) {
                    esHosts = es.get(START_TIMEOUT_MINUTES, TimeUnit.MINUTES);
                }
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(cause);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("test servers did not start within " + START_TIMEOUT_MINUTES + " min", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting test servers", e);
            }
        }
        System.setProperty(P + "jdbc-url", jdbcUrl);
        System.setProperty(P + "username", username);
        System.setProperty(P + "password", password);
        System.setProperty(P + "es-hosts", esHosts);
        System.setProperty(P + "state", "started");
        System.err.printf("[test-servers] PostgreSQL %s%s, Elasticsearch %s%s ready in %d ms%n",
                jdbcUrl, externalJdbc != null ? " (external)" : "",
                esHosts, externalEs != null ? " (external)" : "",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /**
     * Stops the servers this JVM started and removes their directories. Uses JDK classes only: it
     * may run in a shutdown hook after the class loader that loaded this class was closed.
     */
    private static void stopQuietly(String reason) {
        String runDir;
        String scripts;
        synchronized (LOCK) {
            runDir = System.getProperty(P + "run-dir");
            scripts = System.getProperty(P + "scripts");
            if (runDir == null || scripts == null || "true".equals(System.getProperty(P + "stopped"))) {
                return;
            }
            System.setProperty(P + "stopped", "true");
            if ("started".equals(System.getProperty(P + "state"))) {
                System.setProperty(P + "state", "stopped");
            }
        }
        System.err.println("[test-servers] stopping (" + reason + ")");
        long started = System.nanoTime();
        List<Process> stops = new ArrayList<>();
        String pgState = System.getProperty(P + "pg-state");
        String esState = System.getProperty(P + "es-state");
        try {
            if (pgState != null) {
                stops.add(new ProcessBuilder("bash", Path.of(scripts, "postgres.sh").toString(), "stop",
                        "--state", pgState, "--purge").inheritIO().start());
            }
            if (esState != null) {
                stops.add(new ProcessBuilder("bash", Path.of(scripts, "elasticsearch.sh").toString(), "stop",
                        "--state", esState, "--purge").inheritIO().start());
            }
            for (Process p : stops) {
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        } catch (IOException e) {
            System.err.println("[test-servers] could not stop: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteRecursively(new File(runDir));
        System.err.printf("[test-servers] stopped in %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Deletes a directory tree without following symlinks (java.io only, see stopQuietly). */
    private static void deleteRecursively(File f) {
        if (f.isDirectory() && !Files.isSymbolicLink(f.toPath())) {
            File[] children = f.listFiles();
            if (children != null) {
                for (File c : children) {
                    deleteRecursively(c);
                }
            }
        }
        f.delete();
    }

    private static void run(Path scripts, Path runDir, String name, String script, String... args) {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(scripts.resolve(script).toString());
        command.addAll(List.of(args));
        Path log = runDir.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        try {
            Process p = pb.start();
            if (!p.waitFor(START_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " timed out" + tail(log));
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + p.exitValue() + tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "; last lines of " + log + ":\n  "
                    + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    /** The project directory: system property raqibtest.basedir (set by the pom), else found upwards from user.dir. */
    private static Path basedir() {
        String prop = System.getProperty("raqibtest.basedir");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("scripts/elasticsearch.sh"))) {
                return p;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    private static Path scriptsDir(Path basedir) {
        String configured = env("RAQIB_SCRIPTS");
        Path scripts = configured != null ? Path.of(configured) : basedir.resolve("scripts");
        if (!Files.isRegularFile(scripts.resolve("elasticsearch.sh"))) {
            throw new IllegalStateException("no scripts/elasticsearch.sh under " + scripts
                    + " (set RAQIB_SCRIPTS, or run from the project directory)");
        }
        return scripts.toAbsolutePath();
    }

    private static Path runDir(Path basedir) {
        String configured = env("RAQIB_TEST_SERVERS_DIR");
        Path base = configured != null ? Path.of(configured) : basedir.resolve("target/test-servers");
        return base.resolve(String.valueOf(ProcessHandle.current().pid())).toAbsolutePath();
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String envOr(String name, String fallback) {
        String v = env(name);
        return v == null ? fallback : v;
    }
}
