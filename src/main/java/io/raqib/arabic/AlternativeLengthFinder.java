package io.raqib.arabic;

import static io.raqib.arabic.DateVocabulary.COUNT_WORD;
import static io.raqib.arabic.DateVocabulary.DUAL;
import static io.raqib.arabic.DateVocabulary.L;
import static io.raqib.arabic.DateVocabulary.R;
import static io.raqib.arabic.DateVocabulary.SINGULAR;
import static io.raqib.arabic.DateVocabulary.UNIT;
import static io.raqib.arabic.FoldedText.fold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two lengths offered as alternatives or as the ends of a range, the unit written once: "يومين أو
 * ثلاثة"، "أسبوع أو أسبوعين"، "ثلاثة أو أربعة أشهر"، "(خلال) فترة سبعة إلى تسعة أشهر". What is promised by
 * then is promised by the longer one, so the period is the upper bound (the corpus convention for
 * ranges), read the way {@link DurationFinder} reads one length. Counts in digits ("30 أو 60 يوماً"،
 * "6 إلى 8 أسابيع") are {@link DurationFinder}'s.
 */
final class AlternativeLengthFinder implements DateFinder {
    private static final Pattern ALTERNATIVES = Pattern.compile(
            L + fold("(?:و?(?:ل|ب)?)")
            + "(?:(?<dual1>" + DUAL + ")|(?<one1>" + SINGULAR + ")|(?<n1>" + COUNT_WORD + ")(?:\\s+(?<unit1>" + UNIT + "))?)"
            + "\\s+" + fold("(?:او|أو|إلى|الى)") + "\\s+"
            + "(?:(?<dual2>" + DUAL + ")|(?<n2>" + COUNT_WORD + ")(?:\\s+(?<unit2>" + UNIT + "))?)" + R);
    private static final Literals OR = Literals.of(fold("او"), fold("الى"));

    @Override
    public List<DateCandidate> find(String folded, LocalDate reference) {
        List<DateCandidate> out = new ArrayList<>();
        if (!OR.in(folded)) {
            return out;
        }
        Matcher m = ALTERNATIVES.matcher(folded);
        while (m.find()) {
            Character firstUnit = unitOf(m, "1");
            Character secondUnit = unitOf(m, "2");
            // "عامين أو ثلاثة أيام" offers two different lengths, not one length's bounds
            if (firstUnit != null && secondUnit != null && !firstUnit.equals(secondUnit)) {
                continue;
            }
            // the unit written once serves both counts: "يومين أو ثلاثة"، "ثلاثة أو أربعة أشهر"
            Character unit = secondUnit != null ? secondUnit : firstUnit;
            int first = m.group("dual1") != null ? 2 : m.group("one1") != null ? 1 : DateVocabulary.COUNT_WORDS.get(m.group("n1"));
            int second = m.group("dual2") != null ? 2 : DateVocabulary.COUNT_WORDS.get(m.group("n2"));
            if (unit != null && second > first) {
                DurationFinder.add(folded, m.start(), m.end(), second, unit, reference, out);
            }
        }
        return out;
    }

    /** The unit a side of the alternative writes (its unit word, its dual, its singular), or null. */
    private static Character unitOf(Matcher m, String side) {
        if (m.group("unit" + side) != null) {
            return DurationFinder.unitOf(m.group("unit" + side));
        }
        if (m.group("dual" + side) != null) {
            return DateVocabulary.DUALS.get(m.group("dual" + side));
        }
        return side.equals("1") && m.group("one1") != null ? DateVocabulary.SINGULARS.get(m.group("one1")) : null;
    }
}
