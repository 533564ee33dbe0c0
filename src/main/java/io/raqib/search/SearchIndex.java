package io.raqib.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.raqib.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The search indices: for each {@link IndexedType}, versioned concrete indices ({alias}-v1,
 * -v2, …) behind one alias, with settings and mappings from its JSON resource. A reindex builds
 * the next version from the database and swaps the alias in one atomic step.
 */
@ApplicationScoped
public class SearchIndex {
    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    private static final Pattern VERSION = Pattern.compile("-v(\\d+)$");

    @Inject
    ElasticsearchClient client;

    @Inject
    Instance<IndexedType<?>> types;

    @Inject
    ReindexLease lease;

    @Inject
    EntityManager em;

    /** How long a rebuild's lease lasts unless renewed (it is renewed with every page of documents). */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final Set<String> ready = ConcurrentHashMap.newKeySet();
    private final Set<String> outdated = ConcurrentHashMap.newKeySet();

    public List<IndexedType<?>> types() {
        return types.stream().toList();
    }

    public Optional<IndexedType<?>> type(String aggregate) {
        return types.stream().filter(t -> t.aggregate().equals(aggregate)).findFirst();
    }

    /** Creates every missing index (version 1 behind its alias). Idempotent. */
    public void ensureExists() throws IOException {
        for (IndexedType<?> type : types) {
            ensureExists(type);
        }
    }

    public void ensureExists(IndexedType<?> type) throws IOException {
        // every search asks: once the alias is known, no lock
        if (!ready.contains(type.alias())) {
            makeSureOf(type);
        }
    }

    // synchronized: the check at start, the readiness check and the indexer may ask at once
    private synchronized void makeSureOf(IndexedType<?> type) throws IOException {
        String alias = type.alias();
        if (ready.contains(alias)) {
            return;
        }
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            String first = alias + "-v1";
            if (!client.indices().exists(e -> e.index(first)).value()) {
                create(type, first);
            }
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(first).alias(alias))));
            LOG.infof("created search index %s behind alias %s", first, alias);
        } else {
            Set<String> missing = missingFields(type);
            if (!missing.isEmpty()) {
                // the strict mapping gains the fields at once (new documents are accepted); the index
                // is rebuilt by the indexer so the documents already in it carry them too
                addNewFields(type, alias);
                outdated.add(alias);
                LOG.warnf("search index %s lacks the fields %s of its definition; it will be rebuilt from the database",
                        alias, missing);
            }
        }
        ready.add(alias);
    }

    /**
     * Adds to an index built by an earlier version the fields its definition has gained since (such as
     * articles' createdAt): its mapping is strict, so documents carrying them would be refused.
     * Documents indexed before keep lacking them until POST /admin/reindex.
     */
    private void addNewFields(IndexedType<?> type, String alias) throws IOException {
        try (InputStream definition = SearchIndex.class.getResourceAsStream(type.definition())) {
            if (definition == null) {
                return;
            }
            com.fasterxml.jackson.databind.JsonNode mappings = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(definition).get("mappings");
            if (mappings != null) {
                client.indices().putMapping(p -> p.index(alias).withJson(new java.io.StringReader(mappings.toString())));
            }
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            LOG.warnf("could not add new fields to %s: %s; POST /admin/reindex builds a fresh index", alias,
                    e.getMessage());
        }
    }

    /**
     * Rebuilds the indices found older than their definitions (fields added since they were built),
     * so an upgrade needs no manual reindex; called by the outbox indexer, off the request path.
     */
    public void upgradeOutdated() throws IOException {
        for (IndexedType<?> type : types) {
            if (!outdated.contains(type.alias())) {
                continue;
            }
            // the same lease as POST /admin/reindex: one rebuild at a time across replicas
            String holder = lease.tryAcquire(LEASE);
            if (holder == null) {
                return; // another rebuild runs; this one waits for the indexer's next pass
            }
            try {
                reindex(type, holder);
                outdated.remove(type.alias());
            } finally {
                lease.release(holder);
            }
        }
    }

    /** The fields the type's definition maps that the live index behind its alias does not. */
    private Set<String> missingFields(IndexedType<?> type) throws IOException {
        Set<String> wanted = new TreeSet<>();
        try (InputStream definition = SearchIndex.class.getResourceAsStream(type.definition())) {
            new ObjectMapper().readTree(definition).path("mappings").path("properties").fieldNames()
                    .forEachRemaining(wanted::add);
        }
        client.indices().getMapping(g -> g.index(type.alias())).result().values()
                .forEach(m -> wanted.removeAll(m.mappings().properties().keySet()));
        return wanted;
    }

    private void create(IndexedType<?> type, String index) throws IOException {
        try (InputStream definition = SearchIndex.class.getResourceAsStream(type.definition())) {
            if (definition == null) {
                throw new IllegalStateException("missing index definition " + type.definition());
            }
            client.indices().create(c -> c.index(index).withJson(definition));
        }
    }

    /** The result of a reindex, for the admin endpoint. */
    public record ReindexReport(String alias, String index, String previousIndex, long documents, long failed,
                                long tookMillis) {
    }

    /**
     * Rebuilds every index, holding the database lease that makes this the only rebuild on any replica
     * (409 problem when another one runs). Indexers everywhere wait meanwhile; changes made during the
     * rebuild stay in the outbox and go to the new indices once the aliases moved.
     */
    public List<ReindexReport> reindexAll() throws IOException {
        String holder = lease.tryAcquire(LEASE);
        if (holder == null) {
            throw new ProblemException(409, "reindex-running", "Reindex already running",
                    "the search indices are being rebuilt by another request (" + currentHolder()
                            + "); try again when it has finished");
        }
        try {
            List<ReindexReport> reports = new ArrayList<>();
            for (IndexedType<?> type : types) {
                reports.add(reindex(type, holder));
            }
            return reports;
        } finally {
            lease.release(holder);
        }
    }

    private String currentHolder() {
        String holder = QuarkusTransaction.requiringNew().call(lease::holder);
        return holder == null ? "it has just ended" : "replica " + holder.substring(0, holder.lastIndexOf('/'));
    }

    /** Builds the next index version of a type from the database, then points the alias at it. */
    private <D> ReindexReport reindex(IndexedType<D> type, String holder) throws IOException {
        long started = System.currentTimeMillis();
        ensureExists(type);
        String alias = type.alias();
        Set<String> current = client.indices().getAlias(g -> g.name(alias)).result().keySet();
        int next = current.stream().mapToInt(SearchIndex::versionOf).max().orElse(0) + 1;
        String target = alias + "-v" + next;
        if (client.indices().exists(e -> e.index(target)).value()) {
            client.indices().delete(d -> d.index(target));
        }
        create(type, target);
        AtomicLong failed = new AtomicLong();
        long documents = loadAll(type, target, failed, holder);
        client.indices().refresh(r -> r.index(target));
        client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(target).alias(alias)));
            for (String old : current) {
                u.actions(a -> a.remove(rm -> rm.index(old).alias(alias)));
            }
            return u;
        });
        for (String old : current) {
            client.indices().delete(d -> d.index(old));
        }
        String previous = current.isEmpty() ? null : current.stream().sorted().collect(Collectors.joining(","));
        LOG.infof("reindexed %d documents into %s (was %s)", documents, target, previous);
        return new ReindexReport(alias, target, previous, documents, failed.get(),
                System.currentTimeMillis() - started);
    }

    private record Page<D>(long version, List<D> items) {
    }

    static int versionOf(String index) {
        Matcher m = VERSION.matcher(index);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Streams every document, a page at a time, through a BulkIngester into {@code index}. */
    private <D> long loadAll(IndexedType<D> type, String index, AtomicLong failed, String holder) {
        BulkListener<Long> listener = new BulkListener<>() {
            @Override
            public void beforeBulk(long executionId, BulkRequest request, List<Long> contexts) {
            }

            @Override
            public void afterBulk(long executionId, BulkRequest request, List<Long> contexts, BulkResponse response) {
                for (BulkResponseItem item : response.items()) {
                    if (item.error() != null) {
                        failed.incrementAndGet();
                        LOG.warnf("reindex: %s %s failed: %s", type.aggregate(), item.id(), item.error().reason());
                    }
                }
            }

            @Override
            public void afterBulk(long executionId, BulkRequest request, List<Long> contexts, Throwable failure) {
                failed.addAndGet(contexts.size());
                LOG.errorf(failure, "reindex: a bulk of %d %s documents failed", contexts.size(), type.aggregate());
            }
        };
        long count = 0;
        try (BulkIngester<Long> ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(500).flushInterval(1, TimeUnit.SECONDS).listener(listener))) {
            long lastId = 0;
            while (true) {
                long afterId = lastId;
                if (!lease.renew(holder, LEASE)) {
                    throw new IllegalStateException("the reindex lease ran out; another replica may be rebuilding");
                }
                // the version is drawn before the rows are read: an indexer's later write wins, an earlier one loses
                Page<D> docs = QuarkusTransaction.requiringNew().call(
                        () -> new Page<>(IndexVersions.next(em), type.after(afterId, 200)));
                if (docs.items().isEmpty()) {
                    break;
                }
                for (D doc : docs.items()) {
                    long id = type.idOf(doc);
                    ingester.add(op -> op.index(i -> i.index(index).id(Long.toString(id)).document(doc)
                            .version(docs.version()).versionType(VersionType.External)), id);
                    lastId = Math.max(lastId, id);
                    count++;
                }
            }
        }
        return count;
    }
}
