package io.raqib.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.raqib.common.ProblemException;
import org.junit.jupiter.api.Test;

class ArabicQueryTest {
    private static ArabicQuery parse(String q) {
        return ArabicQuery.parse(q, 1000, 64);
    }

    @Test
    void quotedTextBecomesAPhraseAndStillCountsAsWords() {
        ArabicQuery q = parse("\"قاعدة عين الأسد\" انسحاب");
        assertThat(q.phrases()).containsExactly("قاعده عين الاسد");
        assertThat(q.terms()).extracting(ArabicQuery.Term::text).containsExactly("قاعده", "عين", "الاسد", "انسحاب");
    }

    @Test
    void typographicQuotesAreQuotes() {
        assertThat(parse("«داعش»").phrases()).containsExactly("داعش");
        assertThat(parse("“البنتاغون”").phrases()).containsExactly("البنتاغون");
    }

    @Test
    void unbalancedQuoteIsIgnored() {
        ArabicQuery q = parse("\"العراق سوريا");
        assertThat(q.phrases()).isEmpty();
        assertThat(q.terms()).extracting(ArabicQuery.Term::text).containsExactly("العراق", "سوريا");
    }

    @Test
    void digitsAreFoldedAndThousandsSeparatorsDropped() {
        assertThat(parse("١٬٥٠٠ جندي").terms()).extracting(ArabicQuery.Term::text).containsExactly("1500", "جندي");
        assertThat(parse("1,500").terms()).extracting(ArabicQuery.Term::text).containsExactly("1500");
        assertThat(parse("۲۰۲۵").terms()).extracting(ArabicQuery.Term::text).containsExactly("2025");
    }

    @Test
    void syntaxCharactersAreSeparators() {
        assertThat(parse("title:العراق AND (سوريا*)").terms()).extracting(ArabicQuery.Term::text)
                .containsExactly("title", "العراق", "and", "سوريا");
    }

    @Test
    void monthsCarryBothFamilies() {
        ArabicQuery q = parse("كانون الثاني 2025");
        assertThat(q.terms()).hasSize(2);
        assertThat(q.terms().get(0).forms()).contains("كانون الثاني", "يناير");
        assertThat(parse("أيلول").terms().get(0).forms()).contains("سبتمبر");
        assertThat(parse("وسبتمبر").terms().get(0).forms()).contains("ايلول");
    }

    @Test
    void spellingVariantsAreAdded() {
        assertThat(parse("الأمريكية").terms().get(0).forms()).containsExactly("الامريكيه", "الاميركيه");
        assertThat(parse("البنتاجون").terms().get(0).forms()).contains("البنتاغون");
        assertThat(parse("العراق").terms().get(0).forms()).containsExactly("العراق");
    }

    @Test
    void otherNumbersOfListedNounsAreAdded() {
        ArabicQuery.Term officials = parse("المسؤولين").terms().get(0);
        assertThat(officials.forms()).containsExactly("المسؤولين");
        assertThat(officials.otherNumbers()).contains("مسؤول", "مسؤولو", "مسؤولا");
        assertThat(parse("العراق").terms().get(0).otherNumbers()).isEmpty();
        assertThat(parse("أيلول").terms().get(0).otherNumbers()).isEmpty();
    }

    @Test
    void stopWordsAreNotRequiredUnlessAlone() {
        assertThat(parse("القوات الأميركية في سوريا").terms()).extracting(ArabicQuery.Term::text)
                .containsExactly("القوات", "الاميركيه", "سوريا");
        assertThat(parse("في").terms()).extracting(ArabicQuery.Term::text).containsExactly("في");
        assertThat(parse("\"من العراق\" انسحاب").phrases()).containsExactly("من العراق");
    }

    @Test
    void limitsAreClear400s() {
        assertThatThrownBy(() -> parse("ع".repeat(1001))).isInstanceOf(ProblemException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> parse("كلمة ".repeat(65))).isInstanceOf(ProblemException.class)
                .hasMessageContaining("words");
        assertThatThrownBy(() -> parse("*** !!!")).isInstanceOf(ProblemException.class);
    }

    @org.junit.jupiter.api.Test
    void aRunOfWordsNamingSomethingTakesItsOtherNames() {
        ArabicQuery.Aliases aliases = words -> switch (words) {
            case "القياده المركزيه الامريكيه" -> java.util.Set.of("سنتكوم", "centcom");
            case "داعش" -> java.util.Set.of("تنظيم الدوله");
            default -> java.util.Set.of();
        };
        ArabicQuery q = ArabicQuery.parse("غارات القيادة المركزية الأمريكية على داعش", 1000, 64, aliases);
        assertThat(q.terms()).extracting(ArabicQuery.Term::text)
                .containsExactly("غارات", "القياده المركزيه الامريكيه", "داعش"); // the stop word على is not required
        ArabicQuery.Term name = q.terms().get(1);
        assertThat(name.isGroup()).isTrue();
        assertThat(name.words()).extracting(ArabicQuery.Term::text).containsExactly("القياده", "المركزيه", "الامريكيه");
        assertThat(name.forms()).containsExactlyInAnyOrder("سنتكوم", "centcom");
        ArabicQuery.Term daesh = q.terms().get(2);
        assertThat(daesh.isGroup()).isFalse();
        assertThat(daesh.forms()).contains("داعش", "تنظيم الدوله");
        // without aliases nothing is grouped
        assertThat(ArabicQuery.parse("القيادة المركزية الأمريكية", 1000, 64).terms()).hasSize(3);
    }
}
