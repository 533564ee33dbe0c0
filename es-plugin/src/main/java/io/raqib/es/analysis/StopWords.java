package io.raqib.es.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/** Parses a {@code stopwords} setting the way Elasticsearch does for one language. */
final class StopWords {

    private StopWords() {
    }

    /**
     * @param setting the setting's values: empty for the default, {@code [_none_]}, {@code [<predefined>]}, or words
     * @param predefined the name of the one predefined set this component knows, e.g. {@code _arabic_}
     * @param defaults that set
     */
    static CharArraySet parse(List<String> setting, String predefined, CharArraySet defaults) {
        if (setting.isEmpty()) {
            return defaults;
        }
        if (setting.size() == 1) {
            String only = setting.get(0).trim();
            if (only.equals("_none_")) {
                return CharArraySet.EMPTY_SET;
            }
            if (only.equals(predefined)) {
                return defaults;
            }
            if (only.length() > 2 && only.startsWith("_") && only.endsWith("_")) {
                throw new IllegalArgumentException("stopwords [" + only + "] are not available on this node: use "
                        + predefined + ", _none_ or a list of words");
            }
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(setting, false));
    }
}
