package io.raqib.es.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.LongSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/** Test helpers: run components over text, and build settings proxies the way Elasticsearch does. */
final class Analysis {

    private Analysis() {
    }

    /** Terms, with "|" before a term that shares the previous term's position. */
    static List<String> terms(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
        try (stream) {
            stream.reset();
            while (stream.incrementToken()) {
                out.add((inc.getPositionIncrement() == 0 ? "|" : "") + term);
            }
            stream.end();
        }
        return out;
    }

    /** Standard tokenizer, optional char filter, then the filter chain. */
    static List<String> analyze(String text, Function<Reader, Reader> charFilter,
            Function<TokenStream, TokenStream> filters) throws IOException {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(charFilter.apply(new StringReader(text)));
        return terms(filters.apply(tokenizer));
    }

    static List<String> analyze(String text, Function<TokenStream, TokenStream> filters) throws IOException {
        return analyze(text, r -> r, filters);
    }

    static List<String> analyze(Analyzer analyzer, String text) throws IOException {
        try (analyzer) {
            return terms(analyzer.tokenStream("f", text));
        }
    }

    /** A settings proxy with Elasticsearch's semantics (absent list → empty, absent scalar → default). */
    @SuppressWarnings("unchecked")
    static <T> T settings(Class<T> type, Map<String, Object> values) {
        if (type.getAnnotation(AnalysisSettings.class) == null) {
            throw new IllegalArgumentException(type + " is not annotated with @AnalysisSettings");
        }
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> value(method, values));
    }

    private static Object value(Method method, Map<String, Object> values) {
        if (method.getAnnotations().length != 1) {
            throw new IllegalStateException(method + " must carry exactly one setting annotation");
        }
        var a = method.getAnnotations()[0];
        if (a instanceof ListSetting s) {
            Object v = values.get(s.path());
            return v == null ? List.of() : v instanceof List<?> l ? l : List.of(v.toString());
        } else if (a instanceof StringSetting s) {
            return values.getOrDefault(s.path(), s.defaultValue());
        } else if (a instanceof IntSetting s) {
            return values.getOrDefault(s.path(), s.defaultValue());
        } else if (a instanceof LongSetting s) {
            return values.getOrDefault(s.path(), s.defaultValue());
        } else if (a instanceof BooleanSetting s) {
            return values.getOrDefault(s.path(), s.defaultValue());
        }
        throw new IllegalStateException("unknown setting annotation " + a);
    }
}
