package io.raqib.arabic;

import static io.raqib.arabic.DateVocabulary.COUNT_WORD;
import static io.raqib.arabic.DateVocabulary.DUAL;
import static io.raqib.arabic.DateVocabulary.DURATION_PREFIX;
import static io.raqib.arabic.DateVocabulary.L;
import static io.raqib.arabic.DateVocabulary.R;
import static io.raqib.arabic.DateVocabulary.SINGULAR;
import static io.raqib.arabic.DateVocabulary.SINGULAR_FOLLOWER;
import static io.raqib.arabic.DateVocabulary.UNIT;
import static io.raqib.arabic.DateVocabulary.UNIT_PLURAL;
import static io.raqib.arabic.FoldedText.fold;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of time: "3 سنوات", "ثلاث سنوات", "لعامين إضافيين", "خلال الشهرين المقبلين", "السنوات
 * الثلاث المقبلة", "لعام إضافي", "قبل ١٠ سنوات". A word after ("المقبلة", "الإضافيين", "الماضيين") or
 * before ("منذ", "قبل") says which way the period runs from the reference date; then it resolves
 * to a date at the precision of its unit. Without such a word the direction is left UNSPECIFIED and
 * the date null: "3 سنوات" may be an age, a past span or a postponement, which only the caller's
 * context can tell ({@link DateMention#projectFrom}).
 */
final class DurationFinder implements DateFinder {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String CLITIC = fold("(?<cl>و?(?:ل|ب)?(?:ال|ل)?)");

    /** "الـ48 ساعة"، "لـ 25 عاماً": the article or ل may stand before the digits (tatweel is folded away). */
    private static final Pattern DIGITS_UNIT = Pattern.compile(
            Literals.startsWithOneOf(java.util.List.of(fold("ل"), fold("ب"), fold("ال")), true) + L + fold("(?:ل|ب|ال|لل)?") + "(?:(?<=" + fold("(?:^|\\s)ل") + ")\\s)?(?<n>\\d{1,3})\\s*(?<unit>" + UNIT + ")" + R);
    /**
     * A plural unit with no count, pointing ahead: "خلال الأسابيع المقبلة"، "في الأشهر القليلة
     * القادمة"، "خلال الأيام والأشهر المقبلة". Vague: no date, except the coming hours (one day).
     */
    private static final Pattern VAGUE_PLURAL = Pattern.compile(
            L + fold("(?:و?(?:ل|ب)?ال)") + "(?<unit>" + UNIT_PLURAL + ")"
            + "(?:\\s+" + fold("و(?:ال)?") + UNIT_PLURAL + ")?"
            + "(?:\\s+" + fold("(?:ال)?(?:قليلة|قليل)") + ")?"
            + "\\s+" + fold("(?:ال)?(?:مقبلة|قادمة|مقبل|قادم)") + R);
    /** One or two units and a half ("شهر ونصف"، "عامين ونصف"), read in the next smaller unit. */
    private static final Pattern AND_A_HALF = Pattern.compile(
            L + fold("(?:و?(?:ل|ب)?)") + "(?:(?<one>" + SINGULAR + ")|(?<two>" + DUAL + "))\\s+" + fold("ونصف") + R);
    /**
     * "قريبا"، "قريبا جدا"، "في القريب العاجل"، "عما قريب"، "في وقت قريب"، "في المستقبل القريب"، "في أقرب
     * وقت ممكن"; "قريبا
     * من" is a place, not a time.
     */
    private static final Pattern SOON = Pattern.compile(
            L + fold("(?:قريبا(?:\\s+جدا)?(?!\\s+(?:من|منه|منها))|(?:في\\s+)?القريب\\s+العاجل|عما\\s+قريب"
                    + "|(?:في\\s+)?وقت\\s+قريب(?!\\s+(?:من|منه|منها))|(?:في\\s+)?المستقبل\\s+القريب(?!\\s+(?:من|منه|منها))"
                    + "|(?:في\\s+)?أقرب\\s+وقت(?:\\s+ممكن)?)") + R);
    private static final Pattern WORD_UNIT = Pattern.compile(
            L + fold("(?:و?(?:ل|ب)?(?:ال)?)") + "(?<nw>" + COUNT_WORD + ")\\s+(?<unit>" + UNIT + ")" + R);
    private static final Pattern DUAL_FORM = Pattern.compile(L + CLITIC + "(?<dual>" + DUAL + ")" + R);
    private static final Pattern UNIT_THEN_WORD = Pattern.compile(
            L + CLITIC + "(?<unit>" + UNIT_PLURAL + ")\\s+" + fold("(?:ال)?") + "(?<nw>" + COUNT_WORD + ")" + R);
    /** "واحد" / "كامل" after a singular unit belong to the phrase; "إضافي" is read as its direction. */
    private static final String ONE = "(?:\\s+" + fold("(?:ال)?(?:واحد|واحدا|واحدة|كامل|كاملا|كاملة)") + R + ")";
    private static final Pattern SINGULAR_ONE = Pattern.compile(
            L + fold("(?:و?(?:ل|ب)?)") + "(?<unit>" + SINGULAR + ")" + R
            + "(?:" + ONE + "|(?=\\s+" + SINGULAR_FOLLOWER + R + ")|(?=\\s+" + fold("من\\s+(?:الآن|الان|اليوم)") + R + "))");
    /**
     * One unit with no count right after "غضون" ("في غضون شهر"), or after "خلال" or "بعد" when the
     * clause or the line ends there ("خلال عام."، "بعد شهر."، a closing quote may stand before the stop): "خلال عام
     * 2025" and "بعد شهر رمضان" name a calendar unit, not a length.
     */
    private static final Pattern WITHIN_ONE = Pattern.compile(
            "(?<=" + fold("غضون") + "\\s)(?<unit>" + SINGULAR + ")" + R + "(?!\\s*\\d)"
            + "|(?<=" + fold("(?:خلال|بعد)") + "\\s)(?<unit2>" + SINGULAR + ")" + R + "(?=\\s*[\"”»)]?\\s*(?:[.،,؛!؟]|$)|\\h*\\n)");
    /** "لمدة عام"، "لفترة شهر واحد"; "في فترة عام 2015" names a calendar year. */
    private static final Pattern FOR_ONE = Pattern.compile(
            L + fold("(?:و|ف)?(?:ل)?(?:مدة|فترة)") + "\\s+(?<unit>" + SINGULAR + ")" + R + "(?!\\s*\\d)" + ONE + "?");

    /**
     * A range of lengths ("خلال فترة زمنية تتراوح بين 45 و60 يوماً"، "في غضون 6 إلى 8 أسابيع"، "من 3-5 سنوات"):
     * no single date, so a vague period (the phrase kept, no date). "و" links a range only after بين;
     * without it "30 و60 يوماً" is a list ({@link #listedBefore}).
     */
    private static final Pattern RANGE = Pattern.compile(
            L + "(?:(?<p>" + DURATION_PREFIX + ")\\s+)?"
            + "(?:" + fold("(?:ال)?فترة") + "\\s+(?:" + fold("زمنية") + "\\s+)?)?"
            + "(?:" + fold("(?:ت|ي)تراوح") + "\\s+)?"
            + "(?:(?<between>" + fold("(?:ما\\s+)?بين") + ")\\s+|" + fold("من") + "\\s+)?"
            + "(?<a>\\d{1,3})\\s*(?<link>" + fold("(?:و|إلى|الى|حتى)") + "|-|–)\\s*(?<b>\\d{1,3})\\s*"
            + "(?<unit>" + UNIT + ")" + R);

    private static final Pattern SUFFIX = Pattern.compile("^\\s+(?<w>\\p{L}+)");
    /** Before a vague period "في" belongs to the phrase too: "في الأشهر المقبلة". */
    private static final Pattern VAGUE_PREFIX = Pattern.compile(
            L + fold("(?:و|ف)?") + "(?:" + DURATION_PREFIX + "|" + fold("(?:في|فى)") + ")\\s+$");
    private static final Pattern PREFIX = Pattern.compile(
            L + fold("(?:و|ف)?") + "(?<p>" + DURATION_PREFIX + ")\\s+$");

    /** Words some pattern's every match holds (see {@link Literals}): the scans a text cannot match are skipped. */
    private static final Literals ANY_UNIT = Literals.of(DateVocabulary.UNITS.keySet());
    private static final Literals ANY_COUNT_WORD = Literals.of(DateVocabulary.COUNT_WORDS.keySet());
    private static final Literals ANY_DUAL = Literals.of(DateVocabulary.DUALS.keySet());
    private static final Literals ANY_UNIT_PLURAL = Literals.of(DateVocabulary.UNIT_PLURALS);
    private static final Literals AHEAD = Literals.of(fold("مقبل"), fold("قادم"));
    private static final Literals NEAR = Literals.of(fold("قريب"), fold("أقرب"));
    private static final Literals ANY_SINGULAR = Literals.of(DateVocabulary.SINGULARS.keySet());
    /**
     * Words one of which every word count from eleven up holds: a teen's عشر, a ten (عشرين … تسعون), a
     * hundred; "ين" alone would let almost any plural through to the number reader.
     */
    private static final Literals ANY_LARGE_COUNT = Literals.of(java.util.stream.Stream.of("عشر", "عشرين", "عشرون",
            "ثلاثين", "ثلاثون", "اربعين", "اربعون", "خمسين", "خمسون", "ستين", "ستون", "سبعين", "سبعون", "ثمانين",
            "ثمانون", "تسعين", "تسعون", "مئه", "مائه", "مئتي", "مائتي", "مئتا", "مائتا", "مئتين", "مائتين")
            .map(io.raqib.arabic.FoldedText::fold).toList());
    /** Right after a count: its unit ("عشرين يوماً"، "الاثني عشر شهراً"، "مئة يوم"). */
    private static final Pattern UNIT_AFTER = Pattern.compile("^\\s+(?<unit>" + UNIT + ")" + R);

    @Override
    public List<DateCandidate> find(String folded, LocalDate reference) {
        List<DateCandidate> out = new ArrayList<>();
        boolean units = ANY_UNIT.in(folded);
        boolean countWords = ANY_COUNT_WORD.in(folded);
        boolean plurals = ANY_UNIT_PLURAL.in(folded);
        boolean digitsUnit = units && Literals.hasDigit(folded);
        boolean duals = ANY_DUAL.in(folded);
        boolean vague = plurals && AHEAD.in(folded);
        boolean soon = NEAR.in(folded);
        Matcher m = DIGITS_UNIT.matcher(folded);
        while (digitsUnit && m.find()) {
            // no period is zero long: "0 يوم" is no period, and a zero in a list is no item of it
            List<int[]> listed = Integer.parseInt(m.group("n")) == 0 ? List.of() : listedBefore(folded, m.start("n"));
            if (listed.isEmpty()) {
                add(folded, m, Integer.parseInt(m.group("n")), unitOf(m.group("unit")), reference, out);
            } else {
                addList(folded, m, listed, reference, out);
            }
        }
        m = WORD_UNIT.matcher(folded);
        while (units && countWords && m.find()) {
            add(folded, m, DateVocabulary.COUNT_WORDS.get(m.group("nw")), unitOf(m.group("unit")), reference, out);
        }
        if (units && ANY_LARGE_COUNT.in(folded)) {
            largeWordCounts(folded, reference, out);
        }
        m = DUAL_FORM.matcher(folded);
        while (duals && m.find()) {
            add(folded, m, 2, DateVocabulary.DUALS.get(m.group("dual")), reference, out);
        }
        m = UNIT_THEN_WORD.matcher(folded);
        while (plurals && countWords && m.find()) {
            add(folded, m, DateVocabulary.COUNT_WORDS.get(m.group("nw")), unitOf(m.group("unit")), reference, out);
        }
        m = RANGE.matcher(folded);
        while (digitsUnit && m.find()) { // a range holds digits and a unit word, like DIGITS_UNIT
            range(folded, m, out);
        }
        m = VAGUE_PLURAL.matcher(folded);
        while (vague && m.find()) {
            vague(folded, m.start(), m.end(), unitOf(m.group("unit")) == 'H' ? reference : null, out);
        }
        m = AND_A_HALF.matcher(folded);
        boolean singulars = ANY_SINGULAR.in(folded);
        while ((duals || singulars) && m.find()) {
            int whole = m.group("one") != null ? 1 : 2;
            char unit = m.group("one") != null ? DateVocabulary.SINGULARS.get(m.group("one"))
                    : DateVocabulary.DUALS.get(m.group("two"));
            switch (unit) {
                case 'Y' -> add(folded, m, whole * 12 + 6, 'M', reference, out);
                case 'M' -> add(folded, m, whole * 30 + 15, 'D', reference, out);
                case 'W' -> add(folded, m, whole * 7 + 3, 'D', reference, out);
                default -> { } // half a day or an hour dates nothing a day cannot
            }
        }
        m = SOON.matcher(folded);
        while (soon && m.find()) {
            vague(folded, m.start(), m.end(), null, out);
        }
        for (Pattern p : singulars ? List.of(SINGULAR_ONE, FOR_ONE) : List.<Pattern>of()) {
            m = p.matcher(folded);
            while (m.find()) {
                add(folded, m, 1, DateVocabulary.SINGULARS.get(m.group("unit")), reference, out);
            }
        }
        m = WITHIN_ONE.matcher(folded);
        while (units && m.find()) {
            String unit = m.group("unit") != null ? m.group("unit") : m.group("unit2");
            int at = m.start();
            if (out.stream().noneMatch(c -> c.start() <= at && at < c.end())) {
                add(folded, m, 1, DateVocabulary.SINGULARS.get(unit), reference, out);
            }
        }
        return out;
    }

    /**
     * Counts from eleven up in words before their unit: "خلال عشرين يوماً"، "على مدى الاثني عشر شهراً
     * المقبلة"، "في غضون خمسة وأربعين يوماً" (three to ten are {@link DateVocabulary#COUNT_WORDS}).
     */
    private static void largeWordCounts(String folded, LocalDate reference, List<DateCandidate> out) {
        for (ArabicNumbers.NumberMatch n : ArabicNumbers.findAll(folded)) {
            Long count = n.longValue();
            if (!n.words() || count == null || count < 11 || count > 999) {
                continue;
            }
            Matcher unit = UNIT_AFTER.matcher(folded);
            unit.region(n.end(), folded.length());
            if (unit.lookingAt()) {
                add(folded, n.start(), unit.end(), count.intValue(), unitOf(unit.group("unit")), reference, out);
            }
        }
    }

    /** "30 أو 60 أو 90 يوماً": one earlier count of the list, its separator right after it. */
    private static final Pattern LISTED_COUNT = Pattern.compile(
            "(?<![\\d\\p{L}])(?<n>\\d{1,3})\\s*(?<sep>" + fold("او") + "|" + fold("و") + "|،|,)\\s*$");

    /**
     * The counts listed before a count with its unit, earliest first, each as {start, end, value,
     * separator start}: the unit written once after the last applies to them all.
     */
    private static List<int[]> listedBefore(String folded, int numberStart) {
        List<int[]> items = new ArrayList<>();
        int pos = numberStart;
        while (true) {
            Matcher c = LISTED_COUNT.matcher(folded);
            c.region(Math.max(0, pos - 12), pos);
            c.useTransparentBounds(true);
            if (!c.find() || Integer.parseInt(c.group("n")) == 0) {
                break;
            }
            items.add(0, new int[] {c.start("n"), c.end("n"), Integer.parseInt(c.group("n")), c.start("sep")});
            pos = c.start("n");
        }
        return items;
    }

    /**
     * "خلال 30 أو 60 أو 90 يوماً": one period per count, each read the way the whole phrase
     * points (the prefix before the first count or the word after the unit).
     */
    private static void addList(String folded, Matcher last, List<int[]> listed, LocalDate reference,
                                List<DateCandidate> out) {
        char unit = unitOf(last.group("unit"));
        List<DateCandidate> all = new ArrayList<>();
        add(folded, last, Integer.parseInt(last.group("n")), unit, reference, all);
        List<DateCandidate> first = new ArrayList<>();
        int firstStart = listed.get(0)[0];
        Matcher head = DIGITS.matcher(folded);
        head.region(firstStart, listed.get(0)[1]);
        head.find();
        add(folded, head, listed.get(0)[2], unit, reference, first);
        DateMention.Direction direction = all.get(0).direction() != DateMention.Direction.UNSPECIFIED
                ? all.get(0).direction() : first.get(0).direction();
        for (int i = 0; i < listed.size(); i++) {
            int[] item = listed.get(i);
            int start = i == 0 ? first.get(0).start() : listed.get(i - 1)[3];
            out.add(period(start, item[1], item[2], unit, direction, reference));
        }
        out.add(period(listed.get(listed.size() - 1)[3], all.get(0).end(), Integer.parseInt(last.group("n")), unit,
                direction, reference));
    }

    private static DateCandidate period(int start, int end, int count, char unit, DateMention.Direction direction,
                                        LocalDate reference) {
        Period period = periodOf(count, unit);
        ReducedDate date = reference == null || direction == DateMention.Direction.UNSPECIFIED ? null
                : project(reference, period, direction == DateMention.Direction.FUTURE ? 1 : -1);
        return new DateCandidate(start, end, DateMention.Kind.PERIOD, date, DateMention.Modifier.NONE, direction, period);
    }

    private static Period periodOf(int count, char unit) {
        return switch (unit) {
            case 'Y' -> Period.ofYears(count);
            case 'M' -> Period.ofMonths(count);
            case 'W' -> Period.ofWeeks(count);
            // hours count as the days they reach: "خلال 48 ساعة" → two days on, "24 ساعة" → the next day
            case 'H' -> Period.ofDays(Math.max(1, (count + 23) / 24));
            default -> Period.ofDays(count);
        };
    }

    /** A forward period without a length; {@code oneDayFrom} set for "the coming hours" (the next day). */
    private static void vague(String folded, int start, int end, LocalDate oneDayFrom, List<DateCandidate> out) {
        Matcher before = VAGUE_PREFIX.matcher(folded);
        before.region(Math.max(0, start - 15), start);
        before.useTransparentBounds(true);
        if (before.find()) {
            start = before.start();
        }
        ReducedDate date = oneDayFrom == null ? null : ReducedDate.of(oneDayFrom.plusDays(1), ReducedDate.Precision.DAY);
        out.add(new DateCandidate(start, end, DateMention.Kind.PERIOD, date, DateMention.Modifier.NONE,
                DateMention.Direction.FUTURE, date == null ? null : Period.ofDays(1)));
    }

    private static void range(String folded, Matcher m, List<DateCandidate> out) {
        boolean andLink = m.group("link").equals(fold("و"));
        if ((andLink && m.group("between") == null)
                || Integer.parseInt(m.group("a")) >= Integer.parseInt(m.group("b"))) {
            return;
        }
        DateMention.Direction direction = m.group("p") == null ? DateMention.Direction.UNSPECIFIED
                : DateVocabulary.DURATION_PREFIXES.getOrDefault(SPACES.matcher(m.group("p")).replaceAll(" "),
                DateMention.Direction.UNSPECIFIED);
        Suffix suffix = suffixAfter(folded, m.end());
        out.add(new DateCandidate(m.start(), suffix == null ? m.end() : suffix.end(), DateMention.Kind.PERIOD, null,
                DateMention.Modifier.NONE, suffix == null ? direction : suffix.direction(), null));
    }

    /** A word right after a period that says which way it runs ("الماضية"، "المقبلة"), and where it ends. */
    private record Suffix(DateMention.Direction direction, int end) {
    }

    private static Suffix suffixAfter(String folded, int end) {
        Matcher after = SUFFIX.matcher(folded.substring(end, Math.min(folded.length(), end + 25)));
        if (!after.find()) {
            return null;
        }
        DateMention.Direction d = DateVocabulary.durationSuffixDirection(after.group("w"));
        return d == null ? null : new Suffix(d, end + after.end());
    }

    static char unitOf(String word) {
        Character u = DateVocabulary.UNITS.get(word);
        if (u == null && word.startsWith(fold("ساع"))) {
            u = 'H';
        }
        if (u == null) {
            // plural written with a different hamza, e.g. اشهر: fall back on the stem
            u = word.startsWith(fold("سن")) || word.startsWith(fold("ع")) || word.startsWith(fold("أع")) ? 'Y'
                    : word.contains(fold("شه")) ? 'M' : word.contains(fold("سبوع")) || word.contains(fold("سابيع")) ? 'W'
                    : 'D';
        }
        return u;
    }

    private static void add(String folded, Matcher m, int count, char unit, LocalDate reference,
                            List<DateCandidate> out) {
        add(folded, m.start(), m.end(), count, unit, reference, out);
    }

    static void add(String folded, int matchStart, int matchEnd, int count, char unit, LocalDate reference,
                            List<DateCandidate> out) {
        if (count <= 0) {
            return;
        }
        int start = matchStart;
        Suffix suffix = suffixAfter(folded, matchEnd);
        int end = suffix == null ? matchEnd : suffix.end();
        DateMention.Direction direction = suffix == null ? DateMention.Direction.UNSPECIFIED : suffix.direction();
        Matcher before = PREFIX.matcher(folded);
        before.region(Math.max(0, start - 15), start);
        before.useTransparentBounds(true);
        if (before.find()) {
            String word = SPACES.matcher(before.group("p")).replaceAll(" ");
            DateMention.Direction d = DateVocabulary.DURATION_PREFIXES.getOrDefault(word,
                    DateMention.Direction.UNSPECIFIED);
            if (direction == DateMention.Direction.UNSPECIFIED) {
                direction = d;
            }
            start = before.start();
            // "خلال فترة"، "على مدى فترة": the period word has its own prefix, which leads the phrase
            if (word.equals(fold("فترة")) || word.equals(fold("مدة"))) {
                before.region(Math.max(0, start - 15), start);
                if (before.find()) {
                    start = before.start();
                }
            }
        }
        int fromNow = direction == DateMention.Direction.UNSPECIFIED ? CountedFromNow.endAfter(folded, end) : -1;
        if (fromNow > 0) {
            direction = DateMention.Direction.FUTURE;
            end = fromNow;
        }

        Period period = periodOf(count, unit);
        ReducedDate date = null;
        if (reference != null && direction == DateMention.Direction.FUTURE) {
            date = project(reference, period, 1);
        } else if (reference != null && direction == DateMention.Direction.PAST) {
            date = project(reference, period, -1);
        }
        out.add(new DateCandidate(start, end, DateMention.Kind.PERIOD, date, DateMention.Modifier.NONE, direction,
                period));
    }

    /**
     * The reference moved by the period (sign +1 forward, -1 back), at the precision of the period's
     * unit, except that years counted ahead keep their month: "خلال عامين" from a day in March ends in
     * March two years on, which a bare year would not say (a past span in years stays a year).
     */
    static ReducedDate project(LocalDate reference, Period period, int sign) {
        LocalDate moved = sign > 0 ? reference.plus(period) : reference.minus(period);
        ReducedDate.Precision precision = period.getYears() != 0 && sign < 0 ? ReducedDate.Precision.YEAR
                : period.getYears() != 0 || period.getMonths() != 0 ? ReducedDate.Precision.MONTH
                : ReducedDate.Precision.DAY;
        return ReducedDate.of(moved, precision);
    }
}
