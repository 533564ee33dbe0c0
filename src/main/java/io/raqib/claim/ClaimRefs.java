package io.raqib.claim;

import io.raqib.source.Source;
import io.raqib.source.SourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The distinct sources and outlets behind a set of claims, in the claims' order. */
final class ClaimRefs {
    private ClaimRefs() {
    }

    static List<SourceRef> sources(List<Claim> claims) {
        return distinct(claims.stream().map(c -> c.attributedTo).toList());
    }

    static List<SourceRef> outlets(List<Claim> claims) {
        return distinct(claims.stream().map(c -> c.article.outlet).toList());
    }

    private static List<SourceRef> distinct(List<Source> sources) {
        Map<Long, SourceRef> refs = new LinkedHashMap<>();
        for (Source s : sources) {
            if (s != null) {
                refs.putIfAbsent(s.id, SourceRef.of(s));
            }
        }
        return List.copyOf(refs.values());
    }
}
