package io.raqib.alert;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Sends deliveries as signed JSON POSTs with the JDK's HTTP client, all of a batch at once, with short timeouts. */
@ApplicationScoped
public class WebhookSender {
    static final String USER_AGENT = "Raqib-Webhooks/1";

    @Inject
    WebhookConfig config;

    private HttpClient client;
    private TargetAddresses targets;

    @PostConstruct
    void start() {
        targets = TargetAddresses.of(config);
        // HTTP/1.1: many receivers mishandle the h2c upgrade an HTTP/2 client offers over plain http
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What is sent: the delivery's target, secret and fixed body. */
    public record Outgoing(String deliveryId, String url, String secret, String event, String payload) {
    }

    /** What came of one try: the status the target answered (null when none), or why it failed. */
    public record Outcome(Outgoing delivery, Instant at, Integer statusCode, String error, long durationMs) {
        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    public List<Outcome> send(List<Outgoing> batch) {
        List<CompletableFuture<Outcome>> sent = batch.stream().map(this::send).toList();
        return sent.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<Outcome> send(Outgoing d) {
        Instant at = Instant.now();
        long start = System.nanoTime();
        byte[] body = d.payload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request;
        URI target;
        try {
            target = URI.create(d.url());
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(d, at, null, "bad target: " + e.getMessage(), 0));
        }
        // Again at every delivery: the name may point elsewhere now (DNS rebinding). The client's own
        // lookup follows at once and meets the JVM's address cache, which this lookup has just filled.
        java.util.Optional<String> refused = target.getHost() == null ? java.util.Optional.of("it has no host")
                : targets.refusalOnDelivery(target.getHost());
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new Outcome(d, at, null, "refused: " + refused.get(), 0));
        }
        try {
            request = HttpRequest.newBuilder(target).timeout(config.requestTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", USER_AGENT)
                    .header("X-Raqib-Event", d.event())
                    .header("X-Raqib-Delivery", d.deliveryId())
                    .header(Signatures.HEADER, Signatures.sign(d.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(d, at, null, "bad target: " + e.getMessage(), 0));
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        return new Outcome(d, at, null, describe(cause), ms);
                    }
                    int status = response.statusCode();
                    return new Outcome(d, at, status, status / 100 == 2 ? null : "HTTP " + status, ms);
                });
    }

    private static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage();
        String text = t.getClass().getSimpleName() + message;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
