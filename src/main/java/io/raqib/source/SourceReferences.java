package io.raqib.source;

/**
 * A feature whose records point at sources (articles at their outlet, claims and deadlines at
 * their originator and reporter). The source registry stays below the features: merging two
 * sources and reading a track record go through the features' own implementations.
 */
public interface SourceReferences {
    /** Points everything that pointed at {@code duplicate} to {@code into}, queuing reindexing where needed. */
    void repoint(Source duplicate, Source into);

    /** Adds this feature's part of a source's track record. */
    void count(Source source, TrackRecord record);
}
