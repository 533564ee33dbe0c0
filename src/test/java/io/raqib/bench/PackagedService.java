package io.raqib.bench;

import io.raqib.config.RaqibConfig;
import io.raqib.testsupport.TestServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (target/quarkus-app, built by `mvn package`), started as its own process
 * with the launcher's JVM settings on the suite's database and index, and a JFR recording started on
 * demand: so that start-up, memory and the profile are the service's own, not the test JVM's.
 */
public final class PackagedService implements AutoCloseable {
    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    /** The service's JVM as the launcher chooses it (scripts/lib.sh service_java: a JDK 25+ when there is one). */
    public static final String JAVA = launcher("service_java");
    /**
     * The class archive of a training run on the same database and node (scripts/appcds.sh), as `./raqib up`
     * makes it: the ahead-of-time cache on JDK 25+, AppCDS on 17.
     */
    public static final Path CDS = JAR.resolveSibling(launcher("archive_file '" + JAVA + "'"));
    private static final String ARCHIVE_FLAG = launcher("archive_use_flag '" + JAVA + "'");
    /** The launcher's JVM settings (./raqib up, the Dockerfile and the deployment say the same). */
    private static final List<String> JVM = List.of("-Xms64m", "-Xmx192m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=160m",
            "-XX:ReservedCodeCacheSize=128m", "-XX:TieredStopAtLevel=1");

    private final Process process;
    private final int port;
    private final Path recording;
    private final Path log;
    private final long readyMillis;
    private final long readyCpuMillis;

    private PackagedService(Process process, int port, Path recording, Path log, long readyMillis, long readyCpuMillis) {
        this.process = process;
        this.port = port;
        this.recording = recording;
        this.log = log;
        this.readyMillis = readyMillis;
        this.readyCpuMillis = readyCpuMillis;
    }

    /** Starts it and waits until /q/health/ready answers 200; empty when there is no packaged jar. */
    /**
     * The settings a search load needs: the suite's database, this node address, the test
     * profile's aliases, anonymous reads and no rate limit.
     */
    public static Map<String, String> searchLoadConfig(TestServers servers, String nodeHosts,
                                                       RaqibConfig config) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", servers.jdbcUrl(),
                "quarkus.datasource.username", servers.username(),
                "quarkus.datasource.password", servers.password(),
                "quarkus.elasticsearch.hosts", nodeHosts,
                "raqib.search.articles-alias", config.search().articlesAlias(),
                "raqib.search.claims-alias", config.search().claimsAlias(),
                "raqib.auth.anonymous-read", "true",
                "raqib.auth.rate-limit.per-key-per-minute", "100000000",
                "raqib.auth.rate-limit.per-address-per-minute", "100000000"));
        // the prod profile's own value would win over the plain name
        settings.put("%prod.raqib.auth.anonymous-read", "true");
        return settings;
    }

    public static Optional<PackagedService> start(Map<String, String> config, Path dir) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            return Optional.empty();
        }
        Files.createDirectories(dir);
        if (!Files.isRegularFile(CDS) || Files.getLastModifiedTime(CDS).compareTo(Files.getLastModifiedTime(JAR)) < 0) {
            train(config);
        }
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path recording = dir.resolve("service.jfr");
        Path log = dir.resolve("service.log");
        Files.deleteIfExists(recording);
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(JVM);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1"));
        if (Files.isRegularFile(CDS)) {
            // the archive matches only the class path it was made with: quarkus-run.jar, from its folder
            command.add(ARCHIVE_FLAG);
        }
        // e.g. -Dbench.service.opts="-XX:NativeMemoryTracking=summary -XX:TieredStopAtLevel=4" (C2 back)
        for (String option : System.getProperty("bench.service.opts", "").split("\\s+")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(JAR.getFileName().toString());
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).directory(JAR.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        Process process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the packaged service exited; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    long readyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                    return Optional.of(new PackagedService(process, port, recording, log, readyMillis,
                            cpuMillis(process.pid())));
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the packaged service was not ready within 120 s; see " + log.toAbsolutePath());
    }

    /**
     * Makes the AppCDS archive as a deployment does once per build: a training run of the service on
     * this database and node (scripts/appcds.sh; the JVM writes every class it loaded as it exits).
     */
    private static void train(Map<String, String> config) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("scripts/appcds.sh", "train", "--"));
        command.addAll(JVM);
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(JAR.toAbsolutePath().resolveSibling("app-cds-training.out").toFile());
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        long started = System.nanoTime();
        Process training = builder.start();
        if (!training.waitFor(10, TimeUnit.MINUTES) || training.exitValue() != 0) {
            training.destroyForcibly();
            System.out.println("no class archive (training run failed): the service starts without one");
        } else {
            System.out.printf(Locale.ROOT, "%s made by a training run on this database and node (%s) in %d s (%d MB)%n",
                    CDS.getFileName(), JAVA, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), Files.size(CDS) >> 20);
        }
    }

    /**
     * Starts the JFR recording (written when the service stops). Called after the measured load, so
     * that neither the start-up, the latencies nor the memory figure carry the profiler's cost.
     */
    public void startProfiling() throws IOException, InterruptedException {
        startRecording(process, recording);
    }

    /** One line printed by a function of scripts/lib.sh, the launcher's own choice. */
    private static String launcher(String function) {
        try {
            Process p = new ProcessBuilder("bash", "-c", "source scripts/lib.sh && " + function)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String line = new String(p.getInputStream().readAllBytes()).strip();
            if (p.waitFor() != 0 || line.isEmpty()) {
                throw new IllegalStateException("scripts/lib.sh " + function + " failed");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** CPU time (user + system) the process has used so far, from /proc (Linux); -1 when unknown. */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of stat, in clock ticks (100 a second on Linux)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void startRecording(Process service, Path recording) throws IOException, InterruptedException {
        Path java = Path.of(JAVA);
        Path jcmd = java.getParent() == null ? Path.of("jcmd") : java.getParent().resolve("jcmd");
        Process start = new ProcessBuilder(jcmd.toString(), Long.toString(service.pid()), "JFR.start", "settings=profile",
                "dumponexit=true", "filename=" + recording.toAbsolutePath()).redirectErrorStream(true).start();
        String said = new String(start.getInputStream().readAllBytes());
        if (!start.waitFor(60, TimeUnit.SECONDS) || start.exitValue() != 0) {
            throw new IllegalStateException("could not start the service's JFR recording: " + said);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** From starting the process to the first ready answer. */
    public long readyMillis() {
        return readyMillis;
    }

    /** The service's CPU time (all its threads: start-up, JIT, GC) until its first ready answer. */
    public long readyCpuMillis() {
        return readyCpuMillis;
    }

    /** What Quarkus itself says ("started in 1.234s"), when it says it. */
    public String startedLine() throws IOException {
        return Files.readAllLines(log).stream().filter(l -> l.contains("started in")).findFirst()
                .map(l -> l.replaceAll(".*(started in [0-9.]+s).*", "$1")).orElse("?");
    }

    /** Resident and peak resident memory of the service process, from /proc (Linux). */
    public String memory() throws IOException {
        Path status = Path.of("/proc/" + process.pid() + "/status");
        if (!Files.exists(status)) {
            return "unknown (no /proc)";
        }
        String rss = "?";
        String peak = "?";
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                rss = line.substring(6).strip();
            } else if (line.startsWith("VmHWM:")) {
                peak = line.substring(6).strip();
            }
        }
        return "RSS " + rss + " (peak " + peak + ")";
    }

    /** Stops the service (SIGTERM, so the JFR recording is written) and answers the recording. */
    public Path stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return recording;
    }

    /** The service's process id (its CPU time per request is read from /proc, see ProcessCpu). */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
