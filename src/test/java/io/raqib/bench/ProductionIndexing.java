package io.raqib.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The indexer as deployed, for benchmarks: the test profile makes every bulk wait for the index to
 * refresh (so tests read what they wrote), which would hold a long import behind one refresh per bulk.
 */
public class ProductionIndexing implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("raqib.indexer.refresh-after-bulk", "false");
    }
}
