package io.raqib.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
    @Test
    void foldsHamzaAndAlefVariants() {
        assertThat(ArabicNormalizer.normalize("أإآا")).isEqualTo("اااا");
    }

    @Test
    void foldsTehMarbutaAndAlefMaqsura() {
        assertThat(ArabicNormalizer.normalize("القوة")).isEqualTo("القوه");
        assertThat(ArabicNormalizer.normalize("مستشفى")).isEqualTo("مستشفي");
    }

    @Test
    void removesDiacriticsAndTatweel() {
        assertThat(ArabicNormalizer.normalize("جُنُودٌ")).isEqualTo("جنود");
        assertThat(ArabicNormalizer.normalize("الجـــيش")).isEqualTo("الجيش");
    }

    @Test
    void foldsPersianLettersAndDigits() {
        assertThat(ArabicNormalizer.normalize("الدولی المرکزیة")).isEqualTo("الدولي المركزيه");
        assertThat(ArabicNormalizer.normalize("٢٠٢٦ ۲۰۲۵")).isEqualTo("2026 2025");
    }

    @Test
    void digitFoldingKeepsLength() {
        String original = "نحو ١٬٥٠٠ جندي";
        assertThat(ArabicDigits.toAscii(original)).hasSameSizeAs(original).isEqualTo("نحو 1,500 جندي");
    }

    @Test
    void hamzaSeatsMeetOnBareAlef() {
        assertThat(fold("مسئول")).isEqualTo(fold("مسؤول")).isEqualTo("مساول");
        assertThat(fold("مسئولية")).isEqualTo(fold("مسؤولية"));
        assertThat(fold("المسئولين")).isEqualTo(fold("المسؤولين"));
        assertThat(fold("هيئة")).isEqualTo(fold("هيأة")).isEqualTo("هياه");
        assertThat(fold("تسائل")).isEqualTo(fold("تساءل"));
        assertThat(fold("يقرءون")).isEqualTo(fold("يقرؤون")).isEqualTo(fold("يقرأون"));
    }

    @Test
    void hamzaFoldingKeepsOtherLettersAndLength() {
        assertThat(ArabicNormalizer.foldHamzaSeats("موقع")).isEqualTo("موقع");
        assertThat(ArabicNormalizer.foldHamzaSeats("بيروت")).isEqualTo("بيروت");
        assertThat(fold("مسؤول")).isNotEqualTo(fold("مسول"));
        assertThat(fold("هيئة")).isNotEqualTo(fold("هيه"));
        String text = "قال مسؤول في الهيئة";
        assertThat(ArabicNormalizer.foldHamzaSeats(text)).hasSameSizeAs(text);
        assertThat(ArabicNormalizer.foldHamzaSeats(null)).isNull();
    }

    /** As the search index folds a word: letters, then hamza seats. */
    private static String fold(String word) {
        return ArabicNormalizer.foldHamzaSeats(ArabicNormalizer.normalize(word));
    }

    @Test
    void monthFamiliesMeetOnTheSameNumber() {
        assertThat(ArabicMonths.monthOf("أيلول")).contains(9);
        assertThat(ArabicMonths.monthOf("سبتمبر")).contains(9);
        assertThat(ArabicMonths.monthOf("كانون الثاني")).contains(1);
        assertThat(ArabicMonths.monthOf("كانون ثاني")).contains(1);
        assertThat(ArabicMonths.monthOf("شباط")).contains(2);
        assertThat(ArabicMonths.monthOf("فبراير")).contains(2);
        assertThat(ArabicMonths.monthOf("الخميس")).isEmpty();
    }
}
