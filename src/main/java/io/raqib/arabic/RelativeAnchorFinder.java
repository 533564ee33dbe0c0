package io.raqib.arabic;

import static io.raqib.arabic.DateVocabulary.L;
import static io.raqib.arabic.DateVocabulary.MODIFIER;
import static io.raqib.arabic.DateVocabulary.R;
import static io.raqib.arabic.DateVocabulary.RELATIVE_WORD;
import static io.raqib.arabic.DateVocabulary.THIS;
import static io.raqib.arabic.FoldedText.fold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar units named relative to the reference date: "العام المقبل", "الشهر الجاري", "السنة
 * الماضية", "هذا العام", and after a modifier the bare "العام"/"الشهر" ("بنهاية العام" = this year).
 * A week resolves to the day seven days away, since {@link ReducedDate} has no week precision.
 */
final class RelativeAnchorFinder implements DateFinder {
    private static final String UNIT = fold("(?<unit>عام|سنة|شهر|أسبوع)");

    private static final Pattern UNIT_WITH_WORD = Pattern.compile(
            L + fold("(?:و|ف)?(?:بال|لل|ال)") + UNIT + "\\s+(?<rel>" + RELATIVE_WORD + ")" + R);
    private static final Pattern THIS_UNIT = Pattern.compile(
            L + fold("(?:و|ف)?(?:ب|ل)?") + THIS + "\\s+" + fold("ال") + UNIT + R);
    /** Only after a modifier: "بنهاية العام" means the current year; "العام" alone means nothing. */
    private static final Pattern MODIFIED_BARE_UNIT = Pattern.compile(
            L + fold("(?:و|ف)?(?:ب|ل)?") + MODIFIER + "\\s+" + fold("ال") + UNIT + R);

    @Override
    public List<DateCandidate> find(String folded, LocalDate reference) {
        List<DateCandidate> out = new ArrayList<>();
        Matcher m = UNIT_WITH_WORD.matcher(folded);
        while (m.find()) {
            DateMention.Direction direction = DateVocabulary.RELATIVE_WORDS.get(m.group("rel"));
            out.add(anchored(m.start(), m.end(), m.group("unit"), direction, reference));
        }
        for (Pattern p : List.of(THIS_UNIT, MODIFIED_BARE_UNIT)) {
            m = p.matcher(folded);
            while (m.find()) {
                // MODIFIED_BARE_UNIT starts at the modifier; ArabicDates re-reads it as a modifier.
                int start = p == THIS_UNIT ? m.start() : m.start("unit") - 2;
                out.add(anchored(start, m.end(), m.group("unit"), DateMention.Direction.PRESENT, reference));
            }
        }
        return out;
    }

    private static DateCandidate anchored(int start, int end, String unit, DateMention.Direction direction,
                                          LocalDate reference) {
        return DateCandidate.anchored(start, end, reference == null ? null : resolve(unit, direction, reference),
                direction);
    }

    static ReducedDate resolve(String unit, DateMention.Direction direction, LocalDate reference) {
        int step = switch (direction) {
            case FUTURE -> 1;
            case PAST -> -1;
            default -> 0;
        };
        if (unit.equals(fold("شهر"))) {
            return ReducedDate.of(reference.plusMonths(step), ReducedDate.Precision.MONTH);
        }
        if (unit.equals(fold("أسبوع"))) {
            return ReducedDate.of(reference.plusWeeks(step), ReducedDate.Precision.DAY);
        }
        return ReducedDate.ofYear(reference.getYear() + step);
    }
}
