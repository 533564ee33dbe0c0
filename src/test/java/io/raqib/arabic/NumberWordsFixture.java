package io.raqib.arabic;

import io.raqib.arabic.ArabicTokens.Token;
import java.math.BigDecimal;

/** Small helpers for the unit tests of the number word kinds. */
final class NumberWordsFixture {
    private NumberWordsFixture() {
    }

    /** The number word a single written word is, or null. */
    static NumberWord word(String written) {
        return NumberWord.of(token(written));
    }

    static Token token(String written) {
        return ArabicTokens.tokenize(written).get(0);
    }

    /** A compound after reading these words in order; fails if grammar refuses one of them. */
    static Compound read(String... words) {
        Compound c = new Compound();
        for (String w : words) {
            NumberWord word = word(w);
            if (!c.read(word)) {
                throw new AssertionError("refused: " + w);
            }
            c.prev = word.kind();
        }
        return c;
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
