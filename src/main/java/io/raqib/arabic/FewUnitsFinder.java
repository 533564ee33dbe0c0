package io.raqib.arabic;

import static io.raqib.arabic.DateVocabulary.DURATION_PREFIX;
import static io.raqib.arabic.DateVocabulary.L;
import static io.raqib.arabic.DateVocabulary.R;
import static io.raqib.arabic.DateVocabulary.UNIT_PLURAL;
import static io.raqib.arabic.FoldedText.fold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Some units with no count: "عدة أسابيع"، "بضعة أشهر"، "أيام قليلة"، or a bare plural after "خلال" /
 * "في غضون" ("خلال أسابيع"). Vague: no date; "منذ" / "قبل" before it point back. A plural with a
 * word of direction after it ("الأسابيع المقبلة") is {@link DurationFinder}'s.
 */
final class FewUnitsFinder implements DateFinder {
    private static final Pattern FEW_UNITS = Pattern.compile(
            L + "(?:(?<p>" + DURATION_PREFIX + ")\\s+)?(?<few>" + fold("(?:عدة|بضعة|بضع)") + "\\s+)?"
            + "(?<unit>" + UNIT_PLURAL + ")(?<after>\\s+" + fold("(?:قليلة|معدودة)") + ")?" + R
            + "(?!\\s*(?:\\d|" + fold("(?:ال)?(?:مقبل|قادم|ماضي|ماض|أخير|إضافي)") + "))");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Literals ANY_UNIT_PLURAL = Literals.of(DateVocabulary.UNIT_PLURALS);

    @Override
    public List<DateCandidate> find(String folded, LocalDate reference) {
        List<DateCandidate> out = new ArrayList<>();
        Matcher m = FEW_UNITS.matcher(folded);
        boolean plurals = ANY_UNIT_PLURAL.in(folded);
        while (plurals && m.find()) {
            String prefix = m.group("p") == null ? null : SPACES.matcher(m.group("p")).replaceAll(" ");
            boolean within = prefix != null && !prefix.equals(fold("قبل")) && !prefix.equals(fold("منذ"));
            if (m.group("few") == null && m.group("after") == null && !within) {
                continue; // "أسابيع" alone, or "قبل أسابيع", counts nothing
            }
            DateMention.Direction direction = prefix == null ? DateMention.Direction.UNSPECIFIED
                    : DateVocabulary.DURATION_PREFIXES.getOrDefault(prefix, DateMention.Direction.UNSPECIFIED);
            out.add(new DateCandidate(m.start(), m.end(), DateMention.Kind.PERIOD, null, DateMention.Modifier.NONE,
                    direction, null));
        }
        return out;
    }
}
