package io.raqib.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.article.ArticleService;
import io.raqib.outbox.OutboxEvent;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The indexer against the suite's real Elasticsearch node: what the outbox holds reaches the
 * index and leaves the outbox; several events for one document become one write; deletes of
 * documents the index never had, and events of an unknown kind, are settled, not retried forever.
 * The scheduled drain runs too (every second in tests), so each test waits for the outcome
 * rather than counting what its own call did.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class OutboxIndexerTest {
    @Inject
    OutboxIndexer indexer;

    @Inject
    SearchIndex index;

    @Inject
    ElasticsearchClient client;

    static long article() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return Api.createArticle(Map.of("title", "اختبار المفهرس " + run, "body", "نص لاختبار المفهرس " + run,
                "publishedAt", "2025-05-05", "outlet", "منفذ المفهرس " + run));
    }

    static long pending(String aggregate, long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregate = ?1 and aggregateId = ?2",
                aggregate, id));
    }

    static void record(String aggregate, long id, OutboxEvent.Operation operation, int times) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < times; i++) {
                OutboxEvent.record(aggregate, id, operation);
            }
        });
    }

    /** Drains until no event of this record is left (another drain may hold the lock a moment). */
    void settled(String aggregate, long id) throws InterruptedException {
        for (int i = 0; i < 100 && pending(aggregate, id) > 0; i++) {
            indexer.drain();
            Thread.sleep(100);
        }
        assertThat(pending(aggregate, id)).as("events left for %s %d", aggregate, id).isZero();
    }

    GetResponse<Map> document(long id) throws Exception {
        String alias = index.type(ArticleService.AGGREGATE).orElseThrow().alias();
        return client.get(g -> g.index(alias).id(Long.toString(id)), Map.class);
    }

    @Test
    void whatTheOutboxHoldsReachesTheIndexAndLeavesTheOutbox() throws Exception {
        long id = article();
        settled(ArticleService.AGGREGATE, id);
        GetResponse<Map> doc = document(id);
        assertThat(doc.found()).isTrue();
        assertThat((String) doc.source().get("title")).startsWith("اختبار المفهرس ");
    }

    @Test
    void eventsForOneDocumentBecomeOneWrite() throws Exception {
        long id = article();
        settled(ArticleService.AGGREGATE, id);
        long before = document(id).version();
        record(ArticleService.AGGREGATE, id, OutboxEvent.Operation.UPSERT, 3);
        settled(ArticleService.AGGREGATE, id);
        assertThat(document(id).version()).isEqualTo(before + 1);
    }

    @Test
    void deletesAreSettledEvenForDocumentsTheIndexNeverHad() throws Exception {
        long id = article();
        settled(ArticleService.AGGREGATE, id);
        record(ArticleService.AGGREGATE, id, OutboxEvent.Operation.DELETE, 1);
        settled(ArticleService.AGGREGATE, id);
        assertThat(document(id).found()).isFalse();
        // again: the node answers 404, which is what a delete wants
        record(ArticleService.AGGREGATE, id, OutboxEvent.Operation.DELETE, 1);
        settled(ArticleService.AGGREGATE, id);
        // an upsert of a record the database no longer has is a delete too
        long missing = 900_000_000_000L + System.nanoTime() % 1_000_000;
        record(ArticleService.AGGREGATE, missing, OutboxEvent.Operation.UPSERT, 1);
        settled(ArticleService.AGGREGATE, missing);
        assertThat(document(missing).found()).isFalse();
    }

    @Test
    void eventsOfAnUnknownKindAreDropped() throws Exception {
        record("no-such-kind", 7, OutboxEvent.Operation.UPSERT, 2);
        settled("no-such-kind", 7);
        assertThat(indexer.lastFailure()).isNull();
    }
}
