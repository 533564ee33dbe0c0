package io.raqib.common;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock "today" is read from (deadline status, calendar stamps). A default bean, so tests
 * can put a clock of their own in its place.
 */
@Dependent
public class Clocks {
    @Produces
    @Singleton
    @DefaultBean
    public Clock systemClock() {
        return Clock.systemDefaultZone();
    }
}
