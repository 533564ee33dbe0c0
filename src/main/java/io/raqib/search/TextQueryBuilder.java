package io.raqib.search;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link ArabicQuery} into Elasticsearch's query DSL over the text fields of one kind of
 * document (articles: title and body; claims: the sentence). Every word must match (beyond three
 * words, three in four) in the stemmed fields under any of its forms; the unstemmed ".exact"
 * fields add score so that the very form typed outranks a loose match; quoted phrases, matched
 * exactly, add the most, so they rank first.
 */
public final class TextQueryBuilder {
    static final float PHRASE_BOOST = 10f;

    /**
     * The fields a query runs over: {@code stemmed} must match, {@code exact} (their ".exact"
     * subfields) add score, quoted phrases match {@code phrase}. Boosts as in "title^2".
     */
    public record Fields(List<String> stemmed, List<String> exact, List<String> phrase) {
    }

    private TextQueryBuilder() {
    }

    public static Query build(ArabicQuery query, List<Query> filters, Fields fields) {
        List<String> stemmed = fields.stemmed();
        List<String> exact = fields.exact();
        List<String> phrase = fields.phrase();
        BoolQuery.Builder words = new BoolQuery.Builder().minimumShouldMatch("3<75%");
        for (ArabicQuery.Term term : query.terms()) {
            words.should(termQuery(term, stemmed, exact));
        }
        BoolQuery.Builder root = new BoolQuery.Builder().must(words.build()._toQuery()).filter(filters);
        for (String text : query.phrases()) {
            root.should(multiMatch(text, phrase, TextQueryType.Phrase, PHRASE_BOOST));
        }
        return root.build()._toQuery();
    }

    /**
     * Any form of the word, in the stemmed fields; the exact fields only add score. For a name of
     * several words: all its words (as without aliases), or any of its other names as a phrase.
     */
    private static Query termQuery(ArabicQuery.Term term, List<String> stemmed, List<String> exact) {
        List<Query> forms = new ArrayList<>();
        if (term.isGroup()) {
            List<Query> words = term.words().stream().map(w -> termQuery(w, stemmed, exact)).toList();
            forms.add(BoolQuery.of(b -> b.must(words))._toQuery());
        }
        for (String form : term.forms()) {
            boolean multiWord = form.indexOf(' ') > 0;
            forms.add(multiMatch(form, stemmed, multiWord ? TextQueryType.Phrase : TextQueryType.BestFields, 1f));
            forms.add(multiMatch(form, exact, multiWord ? TextQueryType.Phrase : TextQueryType.BestFields, 1f));
        }
        return BoolQuery.of(b -> b.should(forms).minimumShouldMatch("1"))._toQuery();
    }

    private static Query multiMatch(String text, List<String> fields, TextQueryType type, float boost) {
        return Query.of(q -> q.multiMatch(m -> m.query(text).fields(fields).type(type).boost(boost)));
    }
}
