package io.raqib.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTest {
    @Test
    void foldsLettersDigitsAndDropsMarksWhileKeepingOffsets() {
        String original = "حتّى أيلُول ٢٠٢٦ بحلـول";
        FoldedText t = FoldedText.of(original);
        assertThat(t.folded()).isEqualTo("حتي ايلول 2026 بحلول");
        int at = t.folded().indexOf("ايلول 2026");
        assertThat(t.originalText(at, at + "ايلول 2026".length())).isEqualTo("أيلُول ٢٠٢٦");
        int by = t.folded().indexOf("بحلول");
        assertThat(t.originalText(by, by + 5)).isEqualTo("بحلـول");
        assertThat(t.foldedIndex(original.indexOf("٢٠٢٦"))).isEqualTo(t.folded().indexOf("2026"));
    }

    @Test
    void foldsPersianLettersAndSpacesOneForOne() {
        assertThat(FoldedText.of("القیادة\u00A0المرکزیة ۲۰۲۵").folded()).isEqualTo("القياده المركزيه 2025");
        assertThat(FoldedText.fold("إلى")).isEqualTo(FoldedText.fold("الى"));
    }
}
