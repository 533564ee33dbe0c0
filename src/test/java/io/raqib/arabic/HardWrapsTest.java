package io.raqib.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HardWrapsTest {
    // A paragraph wrapped at about sixty characters: its lines break inside sentences.
    private static final String WRAPPED = String.join("\n",
            "أكدت وزارة الدفاع أن عدد جنودها في قاعدة التنف جنوبي سوريا",
            "ارتفع خلال الصيف بعد أن أرسلت الوزارة تعزيزات جديدة إلى",
            "القاعدة، وأن العدد وصل في نهاية آب إلى 400 جندي من المشاة",
            "والمظليين.");

    @Test
    void joinsTheLinesOfAWrappedParagraphKeepingOffsets() {
        String read = HardWraps.unwrap(WRAPPED);
        assertThat(read).hasSameSizeAs(WRAPPED).doesNotContain("\n");
        assertThat(read.replace(' ', '\n').replace("\n", "")).isEqualTo(WRAPPED.replace(' ', '\n').replace("\n", ""));
        assertThat(read).contains("تعزيزات جديدة إلى القاعدة");
    }

    @Test
    void keepsAStackOfHeadlinesApart() {
        String headlines = String.join("\n",
                "وزير الدفاع يبحث مع نظيره الأمريكي مستقبل قوات التحالف في العراق",
                "البرلمان يناقش مشروع قانون لتنظيم عمل المستشارين الأجانب في البلاد",
                "القوات الأمنية تعلن اعتقال خلية تابعة لتنظيم داعش في محافظة الأنبار");
        assertThat(HardWraps.unwrap(headlines)).isEqualTo(headlines);
    }

    @Test
    void keepsALineEndingInAFigureOrAClosingMark() {
        String dated = String.join("\n",
                "نشرت الحساب الرسمي للقيادة صورا للجنود في القاعدة يوم 20 كانون الأول 2024",
                "وصول دفعة جديدة من الجنود إلى قاعدة حرير في أربيل شمالي العراق في",
                "مطلع العام.");
        String read = HardWraps.unwrap(dated);
        assertThat(read.charAt(dated.indexOf('\n'))).isEqualTo('\n');
    }

    @Test
    void aBlankLineEndsTheParagraphAndALoneLongLineIsNoWrap() {
        String paragraphs = "أكدت وزارة الدفاع أن عدد جنودها في قاعدة التنف جنوبي سوريا ارتفع إلى\n\n"
                + "400 جندي من المشاة والمظليين بحسب بيان صدر عن الوزارة في العاصمة";
        assertThat(HardWraps.unwrap(paragraphs)).isEqualTo(paragraphs);
        String headlineAndBody = "وزارة الدفاع ترسل تعزيزات إلى قاعدة التنف جنوبي سوريا مع\n"
                + "أرسلت الوزارة 400 جندي إلى القاعدة.";
        assertThat(HardWraps.unwrap(headlineAndBody)).isEqualTo(headlineAndBody);
    }

    @Test
    void aLineBrokenAfterAPrepositionIsWrappedWhateverItsWidth() {
        // lines of no common width, as a page's own line breaks leave them
        String broken = String.join("\n",
                "قالت مصادر محلية في محافظة الحسكة اليوم إن التقديرات تشير إلى وصول قرابة 300 عنصر من القوات",
                "الروسية وصلوا صباح اليوم إلى القاعدة الجوية قرب",
                "القامشلي.",
                "وأضافت أن قافلة أخرى في الطريق.");
        String read = HardWraps.unwrap(broken);
        assertThat(read).contains("من القوات الروسية وصلوا").contains("قرب القامشلي.");
        assertThat(read).contains("القامشلي.\nوأضافت");
        // the same lines with no broken preposition stay apart
        String ended = broken.replace("الجوية قرب", "الجوية.");
        assertThat(HardWraps.unwrap(ended)).isEqualTo(ended);
    }

    @Test
    void leavesTextWithoutLineBreaksAlone() {
        assertThat(HardWraps.unwrap("وصل 400 جندي إلى القاعدة")).isEqualTo("وصل 400 جندي إلى القاعدة");
        assertThat(HardWraps.unwrap(null)).isNull();
    }
}
