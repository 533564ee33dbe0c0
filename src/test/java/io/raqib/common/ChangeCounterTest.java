package io.raqib.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.TestServersResource;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The version moves at the write, and once more when the writing transaction ends, whatever its end. */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class ChangeCounterTest {
    private final ChangeCounter counter = new ChangeCounter();

    @Test
    void outsideATransactionAChangeMovesTheVersionOnce() {
        long before = counter.version();
        counter.changed();
        assertThat(counter.version()).isEqualTo(before + 1);
    }

    @Test
    void aCommittedTransactionMovesItAgainOnceHoweverManyChangesItWrote() {
        long before = counter.version();
        AtomicLong inside = new AtomicLong();
        QuarkusTransaction.requiringNew().run(() -> {
            counter.changed();
            counter.changed();
            counter.changed();
            inside.set(counter.version());
        });
        assertThat(inside.get()).isEqualTo(before + 3);
        assertThat(counter.version()).isEqualTo(before + 4);
    }

    @Test
    void aRolledBackTransactionMovesItAgainToo() {
        long before = counter.version();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            counter.changed();
            throw new IllegalStateException("the write failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(counter.version()).isEqualTo(before + 2);
    }

    @Test
    void twoCountersInOneTransactionEachMoveAtItsEnd() {
        ChangeCounter other = new ChangeCounter();
        long before = counter.version();
        long otherBefore = other.version();
        QuarkusTransaction.requiringNew().run(() -> {
            counter.changed();
            other.changed();
        });
        assertThat(counter.version()).isEqualTo(before + 2);
        assertThat(other.version()).isEqualTo(otherBefore + 2);
    }

    @Test
    void aTransactionWithoutChangesLeavesItAlone() {
        long before = counter.version();
        QuarkusTransaction.requiringNew().run(() -> {
        });
        assertThat(counter.version()).isEqualTo(before);
    }
}
