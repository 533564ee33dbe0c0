package io.raqib.deadline.extraction;

import io.raqib.arabic.ArabicSentences;
import io.raqib.arabic.DateMention;
import io.raqib.arabic.FoldedText;
import io.raqib.arabic.ReducedDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What fixes a date or a length of time besides its own words: the first member of a list it belongs
 * to, a start date given after it, an apposition that names it a target.
 */
final class PeriodAnchors {
    private PeriodAnchors() {
    }

    /**
     * "لمدة عامين تبدأ من 12 مارس"، "اعتبارا من 12 مارس ولمدة عامين": a length of time whose start the
     * text gives ends that long after it, as precisely as the start is given; null when no start is given.
     */
    static ReducedDate countedFromGivenStart(FieldText ft, DateMention period) {
        if (period.period() == null) {
            return null;
        }
        int at = ft.dates.indexOf(period);
        ReducedDate after = at + 1 < ft.dates.size() ? countedFromStartAfter(ft, period, ft.dates.get(at + 1)) : null;
        return after != null || at == 0 ? after : countedFromStartBefore(ft, period, ft.dates.get(at - 1));
    }

    /**
     * "خلال ستة أشهر اعتبارا من مطلع السنة المقبلة": a length counted from a start that lies ahead
     * runs forward, even where an undated article cannot say when it ends.
     */
    static boolean startsAhead(FieldText ft, DateMention period) {
        int at = ft.dates.indexOf(period);
        if (period.period() == null || at + 1 >= ft.dates.size()) {
            return false;
        }
        DateMention start = ft.dates.get(at + 1);
        return start.direction() == DateMention.Direction.FUTURE
                && STARTING_FROM.matcher(FoldedText.fold(ft.text.substring(period.end(), start.start()))).matches();
    }

    private static ReducedDate countedFromStartAfter(FieldText ft, DateMention period, DateMention start) {
        ReducedDate from = startOf(start);
        if (from == null || start.kind() == DateMention.Kind.PERIOD
                || from.precision() == ReducedDate.Precision.YEAR
                || !STARTING_FROM.matcher(FoldedText.fold(ft.text.substring(period.end(), start.start()))).matches()) {
            return null;
        }
        return ReducedDate.of(from.firstDay().plus(period.period()), from.precision());
    }

    /**
     * True for the start a length just before it is counted from ("مهلة سبعة أشهر ابتداء من 1 كانون
     * الثاني"): the start is part of that deadline, not a deadline of its own.
     */
    static boolean startOfLengthBefore(FieldText ft, DateMention date) {
        int at = ft.dates.indexOf(date);
        if (at <= 0 || date.kind() == DateMention.Kind.PERIOD) {
            return false;
        }
        DateMention period = ft.dates.get(at - 1);
        // an undated article cannot count the end, but the start still belongs to the length
        ReducedDate from = startOf(date);
        return period.period() != null && (from == null || from.precision() != ReducedDate.Precision.YEAR)
                && STARTING_FROM.matcher(FoldedText.fold(ft.text.substring(period.end(), date.start()))).matches();
    }

    /** A start's date; "مطلع 2026"، "بداية العام المقبل" start in its January. */
    private static ReducedDate startOf(DateMention start) {
        ReducedDate from = start.date();
        if (from != null && from.precision() == ReducedDate.Precision.YEAR
                && start.modifier() == DateMention.Modifier.BEGINNING) {
            return ReducedDate.ofMonth(from.year(), 1);
        }
        return from;
    }

    /**
     * "بدءا من 1 تموز 2025 ولمدة عام": the start given first, the length right after it;
     * ends that long after the start, as precisely as the start is given.
     */
    private static ReducedDate countedFromStartBefore(FieldText ft, DateMention period, DateMention start) {
        ReducedDate from = startOf(start); // "اعتبارا من مطلع 2026 ولمدة ستة أشهر" starts in January
        if (from == null || start.kind() == DateMention.Kind.PERIOD
                || from.precision() == ReducedDate.Precision.YEAR
                || !LASTING.matcher(FoldedText.fold(period.text())).find()
                || !ft.text.substring(start.end(), period.start()).matches("[\\s،,]*")
                || ft.matchEndingAt(FROM_BEFORE, start.start(), 30) == null) {
            return null;
        }
        return ReducedDate.of(from.firstDay().plus(period.period()), from.precision());
    }

    private static final Pattern LASTING = Pattern.compile("^" + FoldedText.fold("(?:و|ف)?(?:ل)?مدة"));
    private static final Pattern FROM_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])" + FoldedText.fold(
            "(?:(?:اعتبارا|ابتداء|بدءا|بداية|انطلاقا)\\s+)?من") + "\\s*$");

    private static final Pattern STARTING_FROM = Pattern.compile("\\s*" + FoldedText.fold(
            "(?:(?:ت|ي)بدأ\\s+(?:من|في)|اعتبارا\\s+من|ابتداء\\s+من|بدءا\\s+من|بدء\\s+من)") + "\\s*");

    /**
     * "تمديد المهمة لعام إضافي، وتنتهي ولايتها الحالية في 30 حزيران": an extension runs on from the
     * expiry the same sentence dates (before or after it), not from the day it was announced; it ends
     * that long after the expiry, as precisely as the expiry is given. Null when no expiry is dated.
     */
    static ReducedDate countedFromExpiry(FieldText ft, ArabicSentences.Span sentence, DateMention period) {
        if (period.period() == null) {
            return null;
        }
        for (DateMention expiry : ft.dates) {
            if (expiry == period || expiry.kind() == DateMention.Kind.PERIOD || expiry.date() == null
                    || expiry.date().precision() == ReducedDate.Precision.YEAR
                    || expiry.start() < sentence.start() || expiry.end() > sentence.end()) {
                continue;
            }
            int gap = expiry.start() > period.end() ? ft.wordsIn(period.end(), expiry.start()).size()
                    : ft.wordsIn(expiry.end(), period.start()).size();
            List<FieldText.Word> lead = ft.wordsIn(sentence.start(), expiry.start());
            boolean expires = lead.subList(Math.max(0, lead.size() - EXPIRY_REACH), lead.size()).stream()
                    .anyMatch(w -> EXPIRY.matcher(w.folded()).matches());
            if (expires && gap <= MAX_GAP_WORDS) {
                return ReducedDate.of(expiry.date().firstDay().plus(period.period()), expiry.date().precision());
            }
        }
        return null;
    }

    /**
     * "لثلاث سنوات أخرى، أي حتى آذار 2028": a length counted from the article's day, followed
     * closely by a written date of the year it reaches, says the same deadline less precisely (the
     * length often runs from an earlier expiry, which the written date states). True when such a
     * date stands at most {@value #RESTATED_GAP_WORDS} words after the length, in its sentence.
     */
    static boolean restatedByDate(FieldText ft, ArabicSentences.Span sentence, DateMention period, ReducedDate due) {
        for (DateMention written : ft.dates) {
            if (written.kind() == DateMention.Kind.PERIOD || written.date() == null
                    || written.start() < period.end() || written.end() > sentence.end()) {
                continue;
            }
            List<FieldText.Word> gap = ft.wordsIn(period.end(), written.start());
            if (gap.size() == 1 && UNTIL.contains(gap.get(0).folded())) {
                // "تمديد البعثة 18 شهراً حتى 30 حزيران 2027": the length's end is written out, whatever
                // day the length was counted from
                return true; // (in an undated article too, where the length alone dates nothing)
            }
            return due != null && written.date().year() == due.year() && gap.size() <= RESTATED_GAP_WORDS;
        }
        return false;
    }

    private static final int RESTATED_GAP_WORDS = 4;
    private static final java.util.Set<String> UNTIL = CueLexicon.fold("حتى", "لغاية", "وحتى", "إلى");

    /** How many words before a date an expiry verb may stand ("تنتهي صلاحية التفويض الحالي في"). */
    private static final int EXPIRY_REACH = 5;
    private static final int MAX_GAP_WORDS = 14;
    private static final Pattern EXPIRY = Pattern.compile(FoldedText.fold(
            "(?:و|ف)?(?:(?:ت|ي)نتهي|انتهاء|لانتهاء|(?:ت|ي)نقضي|انقضاء|(?:ت|ي)نتهى|انتهت|ينتهى|(?:ت|ي)كتمل|اكتمال)"));

    /** Where "، وهو موعد" / "وهو تاريخ" / "موعداً نهائياً" right after a calendar date ends, or -1. */
    static int appositionEnd(FieldText ft, DateMention date) {
        if (date.kind() == DateMention.Kind.PERIOD || date.date() == null) {
            return -1;
        }
        Matcher m = APPOSITION.matcher(ft.foldedAfter(date.end(), 30));
        return m.find() ? ft.advance(date.end(), m.end()) : -1;
    }

    private static final Pattern APPOSITION = Pattern.compile("^\\s*[،,]?\\s*" + FoldedText.fold(
            "(?:(?:و|ف)?(?:هو|هي)\\s+(?:ال)?(?:موعد|تاريخ|يوم)|موعدا?\\s+(?:نهائيا?|أقصى|اقصى))") + "(?![\\p{L}\\p{N}])");

    /**
     * The first of a list of lengths of time that share one preposition ("خلال 15 أو 45 أو 75 يوماً"):
     * a later member ("أو 45") runs forward or not as the first does.
     */
    static DateMention listHead(FieldText ft, DateMention date) {
        DateMention head = date;
        for (int i = ft.dates.indexOf(date) - 1; i >= 0; i--) {
            DateMention before = ft.dates.get(i);
            if (before.kind() != DateMention.Kind.PERIOD || !LIST_LINK.matcher(FoldedText.fold(head.text())).find()
                    || !ft.text.substring(before.end(), head.start()).isBlank()) {
                break;
            }
            head = before;
        }
        return head;
    }

    private static final Pattern LIST_LINK = Pattern.compile("^" + FoldedText.fold("(?:أو|او|و)") + "\\s");
}
