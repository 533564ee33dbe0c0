package io.raqib.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.raqib.article.Article;
import io.raqib.config.RaqibConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The article index: versioned concrete indices ({alias}-v1, -v2, …) behind one alias, with
 * settings and mappings from {@code search/articles-index.json}. A reindex builds the next
 * version from the database and swaps the alias in one atomic step.
 */
@ApplicationScoped
public class SearchIndex {
    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    private static final String DEFINITION = "/search/articles-index.json";

    @Inject
    ElasticsearchClient client;

    @Inject
    RaqibConfig config;

    /** Held while the alias moves, so the outbox indexer never writes into an index being replaced. */
    final ReentrantLock aliasLock = new ReentrantLock();

    private volatile boolean ready;

    public String alias() {
        return config.search().articlesAlias();
    }

    /** Creates {alias}-v1 behind the alias unless the alias exists. Idempotent. */
    public void ensureExists() throws IOException {
        if (ready) {
            return;
        }
        if (!client.indices().existsAlias(a -> a.name(alias())).value()) {
            String first = alias() + "-v1";
            if (!client.indices().exists(e -> e.index(first)).value()) {
                create(first);
            }
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(first).alias(alias()))));
            LOG.infof("created search index %s behind alias %s", first, alias());
        }
        ready = true;
    }

    private void create(String index) throws IOException {
        try (InputStream definition = SearchIndex.class.getResourceAsStream(DEFINITION)) {
            client.indices().create(c -> c.index(index).withJson(definition));
        }
    }

    /** The result of a reindex, for the admin endpoint. */
    public record ReindexReport(String index, String previousIndex, long documents, long failed, long tookMillis) {
    }

    /** Builds the next index version from the database, then points the alias at it. */
    public ReindexReport reindex() throws IOException {
        aliasLock.lock();
        try {
            long started = System.currentTimeMillis();
            ensureExists();
            Set<String> current = currentIndices();
            int next = current.stream().mapToInt(SearchIndex::versionOf).max().orElse(0) + 1;
            String target = alias() + "-v" + next;
            if (client.indices().exists(e -> e.index(target)).value()) {
                client.indices().delete(d -> d.index(target));
            }
            create(target);
            AtomicLong failed = new AtomicLong();
            long documents = loadAll(target, failed);
            client.indices().refresh(r -> r.index(target));
            client.indices().updateAliases(u -> {
                u.actions(a -> a.add(add -> add.index(target).alias(alias())));
                for (String old : current) {
                    u.actions(a -> a.remove(rm -> rm.index(old).alias(alias())));
                }
                return u;
            });
            for (String old : current) {
                client.indices().delete(d -> d.index(old));
            }
            String previous = current.isEmpty() ? null : String.join(",", current);
            LOG.infof("reindexed %d articles into %s (was %s)", documents, target, previous);
            return new ReindexReport(target, previous, documents, failed.get(), System.currentTimeMillis() - started);
        } finally {
            aliasLock.unlock();
        }
    }

    private Set<String> currentIndices() throws IOException {
        GetAliasResponse aliases = client.indices().getAlias(g -> g.name(alias()));
        return aliases.result().keySet();
    }

    private static final Pattern VERSION = Pattern.compile("-v(\\d+)$");

    static int versionOf(String index) {
        Matcher m = VERSION.matcher(index);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Streams every article, a page at a time, through a BulkIngester into {@code index}. */
    private long loadAll(String index, AtomicLong failed) {
        BulkListener<Long> listener = new BulkListener<>() {
            @Override
            public void beforeBulk(long executionId, BulkRequest request, List<Long> contexts) {
            }

            @Override
            public void afterBulk(long executionId, BulkRequest request, List<Long> contexts, BulkResponse response) {
                for (BulkResponseItem item : response.items()) {
                    if (item.error() != null) {
                        failed.incrementAndGet();
                        LOG.warnf("reindex: article %s failed: %s", item.id(), item.error().reason());
                    }
                }
            }

            @Override
            public void afterBulk(long executionId, BulkRequest request, List<Long> contexts, Throwable failure) {
                failed.addAndGet(contexts.size());
                LOG.errorf(failure, "reindex: a bulk of %d articles failed", contexts.size());
            }
        };
        long count = 0;
        try (BulkIngester<Long> ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(500).flushInterval(1, TimeUnit.SECONDS).listener(listener))) {
            int page = 0;
            while (true) {
                int pageIndex = page;
                List<ArticleDocument> docs = QuarkusTransaction.requiringNew().call(() ->
                        Article.<Article>findAll(io.quarkus.panache.common.Sort.by("id"))
                                .page(pageIndex, 200).list().stream().map(ArticleDocument::of).toList());
                if (docs.isEmpty()) {
                    break;
                }
                for (ArticleDocument doc : docs) {
                    ingester.add(op -> op.index(i -> i.index(index).id(doc.id().toString()).document(doc)), doc.id());
                    count++;
                }
                page++;
            }
        }
        return count;
    }
}
