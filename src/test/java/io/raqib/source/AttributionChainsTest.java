package io.raqib.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table test of the attribution chain over sentences written for it. "~" marks an anonymous originator. */
class AttributionChainsTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                // sentence, extractor's attribution, originator ("~" prefix: anonymous), reporter
                row("نقلت شبكة CBS عن مسؤولين عسكريين أن نحو 900 جندي سيغادرون القاعدة.", "CBS",
                        "~مسؤولين عسكريين", "شبكة CBS"),
                row("ونقلت قناة سي إن إن عن مصادر أمنية أن 500 جندي وصلوا إلى أربيل.", "سي إن إن",
                        "~مصادر أمنية", "قناة سي إن إن"),
                row("نقلت وكالة رويترز عن البنتاغون قوله إن عدد القوات سينخفض إلى 1000 جندي.", "رويترز",
                        "البنتاغون", "وكالة رويترز"),
                row("وفق ما نقلته وكالة الأنباء العراقية (واع)، فإن 2500 جندي ما زالوا في البلاد.",
                        "وكالة الأنباء العراقية", null, "وكالة الأنباء العراقية (واع)"),
                row("وذلك بحسب ما أوردته صحيفة واشنطن بوست عن مسؤولين أمريكيين.", null,
                        "~مسؤولين أمريكيين", "صحيفة واشنطن بوست"),
                row("قالت القيادة المركزية الأمريكية (سنتكوم) في بيان إن قواتها تضم 2000 جندي في سوريا.",
                        "القيادة المركزية الأمريكية", "القيادة المركزية الأمريكية (سنتكوم)", null),
                row("أكد مراسل الشؤون العسكرية في قناة سي إن إن أن 300 جندي انتقلوا إلى الكويت.", "سي إن إن",
                        "قناة سي إن إن", "قناة سي إن إن"),
                row("وقال مراسل الحرب لشبكة CBS إن الانسحاب سيكتمل بحلول أيلول.", "CBS", "شبكة CBS", "شبكة CBS"),
                row("وفقاً لبيانات معهد بحوث الكونغرس، يبلغ عدد الجنود الأمريكيين في العراق 2500 جندي.",
                        "معهد بحوث الكونغرس", "معهد بحوث الكونغرس", null),
                row("بحسب تقرير المرصد السوري لحقوق الإنسان فإن 200 عنصر قتلوا.", "المرصد السوري لحقوق الإنسان",
                        "المرصد السوري لحقوق الإنسان", null),
                row("أعلنت خلية الإعلام الأمني أن 40 عنصراً من داعش اعتقلوا.", "خلية الإعلام الأمني",
                        "خلية الإعلام الأمني", null),
                row("وقالت مصادر مطلعة إن ألف جندي سيصلون الشهر المقبل.", "مصادر مطلعة", "~مصادر مطلعة", null),
                row("ذكرت وسائل إعلام محلية أن 150 جندياً تركياً عبروا الحدود.", "وسائل إعلام محلية",
                        "~وسائل إعلام محلية", null),
                row("أفاد مسؤول أمريكي بأن 700 جندي سيبقون في قاعدة عين الأسد.", "مسؤول أمريكي",
                        "~مسؤول أمريكي", null),
                row("وأضاف البيان أن عدد المستشارين لن يتجاوز 250.", null, null, null),
                row("يبلغ عدد القوات الأمريكية في سوريا نحو 900 جندي.", null, null, null),
                row("يبلغ عدد القوات 2000 جندي، وفقا لشبكة سي إن إن.", "شبكة سي إن إن", "شبكة سي إن إن", null),
                row("ذكرت صحيفة نيويورك تايمز، نقلاً عن مسؤولين في البنتاغون، أن 1500 جندي سيغادرون.",
                        "نيويورك تايمز", "~مسؤولين", "صحيفة نيويورك تايمز"),
                row("وأوردت وكالة فرانس برس نقلاً عن ناشطين أن 60 مقاتلا قتلوا.", "فرانس برس", "~ناشطين",
                        "وكالة فرانس برس"),
                row("نقلاً عن وكالة الأنباء العراقية، فإن 300 جندي غادروا.", "وكالة الأنباء العراقية", null,
                        "وكالة الأنباء العراقية"),
                row("وحسب ما نشرته شفق نيوز عن مصدر أمني فإن 400 عنصر انتشروا في كركوك.", "شفق نيوز",
                        "~مصدر أمني", "شفق نيوز"),
                row("صرح المتحدث باسم التحالف الدولي بأن 3000 جندي سيبقون حتى 2026.", "التحالف الدولي",
                        "المتحدث باسم التحالف الدولي", null),
                row("وكشفت وزارة الدفاع الأمريكية عن نشر 1500 جندي إضافي.", "وزارة الدفاع الأمريكية",
                        "وزارة الدفاع الأمريكية", null),
                row("نقلت روداو عن قائد في البيشمركة أن 200 مستشار وصلوا.", "روداو", "قائد", "روداو"),
                row("ونفت الحكومة العراقية وجود 5000 جندي أمريكي.", "الحكومة العراقية", "الحكومة العراقية", null),
                row("بحسب ما أفادت به وكالة سانا فإن 100 جندي روسي وصلوا.", "سانا", null, "وكالة سانا"),
                row("قال مسؤولون عسكريون لقناة الحرة إن 800 جندي يستعدون للمغادرة.", "مسؤولون عسكريون",
                        "~مسؤولون عسكريون", "قناة الحرة"),
                row("وقدّرت مصادرُ دبلوماسية عدد الجنود بنحو 600.", null, "~مصادر دبلوماسية", null),
                row("ونقل موقع أكسيوس عن البيت الأبيض أن الانسحاب سيكتمل بنهاية العام.", "أكسيوس", "البيت الأبيض",
                        "موقع أكسيوس"),
                // a medium named in an earlier sentence ("الوكالة") is no name; the speaker still is
                row("ونقلت الوكالة عن الخفاجي تأكيده أن 200 مستشار فقط في البلاد.", null, "الخفاجي", null),
                row("أكد مراسل شؤون الأمن في قناة سي إن إن٬ جون سميث، أن 900 جندي يتمركزون في التنف.", null,
                        "قناة سي إن إن", "قناة سي إن إن"),
                row("وفق المصادر فإن 300 عنصر عبروا النهر.", null, "~المصادر", null),
                row("ووفقاً لوكالة أنباء \"هاوار\" الكردية، فإن 1200 عنصر في المعسكرات.", null,
                        "وكالة أنباء هاوار", null),
                // "المتحدث" alone points back to a spokesman named earlier: kept as text, no source
                row("وقال المتحدث لوكالة الأنباء العراقية (واع): إن 40 مستشاراً غادروا.", null, "~المتحدث",
                        "وكالة الأنباء العراقية (واع)"),
                row("وجاء في بيان صادر عن خلية الإعلام الأمني، وفق ما نقلته وكالة الأنباء العراقية (واع)، أن 60 "
                        + "عنصراً اعتقلوا.", null, "خلية الإعلام الأمني", "وكالة الأنباء العراقية (واع)"),
                row("ووفق مراكز أبحاث غربية فإن 5000 مقاتل فروا.", null, "~مراكز أبحاث غربية", null));
    }

    private static Arguments row(String sentence, String attribution, String originator, String reporter) {
        return Arguments.of(sentence, attribution, originator, reporter);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("sentences")
    void readsTheChain(String sentence, String attribution, String originator, String reporter) {
        AttributionChains.Chain chain = AttributionChains.of(sentence, attribution);
        if (originator == null) {
            assertThat(chain.originator()).as("originator").isNull();
        } else {
            boolean anonymous = originator.startsWith("~");
            assertThat(chain.originatorText()).as("originator").isEqualTo(originator.replace("~", ""));
            assertThat(chain.originator().anonymous()).as("originator anonymous").isEqualTo(anonymous);
        }
        assertThat(chain.reporterText()).as("reporter").isEqualTo(reporter);
    }

    @ParameterizedTest
    @MethodSource("anonymousNames")
    void anonymousNamesNameNobody(String name, boolean anonymous) {
        assertThat(AttributionChains.isAnonymous(name)).isEqualTo(anonymous);
    }

    static Stream<Arguments> anonymousNames() {
        return Stream.of(Arguments.of("مصادر أمنية", true), Arguments.of("مسؤولين عسكريين", true),
                Arguments.of("مسؤولون", true), Arguments.of("وسائل إعلام", true), Arguments.of("شهود عيان", true),
                Arguments.of("ما كشفته الوزارة", true), Arguments.of("الوكالة", true), Arguments.of("الوزارة", true),
                Arguments.of("وزارة الدفاع الأمريكية", false), Arguments.of("الحكومة العراقية", false),
                Arguments.of("سنتكوم", false), Arguments.of("شبكة CBS", false), Arguments.of("البنتاغون", false));
    }
}
