package io.raqib.deadline.extraction;

import io.raqib.arabic.ArabicSentences;
import io.raqib.arabic.FoldedText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "المرحلة الثالثة (آذار 2027): إخلاء قاعدة حرير": a stage of a plan labelled with its date, the
 * stage's content after a colon. The label makes the date the plan's, and what follows the colon
 * says what happens then.
 */
final class PhaseLabel {
    private static final Pattern STAGE = Pattern.compile(FoldedText.fold("(?:و|ف)?(?:ال)?مرحل(?:ة|ه)"));
    private static final Pattern ORDINAL = Pattern.compile(FoldedText.fold(
            "(?:ال)?(?:أولى|اولى|أولي|اولي|ثانية|ثانيه|ثالثة|ثالثه|رابعة|رابعه|خامسة|خامسه|أخيرة|اخيرة|أخيره|اخيره|نهائية|نهائيه)")
            + "|\\d{1,2}|[٠-٩]{1,2}");

    private PhaseLabel() {
    }

    /** True when the words before the date are only a stage and its number, and a colon follows the date soon. */
    static boolean labels(FieldText ft, ArabicSentences.Span sentence, int from, int dateStart, int dateEnd) {
        List<FieldText.Word> before = ft.wordsIn(from, dateStart);
        if (before.isEmpty() || before.size() > 2 || !STAGE.matcher(before.get(0).folded()).matches()
                || before.size() == 2 && !ORDINAL.matcher(before.get(1).folded()).matches()) {
            return false;
        }
        int colon = ft.text.indexOf(':', dateEnd);
        return colon >= 0 && colon < sentence.end() && ft.text.substring(dateEnd, colon).matches("[\\s)\\]]*");
    }
}
