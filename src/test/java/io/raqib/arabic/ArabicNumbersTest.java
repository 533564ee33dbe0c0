package io.raqib.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.arabic.ArabicNumbers.NumberMatch;
import io.raqib.arabic.ArabicNumbers.Vague;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNumbersTest {

    /** The single number inside {@code text}, with its offsets checked against the text. */
    private static NumberMatch single(String text) {
        List<NumberMatch> all = ArabicNumbers.findAll(text);
        assertThat(all).as("numbers in «%s»", text).hasSize(1);
        NumberMatch m = all.get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        return m;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            نشر 1500 جندي                 | 1500  | 1500
            نشر ١٥٠٠ جندي                 | 1500  | ١٥٠٠
            نشر ۱۵۰۰ جندی                 | 1500  | ۱۵۰۰
            حوالي 1,200 عنصر              | 1200  | 1,200
            حوالي ١٬٢٠٠ عنصر              | 1200  | ١٬٢٠٠
            نحو ١٢٬٥٠٠ مقاتل              | 12500 | ١٢٬٥٠٠
            ما يقدر بـ2000 جندي           | 2000  | 2000
            ما يقدر ب2000 جندي            | 2000  | 2000
            ما يقدر بـ٢٠٠٠ جندي           | 2000  | ٢٠٠٠
            مقتل ٣٥عنصرًا                  | 35    | ٣٥
            نحو 3 آلاف جندي               | 3000  | 3 آلاف
            نحو ١٠ آلاف مقاتل             | 10000 | ١٠ آلاف
            قرابة 1.5 مليون               | 1500000 | 1.5 مليون
            قرابة ١٫٥ مليون               | 1500000 | ١٫٥ مليون
            ينتشر 2.500 جندي              | 2500  | 2.500
            ينتشر ٢٫٥٠٠ جندي              | 2500  | ٢٫٥٠٠
            تقدم 30،000 جندي              | 30000 | 30،000
            """)
    void readsDigitsOfEveryScript(String text, long value, String span) {
        NumberMatch m = single(text.strip());
        assertThat(m.longValue()).isEqualTo(value);
        assertThat(m.text()).isEqualTo(span.strip());
        assertThat(m.words()).isFalse();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل واحد منهم                  | 1     | واحد
            مقتل أحد الجنود                | 1     | أحد
            إحدى الوحدات                   | 1     | إحدى
            إصابة اثنين                    | 2     | اثنين
            وصل اثنان                      | 2     | اثنان
            ثلاثة جنود                     | 3     | ثلاثة
            خمس مجندات                     | 5     | خمس
            ثمانية عناصر                   | 8     | ثمانية
            عشرة جنود                      | 10    | عشرة
            أحد عشر جنديا                  | 11    | أحد عشر
            اثنا عشر ضابطا                 | 12    | اثنا عشر
            ثلاثة عشر مقاتلا               | 13    | ثلاثة عشر
            ثلاث عشرة مجندة                | 13    | ثلاث عشرة
            عشرون جنديا                    | 20    | عشرون
            خمسين عنصرا                    | 50    | خمسين
            خمسة وعشرون جنديا              | 25    | خمسة وعشرون
            مئة جندي                       | 100   | مئة
            مائة جندي                      | 100   | مائة
            مئتا جندي                      | 200   | مئتا
            مئتين من الجنود                | 200   | مئتين
            مائتي جندي                     | 200   | مائتي
            ثلاثمئة جندي                   | 300   | ثلاثمئة
            ثلاثمائة جندي                  | 300   | ثلاثمائة
            ثلاث مئة جندي                  | 300   | ثلاث مئة
            خمسمئة مقاتل                   | 500   | خمسمئة
            تسعمائة جندي                   | 900   | تسعمائة
            مئة وخمسون جنديا               | 150   | مئة وخمسون
            ألف جندي                       | 1000  | ألف
            ألفا جندي                      | 2000  | ألفا
            ألفي جندي                      | 2000  | ألفي
            ألفان من الجنود                | 2000  | ألفان
            بنحو ألفي جندي                 | 2000  | ألفي
            ثلاثة آلاف جندي                | 3000  | ثلاثة آلاف
            عشرة آلاف مقاتل                | 10000 | عشرة آلاف
            عشرين ألف مقاتل                | 20000 | عشرين ألف
            مئة ألف                        | 100000 | مئة ألف
            ثلاثمئة ألف                    | 300000 | ثلاثمئة ألف
            ألف وخمسمئة جندي               | 1500  | ألف وخمسمئة
            ألفين ومئتي جندي               | 2200  | ألفين ومئتي
            ثلاثة آلاف وخمسمئة             | 3500  | ثلاثة آلاف وخمسمئة
            ألف ونصف                       | 1500  | ألف ونصف
            ألفان ونصف                     | 2500  | ألفان ونصف
            مليون ونصف                     | 1500000 | مليون ونصف
            نصف مليون                      | 500000 | نصف مليون
            مليون جندي                     | 1000000 | مليون
            مليونا لاجئ                    | 2000000 | مليونا
            لا يزيد على الثلاثين           | 30    | الثلاثين
            نحو الخمسين جنديا              | 50    | الخمسين
            خلال الاثني عشر شهرا           | 12    | الاثني عشر
            الاثنتا عشرة مجندة             | 12    | الاثنتا عشرة
            لا يتعدى الأربع مئة جندي       | 400   | الأربع مئة
            فاق الثلاث مئة وخمسين عنصرا    | 350   | الثلاث مئة وخمسين
            """)
    void readsNumberWords(String text, long value, String span) {
        NumberMatch m = single(text.strip());
        assertThat(m.longValue()).isEqualTo(value);
        assertThat(m.text()).isEqualTo(span.strip());
        assertThat(m.words()).isTrue();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            نحو 40 ألفاً من الجنود         | 40000   | 40 ألفاً
            بلغوا ٧٠ ألفًا                 | 70000   | ٧٠ ألفًا
            65 ألفًا و320 منتسبا           | 65320   | 65 ألفًا و320
            8 آلاف و 450 فردا              | 8450    | 8 آلاف و 450
            خمسة آلاف و300 جندي            | 5300    | خمسة آلاف و300
            ألفين و500 عنصر                | 2500    | ألفين و500
            مليون و150 ألف منتسب           | 1150000 | مليون و150 ألف
            مليوناً و40 ألف عنصر           | 1040000 | مليوناً و40 ألف
            خمسين ألفاً من المقاتلين       | 50000   | خمسين ألفاً
            ألفاً من المقاتلين             | 1000    | ألفاً
            قرابة الألفي مقاتل             | 2000    | الألفي
            وصل الثلاثمئة جندي             | 300     | الثلاثمئة
            """)
    void mixedDigitsAndWordsAndDefiniteForms(String text, long value, String span) {
        NumberMatch m = single(text.strip());
        assertThat(m.longValue()).isEqualTo(value);
        assertThat(m.text()).isEqualTo(span.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            بين 30 ألفاً و50 ألفاً         | 30000 | 50000
            بين 2000 و3000 جندي            | 2000  | 3000
            ألف وألف                       | 1000  | 1000
            3 آلاف و4 آلاف                 | 3000  | 4000
            """)
    void aSecondPartNotSmallerThanTheScaleStartsANewNumber(String text, long first, long second) {
        List<NumberMatch> all = ArabicNumbers.findAll(text.strip());
        assertThat(all).extracting(NumberMatch::longValue).containsExactly(first, second);
    }

    @ParameterizedTest(name = "{0} is vague")
    @CsvSource(delimiter = '|', textBlock = """
            عشرات الجنود                   | TENS                  | عشرات
            مئات المقاتلين                 | HUNDREDS              | مئات
            آلاف الجنود                    | THOUSANDS             | آلاف
            عشرات الآلاف من المقاتلين      | TENS_OF_THOUSANDS     | عشرات الآلاف
            مئات الآلاف                    | HUNDREDS_OF_THOUSANDS | مئات الآلاف
            بضعة آلاف جندي                 | THOUSANDS             | بضعة آلاف
            بضع مئات                       | HUNDREDS              | بضع مئات
            وصل العشرات منهم               | TENS                  | العشرات
            ملايين النازحين                | MILLIONS              | ملايين
            """)
    void vagueQuantitiesHaveNoValue(String text, Vague vague, String span) {
        NumberMatch m = single(text.strip());
        assertThat(m.value()).isNull();
        assertThat(m.isVague()).isTrue();
        assertThat(m.vague()).isEqualTo(vague);
        assertThat(m.text()).isEqualTo(span.strip());
    }

    @Test
    void cliticsAreOutsideTheSpanButTheArticleIsKept() {
        NumberMatch m = single("وبألفي جندي");
        assertThat(m.text()).isEqualTo("ألفي");
        assertThat(m.longValue()).isEqualTo(2000);
        assertThat(single("قتل العشرات").text()).isEqualTo("العشرات");
    }

    @Test
    void ordinalsAndDaysWithTheArticleAreNotNumbers() {
        assertThat(ArabicNumbers.findAll("يوم الاثنين الماضي")).isEmpty();
        assertThat(ArabicNumbers.findAll("يوم الأحد")).isEmpty();
        assertThat(ArabicNumbers.findAll("الجيش الثالث")).isEmpty();
        assertThat(ArabicNumbers.findAll("الفرقة الرابعة")).isEmpty();
        assertThat(ArabicNumbers.findAll("نصف القوات")).isEmpty();
        // a day's name before عشرة stays a day: only اثنا / اثني open a teen with the article
        assertThat(ArabicNumbers.findAll("قتل يوم الأحد عشرة جنود")).extracting(NumberMatch::longValue).containsExactly(10L);
        assertThat(ArabicNumbers.findAll("وصل يوم الاثنين عشرة مستشارين")).extracting(NumberMatch::longValue)
                .containsExactly(10L);
        assertThat(ArabicNumbers.findAll("في الخمس الأخير من القرن")).isEmpty();
    }

    @Test
    void separateNumbersStaySeparate() {
        List<NumberMatch> all = ArabicNumbers.findAll("بين 2000 و3000 جندي، في الساعة 2:55");
        assertThat(all).extracting(NumberMatch::longValue).containsExactly(2000L, 3000L, 2L, 55L);
        assertThat(ArabicNumbers.findAll("ثلاثة وأربعة")).extracting(NumberMatch::longValue).containsExactly(3L, 4L);
        assertThat(ArabicNumbers.findAll("عام 2024، 300 جندي")).extracting(NumberMatch::longValue)
                .containsExactly(2024L, 300L);
    }

    @Test
    void diacriticsAndTatweelInsideNumberWords() {
        NumberMatch m = single("ثَلاثَةُ آلافِ جُنْدِيٍّ");
        assertThat(m.longValue()).isEqualTo(3000);
        assertThat(m.text()).isEqualTo("ثَلاثَةُ آلافِ");
        assertThat(single("خمســمئة جندي").longValue()).isEqualTo(500);
    }

    @Test
    void decimalWithoutScaleKeepsItsFraction() {
        NumberMatch m = single("ارتفع 2.5 درجة");
        assertThat(m.value()).isEqualByComparingTo("2.5");
        assertThat(m.longValue()).isNull();
        // the Arabic decimal mark before one or two digits is a decimal, whatever follows
        assertThat(single("ارتفع ٢٫٥ درجة").value()).isEqualByComparingTo("2.5");
        assertThat(single("بلغ المعدل ١٢٫٧٥ نقطة").value()).isEqualByComparingTo("12.75");
    }

    /** A fraction after a scale may name that scale again ("مليونين وربع المليون"): one number, not two. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            بلغ عديد القوات مليونًا وربعَ مليون مقاتل     | 1250000 | مليونًا وربعَ مليون
            يضم الحرس مليونين وربع المليون منتسب        | 2250000 | مليونين وربع المليون
            تجاوز عدد المتطوعين ألفين ونصف الألف        | 2500    | ألفين ونصف الألف
            نشرت الوزارة ثلاثة آلاف ونصف ألف جندي       | 3500    | ثلاثة آلاف ونصف ألف
            يقدر عدد الحرس بنصف مليون وربع مليون مقاتل    | 750000  | نصف مليون وربع مليون
            تخطى الـمـلـيـونـين ونـصف مليون متطوع        | 2500000 | الـمـلـيـونـين ونـصف مليون
            """)
    void aFractionMayNameItsScaleAgain(String text, long value, String span) {
        NumberMatch m = single(text);
        assertThat(m.longValue()).isEqualTo(value);
        assertThat(m.text()).isEqualTo(span);
    }

    @Test
    void aDifferentScaleAfterTheFractionStartsAnotherNumber() {
        List<NumberMatch> all = ArabicNumbers.findAll("قدّم ألف ونصف مليون دولار لتجهيز الفوج");
        assertThat(all).extracting(NumberMatch::text).containsExactly("ألف", "نصف مليون");
        all = ArabicNumbers.findAll("يضم الفيلق مليونًا وربع مليونين من الذخائر");
        assertThat(all).extracting(NumberMatch::text).containsExactly("مليونًا وربع", "مليونين");
    }
}
