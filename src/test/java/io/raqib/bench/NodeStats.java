package io.raqib.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the node itself counted while a run went on (its {@code _nodes/_local/stats}): search query
 * and fetch phases and their time, request cache hits, HTTP connections opened, and requests per
 * REST route. Divided by the run's requests, it says whether the service sends the node more (or
 * other) work per search than the same request sent directly.
 */
public final class NodeStats {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private NodeStats() {
    }

    /** The counters now (empty when the node does not answer). */
    public static Map<String, Long> of(String node) {
        Map<String, Long> out = new TreeMap<>();
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(node
                    + "/_nodes/_local/stats/indices,http?filter_path=nodes.*.indices.search,nodes.*.indices.request_cache,"
                    + "nodes.*.http")).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode n = JSON.readTree(r.body()).path("nodes").elements().next();
            JsonNode search = n.path("indices").path("search");
            for (String f : new String[] {"query_total", "query_time_in_millis", "fetch_total", "fetch_time_in_millis"}) {
                out.put(f, search.path(f).asLong());
            }
            out.put("request_cache.hits", n.path("indices").path("request_cache").path("hit_count").asLong());
            out.put("request_cache.misses", n.path("indices").path("request_cache").path("miss_count").asLong());
            out.put("http.total_opened", n.path("http").path("total_opened").asLong());
            for (Iterator<Map.Entry<String, JsonNode>> routes = n.path("http").path("routes").fields(); routes.hasNext(); ) {
                Map.Entry<String, JsonNode> route = routes.next();
                out.put("route " + route.getKey(), route.getValue().path("requests").path("count").asLong());
            }
        } catch (Exception e) {
            out.clear();
        }
        return out;
    }

    /** The counters that moved between two readings, per request of the run. */
    public static String perRequest(Map<String, Long> before, Map<String, Long> after, int requests) {
        StringBuilder line = new StringBuilder();
        after.forEach((k, v) -> {
            long d = v - before.getOrDefault(k, 0L);
            if (d != 0) {
                line.append(String.format(Locale.ROOT, " %s %.3f;", k, d / (double) requests));
            }
        });
        return line.length() == 0 ? " (no node stats)" : line.toString();
    }
}
