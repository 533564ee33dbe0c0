package io.raqib.search;

import io.quarkus.elasticsearch.restclient.lowlevel.ElasticsearchClientConfig;
import java.util.Optional;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClientBuilder;

/**
 * The HTTP client to the node. Without a user name (no Basic authentication: none, or an API key
 * sent as a header) the client's auth cache has nothing to do, yet reading it costs every request a
 * Java deserialisation of the cached scheme: it is turned off then. With a user name it stays, as it
 * is what lets Basic credentials go with the first request instead of after a 401.
 */
@ElasticsearchClientConfig
public class NodeClientConfig implements RestClientBuilder.HttpClientConfigCallback {
    @ConfigProperty(name = "quarkus.elasticsearch.username")
    Optional<String> username;

    @Override
    public HttpAsyncClientBuilder customizeHttpClient(HttpAsyncClientBuilder builder) {
        return username.isPresent() ? builder : builder.disableAuthCaching();
    }
}
