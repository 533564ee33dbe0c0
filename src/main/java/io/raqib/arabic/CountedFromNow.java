package io.raqib.arabic;

import static io.raqib.arabic.DateVocabulary.R;
import static io.raqib.arabic.FoldedText.fold;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "من الآن" / "من اليوم" right after a length of time ("بعد عامين من الآن"، "خلال ثلاثة أشهر من
 * اليوم"): the length is counted ahead from the reference date. Without it "بعد عامين" stays
 * unspecified, since the press often counts back from an event ("بعد عامين من الانسحاب").
 */
final class CountedFromNow {
    private static final Pattern FROM_NOW = Pattern.compile(
            "^\\s+" + fold("(?:من|منذ)") + "\\s+" + fold("(?:الآن|الان|اليوم|هذا\\s+اليوم|تاريخه)") + R);

    private CountedFromNow() {
    }

    /** Where "من الآن" after {@code end} ends, or -1 when it does not follow. */
    static int endAfter(String folded, int end) {
        Matcher m = FROM_NOW.matcher(folded.substring(end, Math.min(folded.length(), end + 20)));
        return m.find() ? end + m.end() : -1;
    }
}
