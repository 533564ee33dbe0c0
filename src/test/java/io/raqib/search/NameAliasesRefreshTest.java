package io.raqib.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.source.NameChanges;
import io.raqib.source.SourceNames;
import io.raqib.testsupport.Api;
import io.raqib.testsupport.TestServersResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Another replica's new alias (written straight to the database, so no listener of this process
 * hears of it) shows in searches within {@link NameAliases#TTL}, and no search waits for the read
 * that brings it: past {@link NameAliases#REFRESH_AHEAD} it is read on a thread of its own while
 * searches go on with the snapshot they have; only past the TTL does a search read it itself.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class NameAliasesRefreshTest {
    @Inject
    NameAliases aliases;

    @Inject
    EntityManager em;

    private final AtomicLong now = new AtomicLong(System.nanoTime());
    private NameAliases bean;

    @BeforeEach
    void ownClock() {
        bean = ClientProxy.unwrap(aliases);
        bean.clock = now::get;
        NameChanges.changed(); // the next search reads the registry, at this clock's time
        assertThat(aliases.forQuery().alternatives("لا أحد بهذا الاسم")).isEmpty();
    }

    @AfterEach
    void systemClock() {
        bean.clock = System::nanoTime;
        NameChanges.changed();
    }

    @Test
    void pastTheRefreshAgeTheNamesAreReadAheadWhileSearchesGoOn() {
        String name = addedByAnotherReplica();
        assertThat(aliases.forQuery().alternatives(name)).as("the snapshot read before the write").isEmpty();

        now.addAndGet(NameAliases.REFRESH_AHEAD.toNanos() + TimeUnit.SECONDS.toNanos(1));
        // this search is answered from the snapshot it has; the read it started runs beside it
        assertThat(aliases.forQuery().alternatives(name)).isEmpty();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (aliases.forQuery().alternatives(name).isEmpty()) {
            assertThat(System.nanoTime()).as("the new name is read ahead of the TTL").isLessThan(deadline);
            Api.sleep(50);
        }
        assertThat(aliases.forQuery().alternatives(name)).isNotEmpty().doesNotContain(name);
    }

    @Test
    void pastTheTtlASearchReadsTheNamesItself() {
        String name = addedByAnotherReplica();
        assertThat(aliases.forQuery().alternatives(name)).isEmpty();

        now.addAndGet(NameAliases.TTL.toNanos() + TimeUnit.SECONDS.toNanos(1));
        assertThat(aliases.forQuery().alternatives(name)).as("read by this search, at once").isNotEmpty();
    }

    @Test
    void beforeTheRefreshAgeNothingIsReadAgain() {
        String name = addedByAnotherReplica();
        now.addAndGet(NameAliases.REFRESH_AHEAD.toNanos() - TimeUnit.SECONDS.toNanos(1));
        assertThat(aliases.forQuery().alternatives(name)).isEmpty();
        Api.sleep(500);
        assertThat(aliases.forQuery().alternatives(name)).as("no read started").isEmpty();
    }

    /** A new alias of an existing source with other names, inserted as another replica would (no listener here hears it). */
    private String addedByAnotherReplica() {
        StringBuilder name = new StringBuilder("مرصد تجريبي ");
        for (char d : Long.toString(System.nanoTime() % 1_000_000_000L).toCharArray()) {
            name.append("ابتثجحخدذر".charAt(d - '0'));
        }
        String alias = name.toString();
        QuarkusTransaction.requiringNew().run(() -> {
            Number source = (Number) em.createNativeQuery("select source_id from source_alias order by id limit 1")
                    .getSingleResult();
            em.createNativeQuery("insert into source_alias (source_id, alias, normalized) values (?1, ?2, ?3)")
                    .setParameter(1, source.longValue()).setParameter(2, alias).setParameter(3, SourceNames.key(alias))
                    .executeUpdate();
        });
        return alias;
    }
}
