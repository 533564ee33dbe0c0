package io.raqib.search;

import io.raqib.arabic.ArabicNormalizer;
import io.raqib.arabic.Gazetteer;
import io.raqib.source.NameChanges;
import io.raqib.source.SourceNames;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * The other names of a name in a query, looked up when the query runs, so a new alias needs no
 * reindex: first the source registry (سنتكوم → القيادة المركزية الأمريكية, CENTCOM, …; every alias
 * of the source; kept in memory, see {@link #TTL}), then the gazetteer's forces and places (داعش → تنظيم الدولة, تنظيم الدولة
 * الإسلامية, ISIS, …). Names match on the source-name key (Arabic normalisation, the article ال,
 * punctuation, Latin case). Gazetteer country names are left out: they list capitals as
 * variants (طهران for إيران), which would widen a search for the city to the whole country.
 */
@ApplicationScoped
public class NameAliases {
    /**
     * How long a snapshot of the registry's names serves before it is read again. Writes in this
     * process invalidate it at once ({@link NameChanges}); this bounds how long another replica's
     * writes take to show here.
     */
    static final Duration TTL = Duration.ofSeconds(30);
    /**
     * Past this age the first search to ask starts reading the registry again on a thread of its own
     * and goes on with the snapshot it has (still within {@link #TTL}); before, every 30 s one search
     * read it while all the others waited for it.
     */
    static final Duration REFRESH_AHEAD = Duration.ofSeconds(25);
    private static final Logger LOG = Logger.getLogger(NameAliases.class);

    /** System.nanoTime; a test moves it. */
    LongSupplier clock = System::nanoTime;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    @Inject
    EntityManager em;

    private final Map<String, Set<String>> gazetteer = gazetteerForms(Gazetteer.standard());

    /** Every source name key → the normalised forms of all the names of its source. */
    private record Snapshot(Map<String, List<String>> byKey, long version, long loadedAt) {
    }

    private volatile Snapshot snapshot;

    /** The lookup for one query: from memory, the registry read at most once per {@link #TTL} or change. */
    public ArabicQuery.Aliases forQuery() {
        Snapshot current = current();
        Map<String, Set<String>> seen = new HashMap<>();
        return words -> seen.computeIfAbsent(words, w -> alternatives(current, w));
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && s.version() == NameChanges.version()) {
            long age = clock.getAsLong() - s.loadedAt();
            if (age < REFRESH_AHEAD.toNanos()) {
                return s;
            }
            if (age < TTL.toNanos()) {
                refreshAhead();
                return s;
            }
        }
        // none yet, a write of this process since (read your own writes), or past TTL: read it now
        synchronized (this) {
            s = snapshot;
            if (s == null || s.version() != NameChanges.version() || clock.getAsLong() - s.loadedAt() >= TTL.toNanos()) {
                s = read();
            }
            return s;
        }
    }

    /** Reads the registry (under this object's lock) and keeps it as the current snapshot. */
    private Snapshot read() {
        long version = NameChanges.version(); // before the read: a write meanwhile makes the next search read again
        long started = clock.getAsLong();
        Snapshot s = new Snapshot(QuarkusTransaction.requiringNew().call(this::load), version, started);
        snapshot = s;
        refreshing.set(false);
        return s;
    }

    private void refreshAhead() {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        Thread reader = new Thread(() -> {
            try {
                synchronized (this) {
                    Snapshot s = snapshot;
                    if (s == null || clock.getAsLong() - s.loadedAt() >= REFRESH_AHEAD.toNanos()) {
                        read();
                    } else {
                        refreshing.set(false);
                    }
                }
            } catch (RuntimeException e) {
                // no new attempt ahead of time until a read succeeds (no thread per search while the database
                // is away): the search that finds the snapshot past TTL reads it itself, as before
                LOG.debugf("reading the source names ahead of time failed: %s", e);
            }
        }, "raqib-name-aliases");
        reader.setDaemon(true);
        reader.start();
    }

    /** The registry's names, read in one query: every key maps to its source's forms, in alias order. */
    private Map<String, List<String>> load() {
        List<Object[]> rows = em.createQuery("select a.source.id, a.normalized, a.alias from SourceAlias a order by a.id",
                Object[].class).getResultList();
        Map<Long, List<String>> formsBySource = new HashMap<>();
        Map<String, Long> sourceByKey = new HashMap<>();
        for (Object[] row : rows) {
            formsBySource.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(ArabicQuery.form((String) row[2]));
            sourceByKey.putIfAbsent((String) row[1], (Long) row[0]);
        }
        Map<String, List<String>> byKey = new HashMap<>();
        sourceByKey.forEach((key, source) -> byKey.put(key, formsBySource.get(source)));
        return byKey;
    }

    Set<String> alternatives(Snapshot names, String words) {
        String key = SourceNames.key(words);
        if (key.isEmpty()) {
            return Set.of();
        }
        List<String> aliases = names.byKey().getOrDefault(key, List.of());
        if (!aliases.isEmpty()) {
            Set<String> forms = new LinkedHashSet<>();
            for (String form : aliases) {
                if (!form.isEmpty() && !form.equals(words)) {
                    forms.add(form);
                }
            }
            return forms;
        }
        Set<String> forms = new LinkedHashSet<>(gazetteer.getOrDefault(ArabicNormalizer.foldHamzaSeats(key), Set.of()));
        forms.remove(words);
        return forms;
    }

    /**
     * Name key, hamza seats folded (هيأة = هيئة) → every written form of the force or place it
     * names (not the * patterns).
     */
    static Map<String, Set<String>> gazetteerForms(Gazetteer gazetteer) {
        Map<String, Set<String>> byKey = new HashMap<>();
        for (Gazetteer.Entry entry : gazetteer.entries()) {
            if (entry.kind() != Gazetteer.Kind.FORCE && entry.kind() != Gazetteer.Kind.PLACE) {
                continue;
            }
            List<String> plain = gazetteer.variantsOf(entry).stream().filter(v -> !v.contains("*")).toList();
            Set<String> forms = new LinkedHashSet<>();
            plain.stream().map(ArabicQuery::form).filter(f -> !f.isEmpty()).forEach(forms::add);
            for (String variant : plain) {
                byKey.computeIfAbsent(ArabicNormalizer.foldHamzaSeats(SourceNames.key(variant)), k -> new LinkedHashSet<>())
                        .addAll(forms);
            }
        }
        return byKey;
    }
}
