package io.raqib.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Settings of the streamed NDJSON import and its jobs (prefix {@code raqib.import}). */
@ConfigMapping(prefix = "raqib.import")
public interface ImportConfig {
    /** Longest NDJSON line accepted, in bytes; a longer line is reported as failed, the others go on. */
    @WithDefault("4194304")
    int maxLineBytes();

    /** Lines written in one transaction. */
    @WithDefault("200")
    int chunkLines();

    /** Bytes of text one chunk holds at most, whatever its number of lines (bounds memory). */
    @WithDefault("8388608")
    long chunkBytes();

    /** Threads extracting claims and deadlines; 0 = one per core. */
    @WithDefault("0")
    int extractionThreads();

    /** Imports run in the background at once (Prefer: respond-async); more wait in line. */
    @WithDefault("1")
    int concurrentJobs();

    /** Failed lines a job keeps with their reasons (the count of failures is always complete). */
    @WithDefault("100")
    int maxJobErrors();

    /** Where async import bodies are spooled; the system's temporary directory when unset. */
    Optional<String> spoolDir();
}
