package io.raqib.es.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code keyword_repeat}: Lucene's {@link KeywordRepeatFilter}, emitting each token twice
 * at the same position, once marked as keyword (so a following stemmer leaves it alone).
 */
@NamedComponent("keyword_repeat")
public class KeywordRepeatFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new KeywordRepeatFilter(tokenStream);
    }
}
