package io.raqib.es.analysis;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Char filter type {@code mapping}: Lucene's {@link MappingCharFilter} over the rules in
 * {@code mappings} ({@code "from => to"}, {@code to} may be empty; escapes {@code \\uXXXX},
 * {@code \\n}, {@code \\t}, {@code \\r}, {@code \\b}, {@code \\f}, {@code \\\\}, quotes).
 * {@code mappings_path} is not supported. Also applied by normalizers.
 *
 * <p>Elasticsearch instantiates every stable component once with empty settings for each index it
 * builds (the stable API cannot say "requires settings"), so a missing {@code mappings} is reported
 * when the filter is used, not when it is constructed; malformed rules are reported at once.
 */
@NamedComponent("mapping")
public class MappingCharFilterFactory implements CharFilterFactory {

    /** Settings of a {@code mapping} char filter. */
    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "mappings")
        List<String> mappings();
    }

    private final NormalizeCharMap map;

    @Inject
    public MappingCharFilterFactory(Settings settings) {
        List<String> rules = settings.mappings();
        this.map = rules.isEmpty() ? null : MappingRules.parse(rules);
    }

    @Override
    public Reader create(Reader reader) {
        if (map == null) {
            throw new IllegalArgumentException("mapping requires `mappings` to be configured"
                    + " (`mappings_path` is not supported on this node)");
        }
        return new MappingCharFilter(map, reader);
    }

    @Override
    public Reader normalize(Reader reader) {
        return create(reader);
    }
}
