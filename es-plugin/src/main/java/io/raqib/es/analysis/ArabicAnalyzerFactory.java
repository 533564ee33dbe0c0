package io.raqib.es.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Analyzer {@code arabic}: Lucene's {@link ArabicAnalyzer} (standard tokenizer, lowercase,
 * decimal_digit, Arabic stop words, arabic_normalization, arabic_stem). Like the official one it takes
 * {@code stopwords} ({@code _arabic_} (default), {@code _none_} or a list of words) and
 * {@code stem_exclusion} (a list of words). {@code stopwords_path} is not supported.
 */
@NamedComponent("arabic")
public class ArabicAnalyzerFactory implements AnalyzerFactory {

    /** Settings of an {@code arabic} analyzer defined in index settings. */
    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "stopwords")
        List<String> stopwords();

        @ListSetting(path = "stem_exclusion")
        List<String> stemExclusion();
    }

    private final CharArraySet stopwords;
    private final CharArraySet stemExclusion;

    @Inject
    public ArabicAnalyzerFactory(Settings settings) {
        this.stopwords = StopWords.parse(settings.stopwords(), "_arabic_", ArabicAnalyzer.getDefaultStopSet());
        List<String> exclusions = settings.stemExclusion();
        this.stemExclusion = exclusions.isEmpty()
                ? CharArraySet.EMPTY_SET
                : CharArraySet.unmodifiableSet(new CharArraySet(exclusions, false));
    }

    @Override
    public Analyzer create() {
        return new ArabicAnalyzer(stopwords, stemExclusion);
    }
}
