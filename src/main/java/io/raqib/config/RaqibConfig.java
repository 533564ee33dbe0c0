package io.raqib.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Raqib's own settings (prefix {@code raqib}); connection settings stay Quarkus's own. */
@ConfigMapping(prefix = "raqib")
public interface RaqibConfig {
    /** Where the local run keeps its H2 database (read by the %local datasource URL). */
    @WithDefault(".raqib/h2")
    String dataDir();

    Api api();

    Search search();

    Indexer indexer();

    Samples samples();

    Claims claims();

    Deadlines deadlines();

    Changes changes();

    interface Api {
        /** Largest request body accepted, in bytes. */
        @WithDefault("5242880")
        long maxBodyBytes();

        /** PUT, PATCH and DELETE of one record must send If-Match (428 without it). */
        @WithDefault("false")
        boolean requireIfMatch();

        /** How long a client may take to send its request body before it is answered 408. */
        @WithDefault("30s")
        Duration bodyTimeout();

        /** Rows an export (articles, deadlines) reads from the database at a time while it streams. */
        @WithDefault("200")
        int exportPageSize();
    }

    interface Search {
        /** The alias clients and queries use; concrete indices are {alias}-v{n}. */
        @WithDefault("raqib-articles")
        String articlesAlias();

        /** The alias of the claims index (sentences, for Arabic full-text over claims). */
        @WithDefault("raqib-claims")
        String claimsAlias();

        /** Longest query string accepted, in characters. */
        @WithDefault("1000")
        int maxQueryLength();

        /** Most words a query may have after normalisation. */
        @WithDefault("64")
        int maxQueryWords();
    }

    interface Indexer {
        /** How often the outbox is drained (read by the @Scheduled expression). */
        @WithDefault("1s")
        String interval();

        /** Delay before the first drain after start. */
        @WithDefault("2s")
        String delay();

        /** How many outbox rows one bulk request takes. */
        @WithDefault("500")
        int batchSize();

        /** Wait for the index to refresh after each bulk (tests; costly in production). */
        @WithDefault("false")
        boolean refreshAfterBulk();

        /** First retry delay after a failed bulk; doubles per attempt up to maxBackoff. */
        @WithDefault("2s")
        Duration initialBackoff();

        @WithDefault("5m")
        Duration maxBackoff();

        /** While backing off, how often to ask whether the node is back (then catch up at once). */
        @WithDefault("2s")
        Duration probeInterval();

        /**
         * The longest wait between polls of an empty outbox: polls space out (doubling) while the
         * outbox stays empty, and come back to every interval as soon as this process writes a
         * change; changes written by another replica wait at most this long.
         */
        @WithDefault("5s")
        Duration idleInterval();
    }

    interface Samples {
        /** Load the bundled sample articles at start when the archive is empty (local run). */
        @WithDefault("false")
        boolean load();
    }

    interface Claims {
        /** Extract troop-figure claims when an article is created or updated. */
        @WithDefault("true")
        boolean extractAtIngest();

        /** Claims whose as-of dates are at most this many days apart are compared for conflicts. */
        @WithDefault("90")
        int conflictWindowDays();

        /** Most rows one export answers. */
        @WithDefault("100000")
        int maxExportRows();
    }

    interface Deadlines {
        /** Most events one calendar feed (GET /deadlines.ics) holds; the earliest due first. */
        @WithDefault("5000")
        int calendarMaxEvents();
    }

    interface Changes {
        /** How often committed changes are numbered into the feed (read by the @Scheduled expression). */
        @WithDefault("1s")
        String sequenceInterval();

        /** How long deletions stay listed in GET /changes. */
        @WithDefault("30d")
        Duration retention();

        /** How often deletions older than the retention are dropped (read by the @Scheduled expression). */
        @WithDefault("1h")
        String purgeInterval();

        /** How often a live stream (Accept: text/event-stream) looks for new changes. */
        @WithDefault("500ms")
        Duration streamPollInterval();
    }
}
