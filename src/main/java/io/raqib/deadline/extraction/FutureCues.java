package io.raqib.deadline.extraction;

import io.raqib.arabic.ArabicSentences;
import io.raqib.arabic.DateMention;
import io.raqib.arabic.FoldedText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a date's clause looks ahead: future words around it, a length of time that runs forward
 * from the announcement ("في غضون"، "خلال" in a future clause), or a postponement, extension or grace
 * period before a length of time.
 */
final class FutureCues {
    private static final Pattern WITHIN = Pattern.compile("^" + FoldedText.fold("(?:في\\s+)?غضون"));
    private static final Pattern DURING = Pattern.compile("^" + FoldedText.fold("(?:خلال|على\\s+مدى|على\\s+مدار)"));
    private static final Pattern FOR = Pattern.compile("^" + FoldedText.fold("(?:ل)?مدة"));
    private static final Pattern LENGTH = Pattern.compile("^" + FoldedText.fold("(?:و)?(?:لمدة|لفترة)"));
    private static final Pattern ON_CONDITION = Pattern.compile(FoldedText.fold("على\\s+أن"));

    private FutureCues() {
    }

    /**
     * A bare length of time runs forward from the announcement after "في غضون" (unless the verb is
     * past), and after "خلال" when the clause speaks of the future ("تنسحب خلال 3 سنوات" vs. "خلال 3
     * سنوات من القتال").
     */
    static boolean runsForward(DateMention date, Optional<SubjectFinder.Found> subject, boolean futureClause) {
        String phrase = FoldedText.fold(date.text());
        boolean pastVerb = subject.isPresent() && subject.get().tense() == CueLexicon.Tense.PAST;
        if (WITHIN.matcher(phrase).find()) {
            // with no subject word the clause itself must look ahead: "قتلوا … في غضون أسبوع" tells the past
            return !pastVerb && (subject.isPresent() || futureClause);
        }
        if (DURING.matcher(phrase).find()) {
            return futureClause || (subject.isPresent() && subject.get().tense() == CueLexicon.Tense.PRESENT);
        }
        return false;
    }

    private static final Pattern IN_BEFORE = Pattern.compile(FoldedText.fold("(?:^|\\s)(?:و)?في\\s+$"));

    private static final Pattern AFTER = Pattern.compile("^" + FoldedText.fold("(?:و|ف)?بعد") + "\\s");
    private static final Pattern FROM_AN_EVENT = Pattern.compile("^\\s*" + FoldedText.fold("(?:من|على|عن)") + "\\s");

    /**
     * "ستكمل انسحابها في ثلاثة أيام"، "ستنسحب بعد ثلاثة أسابيع": a bare length after في or بعد, in a
     * clause that looks ahead, ends that long after the article's day; "بعد عامين من الاتفاق" counts
     * from an event instead.
     */
    static boolean inLengthAhead(FieldText ft, DateMention date, Optional<SubjectFinder.Found> subject, boolean futureClause) {
        boolean pastVerb = subject.isPresent() && subject.get().tense() == CueLexicon.Tense.PAST;
        if (!futureClause || pastVerb) {
            return false;
        }
        String before = FoldedText.fold(ft.text.substring(Math.max(0, date.start() - 6), date.start()));
        String after = FoldedText.fold(ft.text.substring(date.end(), Math.min(ft.text.length(), date.end() + 6)));
        return IN_BEFORE.matcher(before).find()
                || AFTER.matcher(FoldedText.fold(date.text())).find() && !FROM_AN_EVENT.matcher(after).find();
    }

    /**
     * A headline states a plan in a verbal noun that opens it, with no verb to give a tense:
     * "انسحاب القوات من القاعدة خلال 90 يوماً" (or after the speaker: "البنتاغون: تقليص …"). A length
     * within or during it runs forward from the article's day. A word before the noun may be a verb
     * of the past ("أكملت القوات انسحابها"), so then it does not.
     */
    static boolean headlinePlan(FieldText ft, ArabicSentences.Span sentence, DateMention date,
                                Optional<SubjectFinder.Found> subject) {
        String phrase = FoldedText.fold(date.text());
        if (!(WITHIN.matcher(phrase).find() || DURING.matcher(phrase).find())
                || subject.isEmpty() || subject.get().tense() != CueLexicon.Tense.NOUN) {
            return false;
        }
        int subjectStart = subject.get().start();
        int colon = ft.text.lastIndexOf(':', subjectStart - 1);
        int from = colon >= sentence.start() ? colon + 1 : sentence.start();
        return ft.wordsIn(from, subjectStart).isEmpty();
    }

    /**
     * A decision or announcement of an act named by a verbal noun ("قررت الحكومة سحب جنودها خلال ثلاثة
     * أشهر"، "أقرت الإدارة سحب قواتها في غضون شهرين") plans it, and a call for one proposes it ("دعوا إلى
     * تقليص القوات خلال عام"): a length within or during it runs forward from
     * the decision. The verb must stand at most four words before the noun (an army's name may take two), in its clause.
     */
    static boolean decidedPlan(FieldText ft, ArabicSentences.Span sentence, DateMention date,
                               Optional<SubjectFinder.Found> subject) {
        String phrase = FoldedText.fold(date.text());
        // an order to stay for a length ("أمر الجيش بالبقاء … لمدة عام") plans the stay as well
        boolean stayFor = FOR.matcher(phrase).find() && subject.isPresent()
                && subject.get().subject() == DeadlineSubject.PRESENCE_UNTIL;
        if (!(WITHIN.matcher(phrase).find() || DURING.matcher(phrase).find() || stayFor)
                || subject.isEmpty() || subject.get().tense() != CueLexicon.Tense.NOUN
                || subject.get().start() > date.start()) {
            return false;
        }
        List<FieldText.Word> before = ft.wordsIn(sentence.start(), subject.get().start());
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - 4); i--) {
            if (i + 1 < before.size() && clauseBreak(ft, before.get(i), before.get(i + 1))) {
                return false;
            }
            List<String> following = before.subList(i + 1, before.size()).stream().map(FieldText.Word::folded).toList();
            if (CueLexicon.isDecision(before.get(i).folded())
                    || CueLexicon.isRecommendation(before.get(i).folded(), following)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "مهمة تدريب من المتوقع أن تستمر لثلاثة أشهر"، "ستبقى القوات لمدة ستة أشهر": the length a stay is
     * said to last, in the present or the future, runs forward from the article's day. The verb of
     * lasting stands at most five words before the length, in its clause.
     */
    static boolean lastsFor(FieldText ft, ArabicSentences.Span sentence, DateMention date, Optional<SubjectFinder.Found> subject) {
        if (subject.isEmpty() || subject.get().subject() != DeadlineSubject.PRESENCE_UNTIL || subject.get().negated()
                || subject.get().tense() != CueLexicon.Tense.PRESENT || subject.get().start() > date.start()) {
            return false;
        }
        List<FieldText.Word> gap = ft.wordsIn(subject.get().start(), date.start());
        if (gap.isEmpty() || gap.size() > 6 || CueLexicon.readings(gap.get(0).folded()).stream().noneMatch(LASTING::contains)) {
            return false;
        }
        if (datedBefore(ft, sentence, date)) {
            return false; // "تنتشر في 2026 وتبقى لمدة عام": the stay runs from that date, not the article's
        }
        // "أرسلت مستشارين في مهمة تستمر شهرين": the length of a mission sent in the past is a habit told
        for (FieldText.Word w : ft.wordsIn(sentence.start(), subject.get().start())) {
            if (CueLexicon.subjectOf(w.folded()).filter(c -> c.tense() == CueLexicon.Tense.PAST).isPresent()) {
                return false;
            }
        }
        return oneClause(ft, gap);
    }

    /**
     * "سترسل النرويج 110 جنود لمدة ستة أشهر": troops a verb still sends stay that long from the article's
     * day, unless the sentence dates their start ("في تموز المقبل لمدة عام" runs from July). So does a
     * deployment or stay named by its noun and said to be planned for the length ("النشر مقرر لمدة
     * عام"، "البقاء سيكون لفترة شهرين").
     */
    static boolean sentFor(FieldText ft, ArabicSentences.Span sentence, DateMention date,
                           Optional<SubjectFinder.Found> subject, boolean futureClause) {
        if (!LENGTH.matcher(FoldedText.fold(date.text())).find() || subject.isEmpty()
                || subject.get().start() > date.start() || subject.get().negated()) {
            return false;
        }
        boolean sent = (futureClause || subject.get().future()) && subject.get().subject() == DeadlineSubject.DEPLOYMENT
                && subject.get().tense() == CueLexicon.Tense.PRESENT;
        return (sent || plannedFor(ft, date, subject.get())) && !datedBefore(ft, sentence, date);
    }

    /** Words that say a thing is planned to be: "مقرر"، "مزمع"، "سيكون". */
    private static final java.util.Set<String> PLANNED = CueLexicon.fold("مقرر", "مقررة", "مزمع", "مزمعة",
            "مخطط", "مخططة", "سيكون", "ستكون");

    /** A deployment or stay noun, then (at most five words on, in its clause) a word of planning before the length. */
    private static boolean plannedFor(FieldText ft, DateMention date, SubjectFinder.Found subject) {
        if (subject.tense() != CueLexicon.Tense.NOUN || subject.subject() != DeadlineSubject.DEPLOYMENT
                && subject.subject() != DeadlineSubject.PRESENCE_UNTIL) {
            return false;
        }
        List<FieldText.Word> gap = ft.wordsIn(subject.start(), date.start());
        if (gap.size() < 2 || gap.size() > 6 || !PLANNED.contains(gap.get(gap.size() - 1).folded())) {
            return false;
        }
        return oneClause(ft, gap);
    }

    /** Granting: "منح"، "أعطى" and their present and future forms. */
    private static final java.util.Set<String> GRANTING = CueLexicon.fold("منح", "منحت", "يمنح", "تمنح", "سيمنح",
            "ستمنح", "أعطى", "أعطت", "يعطي", "تعطي", "سيعطي", "ستعطي", "إعطاء");

    /**
     * "وافق على منح القادة نحو ثلاثة أشهر لسحب الجنود": a length granted (a word of granting at most
     * three words before it, in its clause) for an act named right after it with ل runs forward from
     * the article's day, whenever the grant was made.
     */
    static boolean grantedFor(FieldText ft, ArabicSentences.Span sentence, DateMention date,
                              Optional<SubjectFinder.Found> subject) {
        if (subject.isEmpty() || subject.get().negated() || subject.get().start() < date.end()
                || !ft.wordsIn(date.end(), subject.get().start()).isEmpty()
                || !ft.foldedAfter(subject.get().start(), 1).equals("ل")) {
            return false;
        }
        List<FieldText.Word> before = ft.wordsIn(sentence.start(), date.start());
        for (int i = before.size() - 1; i >= 0 && i >= before.size() - 4; i--) {
            if (i + 1 < before.size() && clauseBreak(ft, before.get(i), before.get(i + 1))) {
                return false;
            }
            if (GRANTING.contains(before.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /** Words that name the time an act is given or needs: "الإطار الزمني"، "المدة اللازمة"، "المهلة". */
    private static final java.util.Set<String> TIME_FRAMES = CueLexicon.fold("الإطار", "إطار", "الأطر", "أطر",
            "المدة", "مدة", "الفترة", "فترة", "المهلة", "مهلة", "السقف", "سقف");

    /**
     * "الإطار الزمني لإخراج الجنود يتراوح بين 40 و70 يوما"، "المدة اللازمة لانسحاب الجنود ستة
     * أشهر": the time frame (at most three words before the act's noun) of an act still to come, given
     * as a length later in its clause, runs from the article's day.
     */
    static boolean timeFrameFor(FieldText ft, ArabicSentences.Span sentence, DateMention date,
                                Optional<SubjectFinder.Found> subject) {
        if (subject.isEmpty() || subject.get().negated() || subject.get().tense() != CueLexicon.Tense.NOUN
                || subject.get().start() > date.start()) {
            return false;
        }
        List<FieldText.Word> before = ft.wordsIn(sentence.start(), subject.get().start());
        int frame = -1;
        for (int i = before.size() - 1; i >= 0 && i >= before.size() - 3 && frame < 0; i--) {
            if (CueLexicon.readings(before.get(i).folded()).stream().anyMatch(TIME_FRAMES::contains)) {
                frame = i;
            }
        }
        List<FieldText.Word> span = frame < 0 ? List.of() : ft.wordsIn(before.get(frame).start(), date.start());
        if (span.isEmpty() || span.size() > 15) {
            return false;
        }
        // "المدة التي استغرقها الانسحاب": a length that has passed
        return oneClause(ft, span) && span.stream().noneMatch(w -> LASTED.stream().anyMatch(w.folded()::startsWith));
    }

    /** A date (not a length) earlier in the sentence than the length {@code date}. */
    static boolean datedBefore(FieldText ft, ArabicSentences.Span sentence, DateMention date) {
        return ft.dates.stream().anyMatch(other -> other.kind() != DateMention.Kind.PERIOD
                && other.start() >= sentence.start() && other.end() <= date.start());
    }

    private static final java.util.Set<String> LASTING = CueLexicon.fold("يستمر", "تستمر", "ستستمر",
            "سيستمر", "يمتد", "تمتد", "سيمتد", "ستمتد", "يبقى", "تبقى", "سيبقى", "ستبقى", "يدوم", "تدوم");

    /** Verbs of taking time or needing it, in the present (a past "استغرق" tells what happened). */
    private static final java.util.Set<String> TAKING = CueLexicon.fold("يستغرق", "تستغرق", "سيستغرق",
            "ستستغرق", "يتطلب", "تتطلب", "سيتطلب", "ستتطلب", "يأخذ", "تأخذ", "سيأخذ", "ستأخذ", "يحتاج", "تحتاج",
            "سيحتاج", "ستحتاج");

    /**
     * "قد يتطلب النقل بضعة أشهر"، "يأخذ نحو شهر ونصف": an act named before a verb of taking time
     * (at most two words before the length) is done that long after the article's day.
     */
    static boolean takesTime(FieldText ft, ArabicSentences.Span sentence, DateMention date,
                             Optional<SubjectFinder.Found> subject) {
        if (subject.isEmpty() || subject.get().negated() || subject.get().tense() == CueLexicon.Tense.PAST
                || subject.get().start() > date.start() || datedBefore(ft, sentence, date)) {
            return false;
        }
        List<FieldText.Word> gap = ft.wordsIn(subject.get().start(), date.start());
        for (int i = gap.size() - 1; i >= 1 && i >= gap.size() - 3; i--) {
            if (CueLexicon.readings(gap.get(i).folded()).stream().anyMatch(TAKING::contains)) {
                for (int j = i; j + 1 < gap.size(); j++) {
                    if (clauseBreak(ft, gap.get(j), gap.get(j + 1))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Future words in the date's clause: سوف، من المقرر، a س-verb, "على أن" (the plan that follows), or
     * a subject verb after the date.
     */
    static boolean futureClause(FieldText ft, ArabicSentences.Span sentence, int phraseStart, int dateEnd,
                                int clauseEnd) {
        List<FieldText.Word> before = ft.wordsIn(sentence.start(), phraseStart);
        for (int i = before.size() - 1, seen = 0; i >= 0 && seen < 12; i--) {
            if (!inAside(ft, before.get(i).start())) {
                seen++; // an aside in brackets is not distance from the verb
            }
            if (i + 1 < before.size() && clauseBreak(ft, before.get(i), before.get(i + 1))) {
                break;
            }
            if (CueLexicon.isFutureMarker(before.get(i).folded()) || futureVerb(before.get(i).folded())) {
                return true;
            }
            if (i + 1 < before.size() && ON_CONDITION.matcher(before.get(i).folded() + " " + before.get(i + 1).folded())
                    .matches()) {
                return true;
            }
        }
        for (FieldText.Word w : ft.wordsIn(dateEnd, clauseEnd)) {
            if (CueLexicon.isFutureMarker(w.folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A schedule in the date's own clause ("تنشر 900 جندي، ... الذي استولى عام 2014" schedules nothing):
     * news states schedules in the present ("تنتهي المهمة في أيلول 2025"، "تنتهي في 31 أكتوبر الحالي"),
     * or names the event by its noun with a date after the article's own ("قبل إنهاء المهمة في يونيو
     * 2020" read in June 2019).
     */
    static boolean scheduled(FieldText ft, ArabicSentences.Span sentence, Optional<SubjectFinder.Found> subject,
                             DateMention date) {
        if (subject.isEmpty() || subject.get().start() < date.start()
                && ArabicSentences.clauseEnd(ft.text, subject.get().start(), sentence) < date.start()) {
            return false;
        }
        CueLexicon.Tense tense = subject.get().tense();
        return tense == CueLexicon.Tense.PRESENT || tense == CueLexicon.Tense.NOUN && IN.contains(folded(ft.wordBefore(date.start())))
                && ft.wordsIn(subject.get().start(), date.start()).size() <= NOUN_REACH
                && date.kind() == DateMention.Kind.CALENDAR && date.date() != null && ft.published != null
                && date.date().firstDay().isAfter(ft.published);
    }

    /**
     * How many words from an event's noun to its date ("إنهاء المهمة في"): further off, the date may be
     * another's ("تمديد بقاء القوات … بعد انتهاء ولايتها في 30 حزيران" dates the expiry).
     */
    private static final int NOUN_REACH = 4;

    /** "في" alone dates the noun's event; "بعد 2026" opens a time, it sets no date. */
    private static final java.util.Set<String> IN = java.util.Set.of(FoldedText.fold("في"));

    private static String folded(FieldText.Word w) {
        return w == null ? "" : w.folded();
    }

    /** Nouns that begin like a verb with the future prefix (سـ + ي/ت/ن). */
    private static final java.util.Set<String> S_NOUNS = CueLexicon.fold("سيارة", "سيارات", "سياسة", "سياسات",
            "سياسي", "سياسية", "سياسيين", "سيطرة", "سيناريو", "سيناريوهات", "ستة", "ستين", "ستون", "سنة", "سنوات",
            "سنين", "سنوي", "سنوية", "سيد", "سيدة", "ستار", "سيادة", "سيول", "سيف", "سيناء", "ستالين");
    /** Stems of nouns and names that open like a future verb: سيطرتها، سياساته، سنتكوم (CENTCOM)، سنجار. */
    private static final Pattern S_NOUN_STEMS = Pattern.compile(
            FoldedText.fold("^(?:سيطر|سياس|سيار|سنتكوم|سنجار|سيناتور)"));
    private static final Pattern FUTURE_VERB = Pattern.compile(FoldedText.fold("^(?:و|ف)?س[يتن]") + "\\p{L}{3,}$");

    /** A verb with the future prefix: "ستنقل"، "وسيغادر"، "سننهي" (a list keeps out nouns that start the same). */
    static boolean futureVerb(String foldedWord) {
        String bare = foldedWord.startsWith(FoldedText.fold("و")) || foldedWord.startsWith(FoldedText.fold("ف"))
                ? foldedWord.substring(1) : foldedWord;
        return FUTURE_VERB.matcher(foldedWord).matches() && !S_NOUNS.contains(bare)
                && !S_NOUNS.contains(foldedWord) && !S_NOUN_STEMS.matcher(bare).find();
    }

    /** Start of an إرجاء / تأجيل / تمديد in the clause before a length of time, or null. */
    static Integer postponementBefore(FieldText ft, ArabicSentences.Span sentence, DateMention date) {
        List<FieldText.Word> words = ft.wordsIn(sentence.start(), date.start());
        for (int i = words.size() - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
            FieldText.Word w = words.get(i);
            if (i + 1 < words.size() && clauseBreak(ft, w, words.get(i + 1))) {
                return null;
            }
            if (LASTED.contains(w.folded())) {
                return null; // "تمدد بقاء الكتيبة الذي دام عامين": the length is what has passed
            }
            if (CueLexicon.isPostponement(w.folded())) {
                return w.start();
            }
        }
        return null;
    }

    /** Verbs of having lasted: the length after one tells the past. */
    private static final java.util.Set<String> LASTED = CueLexicon.fold("استمر", "استمرت", "دام", "دامت",
            "امتد", "امتدت", "استغرق", "استغرقت");

    /** No clause break between any two neighbouring words of {@code words}. */
    static boolean oneClause(FieldText ft, List<FieldText.Word> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (clauseBreak(ft, words.get(i), words.get(i + 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean clauseBreak(FieldText ft, FieldText.Word a, FieldText.Word b) {
        String between = ft.text.substring(a.end(), b.start());
        return (between.contains("،") || between.contains(",") || between.contains("؛")) && !inAside(ft, a.end());
    }

    /** Inside brackets at this offset ("(قرب الرمادي، غرب البلاد)"): an aside, which ends no clause. */
    static boolean inAside(FieldText ft, int pos) {
        int open = ft.text.lastIndexOf('(', pos);
        return open >= 0 && ft.text.lastIndexOf(')', pos - 1) < open && ft.text.indexOf(')', pos) >= 0;
    }
}
