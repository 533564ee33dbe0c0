package io.raqib.arabic;

import static io.raqib.arabic.DateVocabulary.AD_SUFFIX;
import static io.raqib.arabic.DateVocabulary.L;
import static io.raqib.arabic.DateVocabulary.MODIFIER;
import static io.raqib.arabic.DateVocabulary.R;
import static io.raqib.arabic.DateVocabulary.RELATIVE_WORD;
import static io.raqib.arabic.DateVocabulary.THIS;
import static io.raqib.arabic.DateVocabulary.YEAR;
import static io.raqib.arabic.FoldedText.fold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters and halves of a year: "الربع الأخير من 2025"، "نهاية الربع الأول من عام 2026"، "الربع الثالث
 * من العام المقبل"، "النصف الثاني من 2025". {@link ReducedDate} has no quarter, so a quarter (or half) is
 * given as one of its months, the way "نهاية العام" is its December: the last month (a deadline falls
 * due by then), the first under "مطلع / بداية", the middle one under "منتصف". The modifier word is read
 * here, because it picks the month.
 */
final class QuarterFinder implements DateFinder {
    private static final Map<String, Integer> ORDINALS = Map.of(
            fold("الأول"), 1, fold("الثاني"), 2, fold("الثالث"), 3, fold("الرابع"), 4, fold("الأخير"), 4);
    private static final String YEAR_WORD = fold("(?:ال)?(?:عام|سنة)");

    private static final Pattern QUARTER = Pattern.compile(L
            + "(?:" + fold("(?:و|ف)?(?:ب|ل)?") + "(?<mod>" + MODIFIER + ")\\s+)?"
            + fold("(?:و|ف)?(?:بال|لل|ال)") + "(?<unit>" + fold("ربع|نصف") + ")\\s+(?<ord>" + DateVocabulary.alternation(ORDINALS.keySet()) + ")"
            + "\\s+" + fold("من") + "\\s+(?:"
            + "(?:" + YEAR_WORD + "\\s+)?(?<y>" + YEAR + ")" + AD_SUFFIX
            + "|" + YEAR_WORD + "\\s+(?<rel>" + RELATIVE_WORD + ")"
            + "|" + THIS + "\\s+" + YEAR_WORD
            + "|" + fold("العام|السنة") + ")" + R);

    private static final Literals ANY_QUARTER = Literals.of(fold("ربع"), fold("نصف"));
    private static final String HALF = fold("نصف");

    @Override
    public List<DateCandidate> find(String folded, LocalDate reference) {
        List<DateCandidate> out = new ArrayList<>();
        if (!ANY_QUARTER.in(folded)) {
            return out;
        }
        Matcher m = QUARTER.matcher(folded);
        while (m.find()) {
            DateMention.Modifier modifier = m.group("mod") == null ? DateMention.Modifier.NONE
                    : DateVocabulary.MODIFIERS.get(m.group("mod"));
            boolean half = m.group("unit").equals(HALF);
            int part = ORDINALS.get(m.group("ord"));
            if (half && part == 3) {
                continue; // a year has no third half
            }
            int month = half ? month(part == 4 ? 2 : part, 6, modifier) : month(part, 3, modifier);
            if (m.group("y") != null) {
                ReducedDate date = ReducedDate.ofMonth(Integer.parseInt(m.group("y")), month);
                out.add(new DateCandidate(m.start(), m.end(), DateMention.Kind.CALENDAR, date, modifier,
                        DateMention.Direction.UNSPECIFIED, null));
                continue;
            }
            DateMention.Direction direction = m.group("rel") == null ? DateMention.Direction.PRESENT
                    : DateVocabulary.RELATIVE_WORDS.get(m.group("rel"));
            ReducedDate date = reference == null ? null : ReducedDate.ofMonth(
                    RelativeAnchorFinder.resolve(fold("عام"), direction, reference).year(), month);
            out.add(new DateCandidate(m.start(), m.end(), DateMention.Kind.ANCHORED, date, modifier, direction, null));
        }
        return out;
    }

    /**
     * The month that stands for a part of the year of {@code months} months: its first at the beginning,
     * its middle one mid-way, else its last.
     */
    private static int month(int part, int months, DateMention.Modifier modifier) {
        int last = part * months;
        return switch (modifier) {
            case BEGINNING -> last - months + 1;
            case MIDDLE -> last - months / 2;
            default -> last;
        };
    }
}
