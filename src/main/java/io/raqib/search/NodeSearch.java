package io.raqib.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.raqib.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.http.HttpEntity;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * A search request built with the Elasticsearch client's builders, sent as it is through the
 * low-level REST client, and its answer read by Jackson straight into the few fields a page needs
 * ({@link Answer}): the typed client's own reading (every hit, highlight and facet built through
 * JSON-P into its model, then copied again into ours) cost the service more CPU per search than
 * the rest of the request together.
 */
@ApplicationScoped
public class NodeSearch {
    @Inject
    ElasticsearchClient typed;

    @Inject
    RestClient client;

    @Inject
    ObjectMapper json;

    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    /** The hits (their documents as {@code type}), the total and the facets of one search. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer<T>(Hits<T> hits, Map<String, Facet> aggregations) {
        /** The named facet (the answer names it "type#name", as typed_keys asks); empty when absent. */
        public List<Bucket> facet(String name) {
            if (aggregations != null) {
                for (Map.Entry<String, Facet> e : aggregations.entrySet()) {
                    String key = e.getKey();
                    int hash = key.indexOf('#');
                    if (key.regionMatches(hash + 1, name, 0, name.length()) && key.length() == hash + 1 + name.length()) {
                        return e.getValue().buckets() == null ? List.of() : e.getValue().buckets();
                    }
                }
            }
            return List.of();
        }

        public long total() {
            return hits == null || hits.total() == null ? list().size() : hits.total().value();
        }

        public List<Hit<T>> list() {
            return hits == null || hits.hits() == null ? List.of() : hits.hits();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hits<T>(Total total, List<Hit<T>> hits) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Total(long value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hit<T>(@JsonProperty("_id") String id, @JsonProperty("_score") Double score,
                         @JsonProperty("_source") T source, Map<String, List<String>> highlight) {
        /** Highlighted fragments per field; empty (never null) when the hit has none. */
        public Map<String, List<String>> highlights() {
            return highlight == null ? Map.of() : highlight;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Facet(List<Bucket> buckets) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bucket(JsonNode key, @JsonProperty("key_as_string") String keyAsString,
                         @JsonProperty("doc_count") long docCount) {
        /** The formatted key where the node gives one (date histograms), else the key itself. */
        public String label() {
            return keyAsString != null ? keyAsString : key == null ? null : key.asText();
        }
    }

    /**
     * Runs the search; 503 when the node cannot be reached or fails (or is overloaded), 400 when it
     * refuses the request.
     */
    public <T> Answer<T> search(SearchRequest request, Class<T> source) {
        Request http = new Request(SearchRequest._ENDPOINT.method(request), SearchRequest._ENDPOINT.requestUrl(request));
        http.addParameters(SearchRequest._ENDPOINT.queryParameters(request));
        http.setEntity(body(request));
        try {
            Response response = client.performRequest(http);
            try (InputStream in = response.getEntity().getContent()) {
                return reader(source).readValue(in);
            }
        } catch (ResponseException e) {
            int status = e.getResponse().getStatusLine().getStatusCode();
            if (status >= 500 || status == 429) {
                throw new SearchUnavailableException(e);
            }
            throw ProblemException.badRequest("the search could not be run: " + reason(e.getResponse().getEntity()));
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        }
    }

    private HttpEntity body(SearchRequest request) {
        JsonpMapper mapper = typed._jsonpMapper();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator generator = mapper.jsonProvider().createGenerator(out)) {
            request.serialize(generator, mapper);
        }
        return new ByteArrayEntity(out.toByteArray(), ContentType.APPLICATION_JSON);
    }

    private ObjectReader reader(Class<?> source) {
        // a document written by an older version may hold a field its record has since dropped
        return readers.computeIfAbsent(source, s -> json.readerFor(
                json.getTypeFactory().constructParametricType(Answer.class, s))
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }

    /** The node's own words for a refused request (error.root_cause[0].reason, else error.reason). */
    private String reason(HttpEntity entity) {
        try (InputStream in = entity.getContent()) {
            JsonNode error = json.readTree(in).path("error");
            JsonNode root = error.path("root_cause").path(0).path("reason");
            return error.path("reason").isTextual() ? error.path("reason").asText()
                    : root.isTextual() ? root.asText() : "refused by the search node";
        } catch (IOException | RuntimeException e) {
            return "refused by the search node";
        }
    }
}
