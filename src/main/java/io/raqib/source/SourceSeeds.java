package io.raqib.source;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Applies the seeds of the known sources ({@link KnownSources}: {@code sources/known-sources.json}) at every
 * start, idempotently: a seed entry is found by its key; else a source already answering to one of
 * its aliases (created at import) is adopted; else it is created. Missing aliases are added unless
 * another source already answers to them (merging is a person's decision: POST /sources/{id}/merge).
 * Sources merged or renamed later keep their key, so a seed is never applied twice.
 */
@ApplicationScoped
public class SourceSeeds {
    private static final Logger LOG = Logger.getLogger(SourceSeeds.class);
    void onStart(@Observes StartupEvent event) {
        try {
            int[] counts = QuarkusTransaction.requiringNew().call(() -> apply(read()));
            LOG.infof("source seeds: %d created, %d adopted, %d aliases added", counts[0], counts[1], counts[2]);
        } catch (RuntimeException e) {
            // another instance applying the same seeds at the same moment: it will have done the work
            LOG.warnf("source seeds not applied: %s", e.getMessage());
        }
    }

    static List<KnownSources.Entry> read() {
        return KnownSources.seeds();
    }

    /** Returns {created, adopted, aliases added}. */
    static int[] apply(List<KnownSources.Entry> seeds) {
        int created = 0;
        int adopted = 0;
        int aliases = 0;
        // Two queries tell which seeds are already in place (the usual start): those are skipped.
        Set<String> seeded = new HashSet<>(Source.getEntityManager()
                .createQuery("select s.seedKey from Source s where s.seedKey is not null", String.class).getResultList());
        Set<String> known = new HashSet<>(Source.getEntityManager()
                .createQuery("select a.normalized from SourceAlias a", String.class).getResultList());
        for (KnownSources.Entry seed : seeds) {
            if (seeded.contains(seed.key()) && seed.aliases().stream().map(SourceNames::key)
                    .allMatch(k -> k.isEmpty() || known.contains(k))) {
                continue;
            }
            Source source = Source.<Source>find("seedKey", seed.key()).firstResultOptional().orElse(null);
            if (source == null) {
                source = seed.aliases().stream().map(SourceRegistry::find).flatMap(Optional::stream)
                        .filter(s -> s.seedKey == null).findFirst().orElse(null);
                if (source != null) {
                    adopted++;
                    if (source.latinName == null) {
                        source.latinName = seed.latinName();
                    }
                    if (source.country == null) {
                        source.country = seed.country();
                    }
                    source.name = seed.name();
                    source.type = seed.type();
                } else {
                    created++;
                    source = new Source();
                    source.name = seed.name();
                    source.latinName = seed.latinName();
                    source.type = seed.type();
                    source.country = seed.country();
                    source.createdAt = Instant.now();
                    source.persist();
                }
                source.seedKey = seed.key();
            }
            for (String alias : seed.aliases()) {
                String key = SourceNames.key(alias);
                Optional<SourceAlias> taken = SourceAlias.find("normalized", key).firstResultOptional();
                if (key.isEmpty() || taken.isPresent()) {
                    continue;
                }
                int before = source.aliases.size();
                source.addAlias(alias);
                aliases += source.aliases.size() - before;
            }
            source.flush();
        }
        return new int[] {created, adopted, aliases};
    }
}
