package io.raqib.search;

import io.raqib.common.ProblemException;

/** Elasticsearch could not be reached: the archive is intact, only search is down for now. */
public class SearchUnavailableException extends ProblemException {
    public SearchUnavailableException(Throwable cause) {
        super(503, "search-unavailable", "Search unavailable",
                "the search index cannot be reached right now (" + describe(cause)
                        + "); articles are still stored and will be indexed when it is back");
    }

    private static String describe(Throwable cause) {
        return cause.getClass().getSimpleName();
    }
}
