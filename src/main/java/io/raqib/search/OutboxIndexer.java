package io.raqib.search;

import io.raqib.outbox.OutboxEvent;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.raqib.config.RaqibConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Drains the outbox into Elasticsearch with bulk requests. Documents are rebuilt from the
 * database at send time, so several events for one article become one up-to-date operation.
 * Safe with several replicas: events are claimed with {@code FOR UPDATE SKIP LOCKED}, documents carry
 * external versions ({@link IndexVersions}), and nothing is sent while a replica rebuilds the indices.
 * When the node is unreachable the whole indexer backs off (doubling, capped) and the events
 * wait in the outbox; a document the node rejects backs off on its own.
 */
@ApplicationScoped
public class OutboxIndexer {
    private static final Logger LOG = Logger.getLogger(OutboxIndexer.class);

    @Inject
    ElasticsearchClient client;

    @Inject
    SearchIndex index;

    @Inject
    RaqibConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    NodeProbe probe;

    @Inject
    ReindexLease lease;

    @Inject
    EntityManager em;

    /** A batch holds its events' row locks while its bulk request runs; past this it rolls back. */
    private static final int BATCH_TIMEOUT_SECONDS = 120;

    private final AtomicLong pending = new AtomicLong();
    private Counter indexed;
    private Counter failures;
    private volatile Instant pausedUntil = Instant.EPOCH;
    private volatile Duration backoff;
    private volatile String lastFailure;

    private IdlePolls idle;

    @PostConstruct
    void metrics() {
        idle = new IdlePolls(parse(config.indexer().interval()), config.indexer().idleInterval());
        indexed = registry.counter("raqib.indexer.documents", "outcome", "indexed");
        failures = registry.counter("raqib.indexer.documents", "outcome", "failed");
        Gauge.builder("raqib.outbox.pending", pending, AtomicLong::get)
                .description("Changes not yet in the search index").register(registry);
    }

    // The defaults live in RaqibConfig.Indexer; its mapping makes them visible to these expressions.
    @Scheduled(every = "${raqib.indexer.interval}", delayed = "${raqib.indexer.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledDrain() {
        if (Instant.now().isBefore(pausedUntil) && probe.nodeIsBack()) {
            LOG.infof("search index reachable again; catching up");
            pausedUntil = Instant.EPOCH;
        }
        if (!Instant.now().isBefore(pausedUntil)) {
            if (!idle.due(System.nanoTime(), OutboxEvent.recordedCount())) {
                return; // an empty outbox is polled less often (IdlePolls)
            }
            int settled = drain();
            idle.polled(System.nanoTime(), settled == 0);
        }
        try {
            pending.set(QuarkusTransaction.requiringNew().call(OutboxEvent::pending));
        } catch (RuntimeException e) {
            LOG.debugf("outbox backlog unknown: %s", e.getMessage());
        }
    }

    /** The scheduler's interval ("1s", "500ms", "PT1S"); a second when it cannot be read. */
    static Duration parse(String interval) {
        String s = interval.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (s.startsWith("pt")) {
                return Duration.parse(s);
            }
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            }
            long amount = Long.parseLong(s.substring(0, s.length() - 1));
            return switch (s.charAt(s.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(1);
            };
        } catch (RuntimeException e) {
            return Duration.ofSeconds(1);
        }
    }

    /** Sends every due event; returns how many events were settled. Safe to call concurrently with writes. */
    public int drain() {
        int settled = 0;
        try {
            index.ensureExists();
            index.upgradeOutdated();
            while (true) {
                int batch = drainBatch();
                settled += batch;
                if (batch < config.indexer().batchSize()) {
                    break;
                }
            }
            backoff = null;
            lastFailure = null;
        } catch (Exception e) {
            Duration wait = backoff == null ? config.indexer().initialBackoff()
                    : min(backoff.multipliedBy(2), config.indexer().maxBackoff());
            backoff = wait;
            pausedUntil = Instant.now().plus(wait);
            lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.warnf("search index unreachable (%s); retrying in %s", lastFailure, wait);
        }
        return settled;
    }

    /**
     * One batch in one transaction: claim due events (locked, skipping those another replica holds),
     * step aside while any replica rebuilds the indices, draw the batch's external version, rebuild the
     * documents from the database, send them, then delete or reschedule the events. The locks last
     * until the bulk answered, so no other replica sends these events meanwhile; if the node fails the
     * transaction rolls back and the events stay.
     */
    private int drainBatch() throws Exception {
        return QuarkusTransaction.requiringNew().timeout(BATCH_TIMEOUT_SECONDS).call(() -> {
            List<OutboxEvent> events = OutboxEvent.claimDue(Instant.now(), config.indexer().batchSize());
            // read after the claim: see ReindexLease on why that order leaves no change behind
            if (events.isEmpty() || lease.held()) {
                return 0;
            }
            long version = IndexVersions.next(em);
            List<BulkOperation> operations = operations(events, version);
            Map<String, String> errors = new HashMap<>();
            if (!operations.isEmpty()) {
                BulkResponse response = client.bulk(b -> b
                        .operations(operations)
                        .refresh(config.indexer().refreshAfterBulk() ? Refresh.WaitFor : Refresh.False));
                for (BulkResponseItem item : response.items()) {
                    boolean missingOnDelete = "delete".equals(item.operationType().jsonValue()) && item.status() == 404;
                    // 409: the index already holds a later version of this document, written by another replica
                    boolean newerThere = item.status() == 409;
                    if (item.error() != null && !missingOnDelete && !newerThere) {
                        errors.put(aggregateOf(item.index()) + ":" + item.id(),
                                item.error().type() + ": " + item.error().reason());
                    }
                }
            }
            settle(events, errors);
            indexed.increment(operations.size() - errors.size());
            failures.increment(errors.size());
            return events.size();
        });
    }

    /** One bulk operation per changed document, rebuilt from the database, all under {@code version}. */
    private List<BulkOperation> operations(List<OutboxEvent> events, long version) throws IOException {
        Map<String, Map<Long, OutboxEvent.Operation>> latest = new LinkedHashMap<>();
        for (OutboxEvent event : events) {
            latest.computeIfAbsent(event.aggregate, a -> new LinkedHashMap<>()).put(event.aggregateId, event.operation);
        }
        List<BulkOperation> operations = new ArrayList<>();
        for (Map.Entry<String, Map<Long, OutboxEvent.Operation>> byType : latest.entrySet()) {
            IndexedType<?> type = index.type(byType.getKey()).orElse(null);
            if (type == null) {
                LOG.warnf("outbox events for unknown aggregate %s are dropped", byType.getKey());
                continue;
            }
            index.ensureExists(type);
            String alias = type.alias();
            List<Long> upserted = byType.getValue().entrySet().stream()
                    .filter(e -> e.getValue() == OutboxEvent.Operation.UPSERT).map(Map.Entry::getKey).toList();
            Map<Long, ?> loaded = type.loadAll(upserted); // one query for the batch, not one per document
            for (Map.Entry<Long, OutboxEvent.Operation> entry : byType.getValue().entrySet()) {
                String id = entry.getKey().toString();
                Optional<?> doc = entry.getValue() == OutboxEvent.Operation.UPSERT
                        ? Optional.ofNullable(loaded.get(entry.getKey())) : Optional.empty();
                if (doc.isEmpty()) {
                    operations.add(BulkOperation.of(o -> o.delete(d -> d.index(alias).id(id)
                            .version(version).versionType(VersionType.External))));
                } else {
                    Object document = doc.get();
                    operations.add(BulkOperation.of(o -> o.index(i -> i.index(alias).id(id).document(document)
                            .version(version).versionType(VersionType.External))));
                }
            }
        }
        return operations;
    }

    /** The aggregate whose versioned index ({alias}-v{n}) a bulk item went to. */
    private String aggregateOf(String concreteIndex) {
        return index.types().stream()
                .filter(t -> concreteIndex.startsWith(t.alias() + "-v"))
                .map(IndexedType::aggregate).findFirst().orElse("?");
    }

    /** Deletes the events that went through; reschedules the ones the node refused (in the claiming transaction). */
    private void settle(List<OutboxEvent> events, Map<String, String> errors) {
        List<Long> done = new ArrayList<>();
        for (OutboxEvent event : events) {
            String error = errors.get(event.aggregate + ":" + event.aggregateId);
            if (error == null) {
                done.add(event.id);
            } else {
                OutboxEvent managed = event;
                managed.attempts++;
                managed.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
                managed.nextAttemptAt = Instant.now().plus(min(
                        config.indexer().initialBackoff().multipliedBy(1L << Math.min(managed.attempts, 16)),
                        config.indexer().maxBackoff()));
                LOG.warnf("%s %d was refused by the search index (attempt %d): %s",
                        event.aggregate, event.aggregateId, managed.attempts, managed.lastError);
            }
        }
        if (!done.isEmpty()) {
            OutboxEvent.delete("id in ?1", done);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** How far the index is behind: the pending events and the oldest one's age, read in a transaction of its own. */
    public Backlog backlog() {
        return QuarkusTransaction.requiringNew().call(() -> new Backlog(OutboxEvent.pending(),
                OutboxEvent.oldestCreatedAt(), lastFailure, lastFailure == null ? null : pausedUntil));
    }

    /** The indexing backlog; {@code retryAt} only while the indexer waits after a failure. */
    public record Backlog(long pending, Instant oldest, String lastFailure, Instant retryAt) {
    }

    /** For the status endpoint: why the indexer is waiting, if it is. */
    public String lastFailure() {
        return lastFailure;
    }

    public Instant pausedUntil() {
        return pausedUntil;
    }
}
