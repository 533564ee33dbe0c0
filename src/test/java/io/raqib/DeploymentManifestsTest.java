package io.raqib;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Renders each kustomize overlay in k8s/ with `kubectl kustomize` (as `kubectl apply -k` would)
 * and checks the rendered objects hang together: the operators' generated Secrets and Services
 * are the ones the service reads, the autoscaler, disruption budget and network policy select
 * the service's pods, and the memory limit leaves room around the explicit heap.
 */
class DeploymentManifestsTest {

    private static final Path K8S = Path.of("k8s");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // overlay,   ES nodes, PG instances, min replicas, anonymous reads allowed
        "production,  3,        3,            2,            false",
        "trial,       1,        1,            1,            true",
    })
    void overlayRendersAConsistentDeployment(String overlay, int esNodes, int pgInstances,
            int minReplicas, boolean anonymousReads) throws Exception {
        List<JsonNode> objects = render(K8S.resolve("overlays").resolve(overlay));
        JsonNode deployment = only(objects, "Deployment");
        JsonNode pod = deployment.at("/spec/template");
        JsonNode podLabels = pod.at("/metadata/labels");
        JsonNode container = pod.at("/spec/containers/0");

        // PostgreSQL through CloudNativePG: the Secret and Service CNPG derives from the Cluster name.
        JsonNode cluster = only(objects, "Cluster");
        assertThat(cluster.path("apiVersion").asText()).isEqualTo("postgresql.cnpg.io/v1");
        assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(pgInstances);
        String db = cluster.at("/metadata/name").asText();
        Map<String, String> env = environment(objects, container);
        assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL"))
                .startsWith("jdbc:postgresql://" + db + "-rw:5432/")
                .endsWith("/" + cluster.at("/spec/bootstrap/initdb/database").asText());
        assertThat(secretRef(container, "QUARKUS_DATASOURCE_USERNAME")).isEqualTo(db + "-app/username");
        assertThat(secretRef(container, "QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(db + "-app/password");

        // Elasticsearch through ECK, official distribution: the names ECK derives from the resource.
        JsonNode es = only(objects, "Elasticsearch");
        assertThat(es.path("apiVersion").asText()).isEqualTo("elasticsearch.k8s.elastic.co/v1");
        assertThat(es.at("/spec/version").asText()).matches("(8\\.19|9\\.\\d+)\\.\\d+");
        int nodes = StreamSupport.stream(es.at("/spec/nodeSets").spliterator(), false)
                .mapToInt(set -> set.path("count").asInt()).sum();
        assertThat(nodes).isEqualTo(esNodes);
        String search = es.at("/metadata/name").asText();
        assertThat(env.get("QUARKUS_ELASTICSEARCH_HOSTS")).isEqualTo(search + "-es-http:9200");
        assertThat(secretRef(container, "QUARKUS_ELASTICSEARCH_PASSWORD"))
                .isEqualTo(search + "-es-elastic-user/elastic");
        boolean tlsOff = es.at("/spec/http/tls/selfSignedCertificate/disabled").asBoolean(false);
        assertThat(env.get("QUARKUS_ELASTICSEARCH_PROTOCOL")).isEqualTo(tlsOff ? "http" : "https");
        assertThat(env.get("RAQIB_AUTH_ANONYMOUS_READ")).isEqualTo(anonymousReads ? null : "false");

        // Everything lives in the overlay's namespace, so the short service names resolve.
        String namespace = deployment.at("/metadata/namespace").asText();
        assertThat(namespace).isNotBlank();
        assertThat(objects).allSatisfy(o -> assertThat(o.at("/metadata/namespace").asText())
                .as(o.path("kind").asText()).isEqualTo(namespace));

        // Autoscaler, disruption budget and network policy select the service's pods.
        JsonNode hpa = only(objects, "HorizontalPodAutoscaler");
        assertThat(hpa.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
        assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(deployment.at("/metadata/name").asText());
        assertThat(hpa.at("/spec/minReplicas").asInt()).isEqualTo(minReplicas);
        assertThat(hpa.at("/spec/maxReplicas").asInt()).isGreaterThan(minReplicas);
        assertThat(container.at("/resources/requests/cpu").isMissingNode())
                .as("the CPU autoscaler needs a CPU request").isFalse();
        JsonNode pdb = only(objects, "PodDisruptionBudget");
        assertSelects(pdb.at("/spec/selector/matchLabels"), podLabels);
        if (minReplicas == 1) {
            assertThat(pdb.at("/spec/minAvailable").isMissingNode())
                    .as("with one replica, minAvailable would block every node drain").isTrue();
        }
        JsonNode policy = only(objects, "NetworkPolicy");
        assertSelects(policy.at("/spec/podSelector/matchLabels"), podLabels);
        assertThat(policy.at("/spec/ingress/0/ports/0/port").asInt())
                .isEqualTo(container.at("/ports/0/containerPort").asInt());
        List<String> egress = new ArrayList<>();
        policy.at("/spec/egress").forEach(rule -> rule.path("ports").forEach(port -> egress.add(
                rule.at("/to/0/podSelector/matchLabels").toString() + ":" + port.path("port").asInt())));
        assertThat(egress).contains(
                "{\"cnpg.io/cluster\":\"" + db + "\"}:5432",
                "{\"elasticsearch.k8s.elastic.co/cluster-name\":\"" + search + "\"}:9200");
        assertThat(egress).anyMatch(rule -> rule.endsWith(":53"));
        JsonNode service = only(objects, "Service");
        assertSelects(service.at("/spec/selector"), podLabels);

        // Probes and an explicit heap that fits in the memory limit, with room for the rest.
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/group/archive");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        long heap = bytes(flag(env.get("JAVA_HEAP"), "-Xmx(\\d+[kmgKMG])"));
        long limit = bytes(container.at("/resources/limits/memory").asText());
        assertThat(limit).as("memory limit vs heap").isBetween(heap + (192L << 20), 3 * heap);
        assertThat(pod.at("/spec/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.path("image").asText()).doesNotEndWith(":latest").contains(":");
    }

    private static List<JsonNode> render(Path overlay) throws IOException, InterruptedException {
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.toString())
                .redirectErrorStream(true).start();
        byte[] out = kubectl.getInputStream().readAllBytes();
        assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).as("kubectl kustomize finishes").isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(kubectl.exitValue()).as("kubectl kustomize %s:%n%s", overlay, text).isZero();
        try (MappingIterator<JsonNode> docs = new YAMLMapper().readerFor(JsonNode.class).readValues(text)) {
            return docs.readAll().stream().filter(d -> d != null && !d.isEmpty()).toList();
        }
    }

    private static JsonNode only(List<JsonNode> objects, String kind) {
        List<JsonNode> found = objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
        assertThat(found).as("one %s", kind).hasSize(1);
        return found.get(0);
    }

    /** Plain values of the container, with those of the ConfigMaps it reads through envFrom. */
    private static Map<String, String> environment(List<JsonNode> objects, JsonNode container) {
        Map<String, String> env = new HashMap<>();
        container.path("envFrom").forEach(from -> {
            String name = from.at("/configMapRef/name").asText(null);
            if (name == null) {
                return;
            }
            JsonNode map = objects.stream()
                    .filter(o -> "ConfigMap".equals(o.path("kind").asText()))
                    .filter(o -> name.equals(o.at("/metadata/name").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap " + name));
            map.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        });
        container.path("env").forEach(e -> {
            if (e.has("value")) {
                env.put(e.path("name").asText(), e.path("value").asText());
            }
        });
        return env;
    }

    private static String secretRef(JsonNode container, String variable) {
        for (JsonNode e : container.path("env")) {
            if (variable.equals(e.path("name").asText())) {
                JsonNode ref = e.at("/valueFrom/secretKeyRef");
                return ref.path("name").asText() + "/" + ref.path("key").asText();
            }
        }
        throw new AssertionError(variable + " is not read from a Secret");
    }

    private static void assertSelects(JsonNode selector, JsonNode labels) {
        assertThat(selector.size()).as("selector %s", selector).isPositive();
        selector.fields().forEachRemaining(e ->
                assertThat(labels.path(e.getKey()).asText()).as("pod label %s", e.getKey())
                        .isEqualTo(e.getValue().asText()));
    }

    private static String flag(String options, String regex) {
        assertThat(options).as("JVM options").isNotNull();
        Matcher m = Pattern.compile(regex).matcher(options);
        assertThat(m.find()).as("%s in %s", regex, options).isTrue();
        return m.group(1);
    }

    /** Kubernetes quantities (512Mi, 1Gi) and JVM sizes (256m, 1g) in bytes. */
    static long bytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)([kKmMgG])i?").matcher(quantity);
        assertThat(m.matches()).as("a size: %s", quantity).isTrue();
        long n = Long.parseLong(m.group(1));
        return switch (Character.toLowerCase(m.group(2).charAt(0))) {
            case 'k' -> n << 10;
            case 'm' -> n << 20;
            default -> n << 30;
        };
    }
}
