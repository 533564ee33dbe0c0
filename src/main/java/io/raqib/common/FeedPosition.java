package io.raqib.common;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The changes feed's position (the last number given to a committed change, by any replica) as this
 * process last read it from the database. Every committed write of every replica moves it within a
 * pass of the feed's sequencer, so a cache of data read from the database that also keeps
 * {@link #moves()} sees other replicas' writes, not only this process's own.
 */
public final class FeedPosition {
    private static final AtomicLong POSITION = new AtomicLong(-1);
    private static final AtomicLong MOVES = new AtomicLong();
    private static volatile long readAt;

    private FeedPosition() {
    }

    /** The position as just read from the database (after the changes it counts were committed). */
    public static void read(long position) {
        if (POSITION.getAndSet(position) != position) {
            MOVES.incrementAndGet();
        }
        readAt = System.nanoTime();
    }

    /** How many times the position was seen to move: a cache built at another count may be stale. */
    public static long moves() {
        return MOVES.get();
    }

    /** True when the position was read that recently, so that {@link #moves()} is current. */
    public static boolean readWithin(Duration window) {
        long at = readAt;
        return at != 0 && System.nanoTime() - at < window.toNanos();
    }
}
