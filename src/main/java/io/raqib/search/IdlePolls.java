package io.raqib.search;

/**
 * When the indexer polls an outbox that keeps coming back empty: at every tick at first, then
 * further apart (doubling up to a ceiling), and at every tick again as soon as this process records
 * a change. An idle service then costs the database a query every few seconds instead of every
 * second, and a change made here is still picked up at the next tick.
 */
final class IdlePolls {
    /** Empty polls tolerated at the full rate (a poll may run just before a change commits). */
    static final int EAGER = 3;

    private final long tickNanos;
    private final long maxWaitNanos;
    private int emptyPolls;
    private long nextPollAt;
    private long seenRecorded = -1;

    IdlePolls(java.time.Duration tick, java.time.Duration maxWait) {
        this.tickNanos = tick.toNanos();
        this.maxWaitNanos = Math.max(tickNanos, maxWait.toNanos());
    }

    /** Whether to poll at this tick; {@code recorded} is how many changes this process has recorded so far. */
    synchronized boolean due(long now, long recorded) {
        if (recorded != seenRecorded) {
            seenRecorded = recorded;
            emptyPolls = 0;
            return true;
        }
        return now - nextPollAt >= 0;
    }

    /** Notes a poll at {@code now} that found the outbox empty or not. */
    synchronized void polled(long now, boolean empty) {
        emptyPolls = empty ? Math.min(emptyPolls + 1, 62) : 0;
        long wait = waitNanos();
        // half a tick early: the scheduler's ticks drift by a few milliseconds
        nextPollAt = wait == 0 ? now : now + wait - tickNanos / 2;
    }

    /** The wait before the next poll: none while the outbox has work or just ran empty, then doubling. */
    synchronized long waitNanos() {
        if (emptyPolls < EAGER) {
            return 0;
        }
        int doublings = Math.min(emptyPolls - EAGER + 1, 30);
        return Math.min(maxWaitNanos, tickNanos << doublings);
    }
}
