package io.raqib.arabic;

import static io.raqib.arabic.DateVocabulary.L;
import static io.raqib.arabic.DateVocabulary.R;
import static io.raqib.arabic.FoldedText.fold;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekday pointed at from the reference date: "الخميس المقبل" (the next Thursday after it),
 * "يوم الأحد القادم", "هذا السبت" (the coming one, or the day itself), "الاثنين الماضي" (the last one
 * before it). A weekday alone ("يوم الخميس") stays unread: the press uses it for days just past.
 */
final class WeekdayFinder implements DateFinder {
    /** Folded: "الإثنين" and "الاثنين" are one key. */
    private static final Map<String, DayOfWeek> DAYS = Map.of(fold("الأحد"), DayOfWeek.SUNDAY, fold("الاثنين"),
            DayOfWeek.MONDAY, fold("الثلاثاء"), DayOfWeek.TUESDAY, fold("الأربعاء"),
            DayOfWeek.WEDNESDAY, fold("الخميس"), DayOfWeek.THURSDAY, fold("الجمعة"), DayOfWeek.FRIDAY, fold("السبت"),
            DayOfWeek.SATURDAY);
    private static final String WEEKDAY = "(?<wd>" + String.join("|", DAYS.keySet()) + ")";
    private static final Pattern POINTED = Pattern.compile(L
            + "(?:(?<this>" + fold("(?:و|ف)?هذا") + ")\\s+(?:" + fold("(?:ال)?يوم") + "\\s+)?|(?:"
            + fold("(?:و|ف|ب)?(?:ال)?يوم") + "\\s+)?)" + fold("(?:و|ف)?") + WEEKDAY + R
            + "(?:\\s+(?<dir>" + fold("المقبل|القادم|الماضي|المنصرم|الفائت") + ")" + R + ")?");
    private static final Pattern PAST = Pattern.compile(fold("الماضي|المنصرم|الفائت"));
    /** Every match holds a weekday's name; most sentences hold none. */
    private static final Literals WEEKDAY_WORD = Literals.of(List.copyOf(DAYS.keySet()));

    @Override
    public List<DateCandidate> find(String folded, LocalDate reference) {
        List<DateCandidate> out = new ArrayList<>();
        if (!WEEKDAY_WORD.in(folded)) {
            return out;
        }
        Matcher m = POINTED.matcher(folded);
        while (m.find()) {
            if (m.group("this") == null && m.group("dir") == null) {
                continue; // "يوم الخميس" alone
            }
            DayOfWeek day = DAYS.get(m.group("wd"));
            boolean past = m.group("dir") != null && PAST.matcher(m.group("dir")).matches();
            LocalDate date = reference == null ? null
                    : past ? reference.with(TemporalAdjusters.previous(day))
                    : m.group("this") != null ? reference.with(TemporalAdjusters.nextOrSame(day))
                    : reference.with(TemporalAdjusters.next(day));
            out.add(DateCandidate.anchored(m.start(), m.end(),
                    date == null ? null : ReducedDate.of(date, ReducedDate.Precision.DAY),
                    past ? DateMention.Direction.PAST : DateMention.Direction.FUTURE));
        }
        return out;
    }
}
