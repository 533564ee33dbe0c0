package io.raqib.es.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch reads {@code named_components.json} instead of scanning the jar, so it must list
 * exactly the annotated classes; and each class must be constructible the way Elasticsearch does it.
 */
class NamedComponentsTest {

    private static final Path PLUGIN_DIR = Path.of(System.getProperty("raqib.plugin.dir", "target/plugin"));
    private static final Pattern SECTION = Pattern.compile("\"([\\w.]+)\"\\s*:\\s*\\{([^}]*)}");
    private static final Pattern ENTRY = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"");

    /** name → class name, per extensible interface. */
    private static Map<String, Map<String, String>> namedComponents() throws IOException {
        String json = Files.readString(PLUGIN_DIR.resolve("named_components.json"));
        Map<String, Map<String, String>> out = new TreeMap<>();
        Matcher section = SECTION.matcher(json);
        while (section.find()) {
            Map<String, String> entries = new TreeMap<>();
            Matcher entry = ENTRY.matcher(section.group(2));
            while (entry.find()) {
                entries.put(entry.group(1), entry.group(2));
            }
            out.put(section.group(1), entries);
        }
        return out;
    }

    @Test
    void everyListedComponentIsAnnotatedAndConstructible() throws Exception {
        Map<String, Map<String, String>> components = namedComponents();
        assertEquals(Set.of("org.elasticsearch.plugin.analysis.AnalyzerFactory",
                "org.elasticsearch.plugin.analysis.TokenFilterFactory",
                "org.elasticsearch.plugin.analysis.CharFilterFactory"), components.keySet());
        for (var section : components.entrySet()) {
            Class<?> extensible = Class.forName(section.getKey());
            for (var entry : section.getValue().entrySet()) {
                Class<?> c = Class.forName(entry.getValue());
                assertTrue(extensible.isAssignableFrom(c), c + " implements " + extensible);
                assertTrue(Modifier.isPublic(c.getModifiers()), c + " is public");
                NamedComponent nc = c.getAnnotation(NamedComponent.class);
                assertNotNull(nc, c + " has @NamedComponent");
                assertEquals(entry.getKey(), nc.value(), c + " name");
                Object instance = instantiate(c);
                if (instance instanceof org.elasticsearch.plugin.analysis.TokenFilterFactory f) {
                    assertNotNull(f.create(new org.apache.lucene.analysis.core.KeywordTokenizer()));
                } else if (instance instanceof org.elasticsearch.plugin.analysis.CharFilterFactory f) {
                    Reader r = f.create(Reader.nullReader());
                    assertNotNull(r);
                } else if (instance instanceof org.elasticsearch.plugin.analysis.AnalyzerFactory f) {
                    f.create().close();
                }
            }
        }
    }

    /**
     * The way Elasticsearch builds a component: one public constructor, no-arg or @Inject settings.
     * It also builds each one with empty settings for every index, so that must not fail either.
     */
    private static Object instantiate(Class<?> c) throws Exception {
        Constructor<?>[] constructors = c.getConstructors();
        assertEquals(1, constructors.length, c + " has exactly one public constructor");
        Constructor<?> constructor = constructors[0];
        if (constructor.getParameterCount() == 0) {
            return constructor.newInstance();
        }
        assertNotNull(constructor.getAnnotation(Inject.class), c + " constructor is @Inject");
        Object[] args = new Object[constructor.getParameterCount()];
        for (int i = 0; i < args.length; i++) {
            Class<?> type = constructor.getParameterTypes()[i];
            assertTrue(type.isInterface() && type.getAnnotation(AnalysisSettings.class) != null,
                    type + " is an @AnalysisSettings interface");
            for (Method m : type.getMethods()) {
                assertEquals(1, m.getAnnotations().length, m + " has one setting annotation");
            }
            args[i] = Analysis.settings(type, Map.of());
        }
        constructor.newInstance(args);
        if (c == MappingCharFilterFactory.class) {
            args[0] = Analysis.settings(MappingCharFilterFactory.Settings.class, Map.of("mappings", List.of("a=>b")));
        }
        return constructor.newInstance(args);
    }

    @Test
    void everyAnnotatedClassIsListed() throws Exception {
        Map<String, String> listed = new HashMap<>();
        namedComponents().values().forEach(m -> m.forEach((name, cls) -> listed.put(cls, name)));
        Path classes = Path.of(NamedComponentsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes").resolve("io/raqib/es/analysis");
        int annotated = 0;
        try (Stream<Path> files = Files.list(classes)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String file = p.getFileName().toString();
                if (!file.endsWith(".class") || file.contains("$")) {
                    continue;
                }
                Class<?> c = Class.forName("io.raqib.es.analysis." + file.substring(0, file.length() - 6));
                NamedComponent nc = c.getAnnotation(NamedComponent.class);
                if (nc != null) {
                    annotated++;
                    assertEquals(nc.value(), listed.get(c.getName()), c + " is listed in named_components.json");
                }
            }
        }
        assertEquals(listed.size(), annotated);
    }

    @Test
    void descriptorHasOnlyTheStableKeys() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(PLUGIN_DIR.resolve("stable-plugin-descriptor.properties"))) {
            p.load(r);
        }
        assertEquals(Set.of("description", "version", "name", "java.version", "elasticsearch.version"),
                p.stringPropertyNames());
        assertEquals("raqib-analysis", p.getProperty("name"));
        assertEquals("17", p.getProperty("java.version"));
        assertTrue(p.getProperty("elasticsearch.version").matches("\\d+\\.\\d+\\.\\d+"));
        p.values().forEach(v -> assertTrue(!v.toString().contains("${"), "filtered: " + v));
    }
}
