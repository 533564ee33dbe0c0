package io.raqib.arabic;

import static io.raqib.arabic.DateVocabulary.L;
import static io.raqib.arabic.DateVocabulary.R;
import static io.raqib.arabic.DateVocabulary.YEAR;
import static io.raqib.arabic.FoldedText.fold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "بين عامي 2025 و2026"، "ما بين 2025 و2026": a span of two years, read as its later year, since what
 * is to be done between them is done by the end of that one.
 */
final class YearRangeFinder implements DateFinder {
    private static final Pattern RANGE = Pattern.compile(L
            + fold("(?:ما\\s+)?(?:و|ف)?بين") + "\\s+(?:" + fold("(?:عامي|العامين|سنتي|السنتين)") + "\\s+)?"
            + "(?<from>" + YEAR + ")\\s+" + fold("(?:و\\s*)") + "(?<to>" + YEAR + ")" + R);
    private static final Literals ANY_BETWEEN = Literals.of(fold("بين"));

    @Override
    public List<DateCandidate> find(String folded, LocalDate reference) {
        List<DateCandidate> out = new ArrayList<>();
        if (!ANY_BETWEEN.in(folded)) {
            return out;
        }
        Matcher m = RANGE.matcher(folded);
        while (m.find()) {
            int from = Integer.parseInt(m.group("from"));
            int to = Integer.parseInt(m.group("to"));
            if (to > from && to - from <= 10) {
                out.add(DateCandidate.calendar(m.start(), m.end(), ReducedDate.ofYear(to)));
            }
        }
        return out;
    }
}
