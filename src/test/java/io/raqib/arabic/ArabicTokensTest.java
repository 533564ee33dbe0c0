package io.raqib.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.arabic.ArabicTokens.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicTokensTest {
    @Test
    void tokensKeepOriginalOffsetsThroughDiacriticsAndTatweel() {
        String text = "وصلَ جنـــودٌ (١٬٥٠٠)";
        List<Token> tokens = ArabicTokens.tokenize(text);
        assertThat(tokens).extracting(Token::norm).containsExactly("وصل", "جنود", "1", "500");
        for (Token t : tokens) {
            assertThat(t.end()).isGreaterThan(t.start());
        }
        assertThat(text.substring(tokens.get(1).start(), tokens.get(1).end())).isEqualTo("جنـــودٌ");
    }

    @Test
    void lettersAndDigitsNeverShareAToken() {
        assertThat(ArabicTokens.tokenize("بـ2000 و٣٥عنصرًا")).extracting(Token::norm)
                .containsExactly("ب", "2000", "و", "35", "عنصرا");
    }

    @Test
    void persianLettersAreFolded() {
        assertThat(ArabicTokens.tokenize("القیادة المرکزیة")).extracting(Token::norm)
                .containsExactly("القياده", "المركزيه");
    }

    @Test
    void stemsStripProcliticsAndTheArticle() {
        assertThat(ArabicTokens.stems("وبالتنف")).contains("التنف", "تنف");
        assertThat(ArabicTokens.stems("للقوات")).contains("قوات");
        assertThat(ArabicTokens.stems("بغداد")).contains("بغداد");
    }
}
