package io.raqib.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the service's CPU time goes, from a JFR recording's execution samples taken while the
 * load ran: the hottest methods (top of the stack), the hottest of the project's own methods
 * (the first io.raqib frame from the top), and the share of broad stages.
 */
public final class HotFrames {
    /** Stages, first match on the stack from the top wins. */
    private static final Map<String, String> STAGES = stages();

    private static Map<String, String> stages() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("co.elastic.clients.json", "Elasticsearch client: JSON (de)serialisation");
        s.put("co.elastic.clients", "Elasticsearch client: other");
        s.put("org.apache.http", "HTTP to Elasticsearch (Apache client)");
        s.put("org.elasticsearch.client", "HTTP to Elasticsearch (REST client)");
        s.put("org.hibernate", "Hibernate / database");
        s.put("io.agroal", "Hibernate / database");
        s.put("org.postgresql", "Hibernate / database");
        s.put("org.h2", "Hibernate / database");
        s.put("com.arjuna", "transactions (Narayana)");
        s.put("io.raqib.search.TextQueryBuilder", "Raqib: building the query");
        s.put("io.raqib.search.ArabicQuery", "Raqib: parsing the query");
        s.put("io.raqib.arabic", "Raqib: Arabic normalisation");
        s.put("com.fasterxml.jackson", "answer JSON (Jackson)");
        s.put("io.raqib.security", "Raqib: security filters");
        s.put("io.quarkus.security", "Quarkus security");
        s.put("io.raqib", "Raqib: other");
        s.put("org.jboss.resteasy", "HTTP server (RESTEasy, Vert.x)");
        s.put("io.vertx", "HTTP server (RESTEasy, Vert.x)");
        s.put("io.netty", "HTTP server (RESTEasy, Vert.x)");
        return s;
    }

    private HotFrames() {
    }

    /** Prints the tables for the samples taken within any of the windows ([from, to] epoch millis). */
    public static void print(Path recording, List<long[]> windows, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> own = new HashMap<>();
        Map<String, Integer> stage = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || !within(e.getStartTime(), windows)) {
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            String thread = e.getThread("sampledThread") == null ? "" : e.getThread("sampledThread").getJavaName();
            if (thread != null && (thread.startsWith("bench-client") || thread.startsWith("HttpClient"))) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            frames.stream().filter(f -> type(f).startsWith("io.raqib")).findFirst()
                    .ifPresent(f -> own.merge(name(f), 1, Integer::sum));
            stage.merge(stageOf(frames), 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "%nwhere the time goes (JFR, %d CPU samples of the service under load)%n", samples);
        table("stage (first match from the top of the stack)", stage, samples, top);
        table("hottest methods (self)", self, samples, top);
        table("hottest Raqib methods (first io.raqib frame)", own, samples, top);
    }

    private static boolean within(Instant t, List<long[]> windows) {
        long ms = t.toEpochMilli();
        return windows.stream().anyMatch(w -> ms >= w[0] && ms <= w[1]);
    }

    private static String stageOf(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String type = type(f);
            for (Map.Entry<String, String> s : STAGES.entrySet()) {
                if (type.startsWith(s.getKey())) {
                    return s.getValue();
                }
            }
        }
        return "JVM and libraries (" + type(frames.get(0)).replaceAll("\\.[^.]+$", "") + ")";
    }

    private static String type(RecordedFrame f) {
        return f.getMethod() == null || f.getMethod().getType() == null ? "" : f.getMethod().getType().getName();
    }

    private static String name(RecordedFrame f) {
        return f.getMethod() == null ? "?" : type(f) + "." + f.getMethod().getName();
    }

    private static void table(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("  " + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, samples),
                        e.getKey()));
    }
}
