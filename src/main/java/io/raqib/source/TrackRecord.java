package io.raqib.source;

/** A source's track record as the features count it, one part each (see {@link SourceReferences}). */
public final class TrackRecord {
    public long articlesPublished;
    public long claimsOriginated;
    public long claimsRelayed;
    public long claimsInArticles;
    public long claimsConfirmed;
    public long claimsRejected;
    public long claimsCorrected;
    public long claimsInConflict;
    public long deadlinesAnnounced;
    public long deadlinesRelayed;
    public long deadlinesReported;
    public long deadlinesUpcoming;
    public long deadlinesKept;
    public long deadlinesPostponed;
    public long deadlinesSuperseded;

    SourceStats of(Source source) {
        return new SourceStats(source.id, source.name, articlesPublished, claimsOriginated, claimsRelayed,
                claimsInArticles, claimsConfirmed, claimsRejected, claimsCorrected, claimsInConflict, deadlinesAnnounced,
                deadlinesRelayed, deadlinesReported, deadlinesUpcoming, deadlinesKept, deadlinesPostponed,
                deadlinesSuperseded);
    }
}
