package io.raqib.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Sends several requests to the running test application at the same instant (a start gate
 * releases every thread together), to race writers against each other and the real database.
 */
public final class Concurrently {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Concurrently() {
    }

    /** One request: method, path, headers, body (null: none). */
    public record Call(String method, String path, Map<String, String> headers, String body) {
        public static Call json(String method, String path, String body) {
            return new Call(method, path, Map.of("Content-Type", "application/json"), body);
        }

        public Call with(String header, String value) {
            Map<String, String> all = new java.util.HashMap<>(headers);
            all.put(header, value);
            return new Call(method, path, all, body);
        }
    }

    /** What came back: status, ETag header, body. */
    public record Answer(int status, String etag, String contentType, String body) {
    }

    public static List<Answer> run(int writers, IntFunction<Call> calls) {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Call call = calls.apply(i);
                futures.add(pool.submit(() -> {
                    gate.await();
                    return send(call);
                }));
            }
            gate.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
    }

    public static Answer send(Call call) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + io.restassured.RestAssured.port + call.path()))
                .timeout(Duration.ofSeconds(60))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
        call.headers().forEach(request::header);
        if (!call.headers().containsKey("X-API-Key") && !call.headers().containsKey("Authorization")
                && !call.headers().containsKey(TestKeys.ANONYMOUS)) {
            request.header("X-API-Key", TestKeys.suiteKey()); // writes need a key
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
    }
}
