package io.raqib.arabic;

import static io.raqib.arabic.DateVocabulary.L;
import static io.raqib.arabic.DateVocabulary.R;
import static io.raqib.arabic.FoldedText.fold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Half and quarter of a century as lengths of time: "لنصف قرن" is fifty years, "ربع قرن" twenty-five,
 * read as {@link DurationFinder} reads "50 عاما" (a word after them, such as "المقبل" or "آخر", tells
 * the direction the same way). Leases of bases are often written so.
 */
final class CenturyPartFinder implements DateFinder {
    private static final Pattern PART = Pattern.compile(
            L + fold("(?:و?(?:ل|ب)?)") + "(?<part>" + fold("نصف|ربع") + ")\\s+" + fold("قرن") + R);
    private static final Literals CENTURY = Literals.of(fold("قرن"));
    private static final String HALF = fold("نصف");

    @Override
    public List<DateCandidate> find(String folded, LocalDate reference) {
        List<DateCandidate> out = new ArrayList<>();
        if (!CENTURY.in(folded)) {
            return out;
        }
        Matcher m = PART.matcher(folded);
        while (m.find()) {
            DurationFinder.add(folded, m.start(), m.end(), m.group("part").equals(HALF) ? 50 : 25, 'Y', reference, out);
        }
        return out;
    }
}
