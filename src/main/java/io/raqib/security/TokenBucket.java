package io.raqib.security;

/**
 * A token bucket: {@code capacity} requests at once, refilled evenly at {@code capacity} per
 * minute. No rate-limiting library is in the reachable registry for Quarkus 3.34 (SmallRye Fault
 * Tolerance's @RateLimit is per method, not per caller), so this small one.
 */
final class TokenBucket {
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long updated;

    TokenBucket(int perMinute, long nowNanos) {
        this.capacity = perMinute;
        this.perNano = perMinute / 60e9;
        this.tokens = perMinute;
        this.updated = nowNanos;
    }

    /** Takes one token; answers 0 when granted, else the whole seconds until one is there. */
    synchronized long take(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
    }

    synchronized boolean full(long nowNanos) {
        refill(nowNanos);
        return tokens >= capacity;
    }

    private void refill(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - updated) * perNano);
        updated = nowNanos;
    }
}
