package io.raqib.testsupport;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Takes the place of the service's system clock in tests (it is a default bean): the real time
 * unless a test fixes "today". Tests that fix it reset it when done.
 */
@Singleton
public class TestClock extends Clock {
    private volatile Instant fixed;

    public void setToday(LocalDate today) {
        fixed = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }
}
