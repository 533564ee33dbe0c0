package io.raqib.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdlePollsTest {
    static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void pollsEveryTickWhileThereIsWork() {
        IdlePolls polls = new IdlePolls(Duration.ofSeconds(1), Duration.ofSeconds(5));
        long now = 0;
        for (int i = 0; i < 10; i++) {
            assertThat(polls.due(now, 0)).isTrue();
            polls.polled(now, false);
            now += SECOND;
        }
    }

    @Test
    void spacesOutWhileEmptyUpToTheCeiling() {
        IdlePolls polls = new IdlePolls(Duration.ofSeconds(1), Duration.ofSeconds(5));
        long now = 0;
        int polled = 0;
        long lastPoll = 0;
        long longestGap = 0;
        for (int tick = 0; tick < 60; tick++, now += SECOND) {
            if (polls.due(now, 7)) {
                longestGap = Math.max(longestGap, now - lastPoll);
                lastPoll = now;
                polled++;
                polls.polled(now, true);
            }
        }
        // the first polls at every tick, then 2 s, 4 s, then every 5 s
        assertThat(polled).isBetween(12, 20).isLessThan(60);
        assertThat(longestGap).isEqualTo(5 * SECOND);
    }

    @Test
    void aChangeRecordedHereBringsBackTheFullRate() {
        IdlePolls polls = new IdlePolls(Duration.ofSeconds(1), Duration.ofSeconds(5));
        long now = 0;
        for (int tick = 0; tick < 30; tick++, now += SECOND) {
            if (polls.due(now, 1)) {
                polls.polled(now, true);
            }
        }
        assertThat(polls.waitNanos()).isEqualTo(5 * SECOND);
        assertThat(polls.due(now, 1)).as("nothing recorded: still waiting").isFalse();
        assertThat(polls.due(now, 2)).as("a change was recorded").isTrue();
        polls.polled(now, true);
        assertThat(polls.due(now + SECOND, 2)).as("the next tick polls again").isTrue();
    }

    @Test
    void readsTheSchedulersIntervals() {
        assertThat(OutboxIndexer.parse("1s")).isEqualTo(Duration.ofSeconds(1));
        assertThat(OutboxIndexer.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(OutboxIndexer.parse("PT2S")).isEqualTo(Duration.ofSeconds(2));
        assertThat(OutboxIndexer.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxIndexer.parse("soon")).isEqualTo(Duration.ofSeconds(1));
    }
}
