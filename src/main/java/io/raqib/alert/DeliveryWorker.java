package io.raqib.alert;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The background side of webhooks: each run fans recorded events out into deliveries, sends the
 * due ones (outside any transaction, all at once), and logs every attempt. A failed delivery is
 * retried after a wait that doubles with each attempt; a subscription whose target has failed
 * every attempt for {@code raqib.webhooks.pause-after} is paused and says why.
 */
@ApplicationScoped
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    private static final int EVENTS_PER_RUN = 500;

    @Inject
    WebhookConfig config;

    @Inject
    FanOut fanOut;

    @Inject
    WebhookSender sender;

    void loadSubscriptions(@Observes StartupEvent start) {
        refreshRecordedEvents();
    }

    // The defaults live in WebhookConfig; its mapping makes them visible to these expressions.
    @Scheduled(every = "${raqib.webhooks.interval}", delayed = "${raqib.webhooks.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            refreshRecordedEvents();
            while (QuarkusTransaction.requiringNew().call(() -> fanOut.run(EVENTS_PER_RUN)) == EVENTS_PER_RUN) {
                LOG.debugf("more events waiting; fanning out again");
            }
            List<WebhookSender.Outgoing> due = QuarkusTransaction.requiringNew().call(this::due);
            if (!due.isEmpty()) {
                List<WebhookSender.Outcome> outcomes = sender.send(due);
                QuarkusTransaction.requiringNew().run(() -> outcomes.forEach(this::settle));
            }
        } catch (RuntimeException e) {
            LOG.warnf("webhook run failed (%s); trying again at the next run", e.toString());
        }
    }

    private void refreshRecordedEvents() {
        RecordedEvents.set(QuarkusTransaction.requiringNew().call(Subscription::recordedEvents));
    }

    /**
     * Claims the due deliveries for this pod: under the workers' lock, each is leased (its next
     * attempt moved past the time a send can take), so another pod does not send it meanwhile and
     * one that dies mid-send leaves it to be tried again when the lease runs out. What is due is read
     * again under the lock, so a delivery another pod leased meanwhile is not sent twice.
     */
    private List<WebhookSender.Outgoing> due() {
        Instant now = Instant.now();
        Instant leasedUntil = now.plus(config.connectTimeout()).plus(config.requestTimeout()).plusSeconds(5);
        if (!Delivery.anyDue(now)) {
            // nothing due (the usual run): no need to queue behind the other pods for the lock
            return List.of();
        }
        WorkerLock.take();
        List<Delivery> due = Delivery.due(now, config.batchSize());
        due.forEach(d -> d.nextAttemptAt = leasedUntil);
        return due.stream().map(d -> new WebhookSender.Outgoing(
                d.id, d.subscription.url, d.subscription.secret, d.event, d.payload)).toList();
    }

    /** Logs the attempt; settles or reschedules the delivery; tells the subscription how its target is doing. */
    private void settle(WebhookSender.Outcome outcome) {
        Delivery delivery = Delivery.findById(outcome.delivery().deliveryId());
        if (delivery == null) {
            return;
        }
        Instant now = Instant.now();
        delivery.attempts++;
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.deliveryId = delivery.id;
        attempt.attempt = delivery.attempts;
        attempt.attemptedAt = outcome.at();
        attempt.statusCode = outcome.statusCode();
        attempt.error = outcome.error();
        attempt.durationMs = outcome.durationMs();
        attempt.persist();
        Subscription subscription = delivery.subscription;
        if (outcome.delivered()) {
            delivery.status = Delivery.Status.DELIVERED;
            delivery.deliveredAt = now;
            subscription.failingSince = null;
            subscription.lastSuccessAt = now;
            return;
        }
        if (delivery.attempts >= config.maxAttempts()) {
            delivery.status = Delivery.Status.FAILED;
        } else {
            delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
        }
        if (subscription.failingSince == null) {
            subscription.failingSince = outcome.at();
        }
        if (subscription.status == Subscription.Status.ACTIVE
                && !subscription.failingSince.plus(config.pauseAfter()).isAfter(now)) {
            subscription.pause("the target has failed every delivery since " + subscription.failingSince
                    + "; the last attempt: " + outcome.error(), now);
            LOG.warnf("webhook subscription %d paused: %s", subscription.id, subscription.pausedReason);
        }
    }

    /** The wait after the n-th failed attempt: initial, doubling, capped. */
    Duration backoff(int attempts) {
        Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }
}
