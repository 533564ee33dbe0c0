package io.raqib.es.analysis;

import java.util.Locale;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * Token filter type {@code lowercase} with the official optional {@code language} setting
 * ({@code greek}, {@code irish}, {@code turkish}). The minimal node already has a pre-built
 * {@code lowercase} filter usable by name; what it lacks is the <em>type</em>, needed when index
 * settings define a filter with {@code "type": "lowercase"}.
 */
@NamedComponent("lowercase")
public class LowerCaseFilterFactory implements TokenFilterFactory {

    /** Settings of a {@code lowercase} filter. */
    @AnalysisSettings
    public interface Settings {
        @StringSetting(path = "language", defaultValue = "")
        String language();
    }

    private final String language;

    @Inject
    public LowerCaseFilterFactory(Settings settings) {
        this.language = settings.language().trim().toLowerCase(Locale.ROOT);
        if (!language.isEmpty() && !language.equals("greek") && !language.equals("irish")
                && !language.equals("turkish")) {
            throw new IllegalArgumentException("language [" + settings.language()
                    + "] not supported for lowercase: use greek, irish or turkish, or none");
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return switch (language) {
            case "greek" -> new GreekLowerCaseFilter(tokenStream);
            case "irish" -> new IrishLowerCaseFilter(tokenStream);
            case "turkish" -> new TurkishLowerCaseFilter(tokenStream);
            default -> new LowerCaseFilter(tokenStream);
        };
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}
