package io.raqib.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.arabic.Gazetteer.GazetteerMatch;
import io.raqib.arabic.Gazetteer.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    private GazetteerMatch only(String text) {
        List<GazetteerMatch> all = gazetteer.findAll(text);
        assertThat(all).as("matches in «%s»", text).hasSize(1);
        return all.get(0);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            انتشرت القوات الأمريكية هناك             | US
            انتشرت القوات الأميركية هناك             | US
            قال البنتاغون أمس                         | US
            قال البنتاجون أمس                         | US
            ذكرت القيادة المركزية الأمريكية          | US
            قالت سنتكوم في بيان                        | US
            بيان CENTCOM الأخير                        | US
            هجوم لتنظيم "داعش" قرب الحدود              | ISIS
            عناصر تنظيم الدولة الإسلامية               | ISIS
            مقاتلو تنظيم الدولة                         | ISIS
            مقاتلي داعش                                 | ISIS
            أعلنت قسد                                    | SDF
            مقاتلو قوات سوريا الديمقراطية               | SDF
            فصائل الحشد الشعبي                           | PMF
            قوات البيشمركة الكردية                        | PESHMERGA
            مع قوات التحالف                              | COALITION
            قال التحالف الدولي                           | COALITION
            قال التحالف الدولى                           | COALITION
            اشتبكوا مع الجيش السوري                      | SYRIAN_GOV
            ضباط من قوات النظام السوري                   | SYRIAN_GOV
            تقدم الجيش التركي                           | TURKISH
            عناصر هيئة تحرير الشام                       | HTS
            مستشارون من الحرس الثوري                      | IRANIAN
            """)
    void findsForcesAndTheirVariants(String text, String force) {
        GazetteerMatch m = only(text.strip());
        assertThat(m.kind()).isEqualTo(Kind.FORCE);
        assertThat(m.code()).isEqualTo(force);
        assertThat(m.force()).isEqualTo(force);
    }

    @Test
    void offsetsPointIntoTheOriginalTextAndSkipClitics() {
        String text = "وصلت تعزيزات وبالتنف ولأربيل وللتحالف";
        List<GazetteerMatch> all = gazetteer.findAll(text);
        assertThat(all).extracting(GazetteerMatch::code).containsExactly("TANF", "ERBIL", "COALITION");
        assertThat(all).extracting(GazetteerMatch::text).containsExactly("التنف", "أربيل", "تحالف");
        for (GazetteerMatch m : all) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void placesCarryTheirCountry() {
        List<GazetteerMatch> all = gazetteer.findAll("من قاعدة عين الأسد إلى دير الزور ثم حمرين");
        assertThat(all).extracting(GazetteerMatch::code).containsExactly("AIN_AL_ASAD", "DEIR_EZZOR", "HAMRIN");
        assertThat(all).extracting(GazetteerMatch::country).containsExactly("IQ", "SY", "IQ");
        assertThat(all).allSatisfy(m -> assertThat(m.kind()).isEqualTo(Kind.PLACE));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل 12 جنديا روسيا                 | RUSSIAN
            يضم المعسكر 400 عنصرًا تركيًا       | TURKISH
            وصل 30 ضابطا سوريا إلى ليبيا       | SYRIAN_GOV
            زار الوفد العسكري روسيا             | null
            أعيد الجنود جوا تركيا               | null
            بقي الجنديان في تركيا               | null
            """)
    void anAccusativeAdjectiveAfterAnIndefiniteNounIsNotTheState(String text, String force) {
        GazetteerMatch m = gazetteer.findAll(text.strip()).get(0);
        assertThat(m.kind()).isEqualTo(Kind.COUNTRY);
        assertThat(String.valueOf(m.force())).isEqualTo(force);
    }

    @Test
    void countryNamesImplyNoForceButAdjectivesDo() {
        GazetteerMatch name = only("في سوريا");
        assertThat(name.kind()).isEqualTo(Kind.COUNTRY);
        assertThat(name.code()).isEqualTo("SY");
        assertThat(name.impliesForce()).isFalse();

        GazetteerMatch adjective = only("مستشارين أمريكيين");
        assertThat(adjective.code()).isEqualTo("US");
        assertThat(adjective.force()).isEqualTo("US");
        assertThat(adjective.text()).isEqualTo("أمريكيين");
    }

    @Test
    void persianLettersDiacriticsAndTatweelAreFolded() {
        assertThat(only("القیادة المرکزیة الأمریکیة").code()).isEqualTo("US");
        assertThat(only("الجُنودُ الأمريكيّون").force()).isEqualTo("US");
        assertThat(only("داعـــش").code()).isEqualTo("ISIS");
        GazetteerMatch m = only("في العِراق");
        assertThat(m.text()).isEqualTo("العِراق");
    }

    @Test
    void longestMatchWins() {
        GazetteerMatch m = only("القيادة المركزية الأمريكية (سنتكوم)".substring(0, 26));
        assertThat(m.text()).isEqualTo("القيادة المركزية الأمريكية");
        assertThat(gazetteer.findAll("قوات التحالف الدولي في العراق"))
                .extracting(GazetteerMatch::code).containsExactly("COALITION", "IQ");
    }

    @Test
    void ordinaryWordsAreNotNames() {
        assertThat(gazetteer.findAll("وحشد قواته على الحدود وبنى قاعدة جديدة")).isEmpty();
        assertThat(gazetteer.findAll("وقف إطلاق النار في 2024")).isEmpty();
    }

    /** A place written with its article keeps it behind every clitic; without it, the word is another. */
    @Test
    void aPlaceNeverDropsItsArticle() {
        assertThat(gazetteer.findAll("وصلت فرقة هندسية وسلّمت ورقة التفاهم")).isEmpty();
        assertThat(gazetteer.findAll("أُرسلت فرقةٌ صغيرة إلى المطار")).extracting(GazetteerMatch::code).isEmpty();
        assertThat(gazetteer.findAll("تمركزت القوات بالرقة والحسكة ثم انتقلت للرقة"))
                .extracting(GazetteerMatch::code).containsExactly("RAQQA", "HASAKAH", "RAQQA");
        assertThat(gazetteer.findAll("فالرقة أقرب من الموصل وكالموصل"))
                .extracting(GazetteerMatch::code).containsExactly("RAQQA", "MOSUL", "MOSUL");
    }

    /** "ألماني": the lam after the hamza seat is the stem's, so the adjective with the real article is found too. */
    @Test
    void aStemBeginningWithTheArticlesLettersTakesTheArticleToo() {
        for (String text : List.of("مدربين ألمان", "المدربين الألمان", "الحكومة الألمانية", "البعثة الالمانية",
                "للمدربين الألمان", "قوة ألمانية")) {
            GazetteerMatch m = only(text);
            assertThat(m.code()).as(text).isEqualTo("DE");
            assertThat(m.force()).as(text).isEqualTo("GERMAN");
        }
        assertThat(gazetteer.findAll("في المانيا")).extracting(GazetteerMatch::code).containsExactly("DE");
        assertThat(gazetteer.findAll("أكد الالتزام بالانسحاب وألمح إلى الأمانة")).isEmpty();
    }

    @Test
    void everyEntryHasAKnownForceCode() {
        List<String> codes = io.raqib.common.Codes.FORCES;
        for (Gazetteer.Entry e : gazetteer.entries()) {
            if (e.force() != null) {
                assertThat(codes).as(e.canonical()).contains(e.force());
            }
            if (e.kind() != Kind.FORCE || e.country() != null) {
                assertThat(e.country() == null || e.country().matches("[A-Z]{2}")).as(e.canonical()).isTrue();
            }
        }
    }
}
