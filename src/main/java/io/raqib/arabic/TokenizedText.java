package io.raqib.arabic;

import java.util.List;

/**
 * A text read once for every extractor: its tokens and the names of the standard gazetteer in it.
 * The figure and deadline rules both start from these; an article's fields read this way are
 * tokenised and matched against the gazetteer once, not once per extractor.
 */
public record TokenizedText(String text, List<ArabicTokens.Token> tokens, List<Gazetteer.GazetteerMatch> names) {

    public static TokenizedText of(String text) {
        if (text == null) {
            return new TokenizedText(null, List.of(), List.of());
        }
        String read = HardWraps.unwrap(text); // same length: offsets still index the stored text
        List<ArabicTokens.Token> tokens = ArabicTokens.tokenize(read);
        return new TokenizedText(read, tokens, Gazetteer.standard().findAll(read, tokens));
    }

    public boolean isBlank() {
        return text == null || text.isBlank();
    }
}
