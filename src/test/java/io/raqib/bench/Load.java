package io.raqib.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Closed-loop load: {@code clients} threads, each sending its requests one after the other
 * (every client starts at another query), timing each request and the whole run.
 */
public final class Load {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Latencies of every request, the wall time of the run, and when it ran (for the profile). */
    public record Result(String label, long[] nanos, long wallNanos, long startedMillis, long endedMillis) {
        public double p50() {
            return percentile(50);
        }

        public double p95() {
            return percentile(95);
        }

        public double perSecond() {
            return nanos.length * 1e9 / wallNanos;
        }

        double percentile(int p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
        }

        /** Several runs of the same requests as one: their latencies together, over the sum of their wall times. */
        public static Result together(String label, List<Result> runs) {
            long[] all = runs.stream().flatMapToLong(r -> Arrays.stream(r.nanos())).toArray();
            long wall = runs.stream().mapToLong(Result::wallNanos).sum();
            return new Result(label, all, wall, runs.get(0).startedMillis(), runs.get(runs.size() - 1).endedMillis());
        }

        public String line() {
            return String.format(Locale.ROOT, "%-44s p50 %7.2f ms  p95 %7.2f ms  %7.1f req/s  (%d requests)", label,
                    p50(), p95(), perSecond(), nanos.length);
        }
    }

    private Load() {
    }

    /** Sends {@code perClient} requests from each of {@code clients} threads; any non-200 fails the run. */
    public static Result run(String label, int clients, int perClient, List<String> queries,
                             Function<String, HttpRequest> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "bench-client");
            t.setDaemon(true);
            return t;
        });
        long[] nanos = new long[clients * perClient];
        long started = System.currentTimeMillis();
        long wallStart = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        String q = queries.get((client * 7 + i) % queries.size());
                        long t0 = System.nanoTime();
                        send(request.apply(q));
                        nanos[client * perClient + i] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(label, nanos, System.nanoTime() - wallStart, started, System.currentTimeMillis());
    }

    public static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
