package io.raqib.deadline.extraction;

import io.raqib.arabic.FoldedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words around a date that say what kind of deadline it is and how firm: subject words with
 * their tense, postponement and extension, recommendation, reporting verbs and future markers.
 * Written in ordinary Arabic, folded once; lookups strip the clitics and article a word may carry
 * (و ف ب ل س, ال, وبال, لل …).
 */
final class CueLexicon {

    /** Whether a subject word is a noun (انسحاب), a present/future verb (تنسحب) or a past verb (انسحبت). */
    enum Tense { NOUN, PRESENT, PAST }

    /**
     * A subject word found in text.
     *
     * @param future true when the word carries the future prefix س (ستنسحب)
     */
    record SubjectCue(DeadlineSubject subject, Tense tense, boolean future) {
    }

    private static final Map<String, SubjectCue> SUBJECTS = new HashMap<>();

    static {
        subject(DeadlineSubject.WITHDRAWAL, Tense.NOUN, "انسحاب", "سحب", "خروج", "مغادرة", "رحيل", "إخراج", "إخلاء",
                "تقليص", "خفض", "جلاء", "انسحابها", "انسحابه", "إغلاق", "تسليم", "تخفيض");
        subject(DeadlineSubject.WITHDRAWAL, Tense.PRESENT, "ينسحب", "تنسحب", "ننسحب", "يسحب", "تسحب", "يخرج", "تخرج",
                "يغادر", "تغادر", "يرحل", "ترحل", "يقلص", "تقلص", "يخفض", "تخفض", "ينخفض", "تنخفض", "يخلي", "تخلي",
                "يغلق", "تغلق", "يسلم", "تسلم", "نسلم", "نغادر", "نسحب", "يستبدل", "تستبدل"); // replaced troops leave
        subject(DeadlineSubject.WITHDRAWAL, Tense.PAST, "انسحب", "انسحبت", "خرج", "خرجت", "غادر", "غادرت", "رحل",
                "رحلت", "قلص", "قلصت", "انخفض", "انخفضت", "سحبت", "أخلت", "أغلقت", "أغلق", "سلمت",
                // going home: "عاد معظم الجنود إلى بلادهم اعتبارا من …"
                "عاد", "عادت", "عادوا");

        subject(DeadlineSubject.MISSION_END, Tense.NOUN, "انتهاء", "إنهاء", "ختام", "اختتام", "تصفية", "وقف", "إيقاف");
        subject(DeadlineSubject.MISSION_END, Tense.PRESENT, "ينتهي", "تنتهي", "ينهي", "تنهي", "يختتم", "تختتم", "يوقف",
                "نوقف", "ننهي");
        subject(DeadlineSubject.MISSION_END, Tense.PAST, "انتهى", "انتهت", "أنهى", "أنهت", "اختتمت", "أوقف", "أوقفت");

        subject(DeadlineSubject.PRESENCE_UNTIL, Tense.NOUN, "بقاء", "إبقاء", "استمرار", "تمديد", "وجود", "تواجد",
                "تمركز", "بقائها", "وجودها", "بقائه", "وجوده", "مشاركة", "امتداد");
        // an extension is decided in the past and runs into the future: "مدد … حتى <date>" reads as a noun does
        subject(DeadlineSubject.PRESENCE_UNTIL, Tense.NOUN, "مدد", "مددت");
        subject(DeadlineSubject.PRESENCE_UNTIL, Tense.PRESENT, "يبقى", "تبقى", "يستمر", "تستمر", "يمدد", "تمدد", "يدوم", "تدوم",
                "يظل", "تظل", "يتواجد", "تتواجد", "تمكث", "يمكث", "تبقي", "يبقي", "يمتد", "تمتد", "نبقى", "يمد", "تمد",
                "يبقون", "يبقوا", "يبقيان");
        subject(DeadlineSubject.PRESENCE_UNTIL, Tense.PAST, "بقي", "بقيت", "استمر", "استمرت", "ظل",
                "ظلت", "أبقت", "أبقى", "بقوا");

        // disarming an armed group ("نزع سلاح الجماعات قبل 19 أيلول") or merging it into an army is the corpus's "other" deadline
        subject(DeadlineSubject.OTHER, Tense.NOUN, "نزع", "دمج", "اندماج");
        subject(DeadlineSubject.DEPLOYMENT, Tense.NOUN, "نشر", "إرسال", "انتشار", "وصول", "تعزيز", "تعزيزات", "نقل",
                "إيفاد", "تموضع", "زيادة");
        subject(DeadlineSubject.DEPLOYMENT, Tense.PRESENT, "ينشر", "تنشر", "يرسل", "ترسل", "ينتشر", "تنتشر", "يصل",
                "تصل", "ينقل", "توفد", "يوفد", "ينضم", "تنضم");
        subject(DeadlineSubject.DEPLOYMENT, Tense.PAST, "نشرت", "أرسلت", "أرسل", "انتشرت", "وصلت", "وصل",
                "أوفدت");
    }

    /**
     * Moving: "تنتقل المهمة إلى شراكات ثنائية" ends a mission, "تنتقل القوات إلى أربيل" redeploys them.
     * These words are read as mission_end next to a mission word, as deployment otherwise.
     */
    private static final Map<String, Tense> TRANSITIONS = Map.of(
            FoldedText.fold("انتقال"), Tense.NOUN, FoldedText.fold("ينتقل"), Tense.PRESENT,
            FoldedText.fold("تنتقل"), Tense.PRESENT, FoldedText.fold("انتقل"), Tense.PAST,
            FoldedText.fold("انتقلت"), Tense.PAST, FoldedText.fold("تحول"), Tense.NOUN,
            FoldedText.fold("تتحول"), Tense.PRESENT, FoldedText.fold("يتحول"), Tense.PRESENT);
    private static final Set<String> MISSION_WORDS = fold("مهمة", "مهمته", "مهمتها", "بعثة", "المهمة", "البعثة");

    /**
     * Postponement, extension and a grace period granted ("منحت القوات مهلة 60 يوماً للانسحاب"، "أمهل
     * البرلمان الحكومة 30 يوماً"): a length of time after them runs forward from the announcement.
     */
    private static final Set<String> POSTPONEMENTS = fold("إرجاء", "تأجيل", "أرجأ", "أرجأت", "أجل", "أجلت",
            "يؤجل", "تؤجل", "يرجئ", "ترجئ", "تمديد", "مدد", "مددت", "يمدد", "تمدد", "إطالة", "تجديد", "جدد",
            "جددت", "يجدد", "تجدد", "مهلة", "أمهل", "أمهلت", "يمهل", "تمهل", "إمهال");

    /** Recommendation, proposal, demand: not a decision. دعا and its forms need إلى after them. */
    private static final Set<String> RECOMMENDATIONS = fold("أوصى", "أوصت", "يوصي", "توصي", "توصية", "توصيات",
            "اقترح", "اقترحت", "يقترح", "تقترح", "مقترح", "اقتراح", "طالب", "طالبت", "يطالب", "تطالب", "مطالبة",
            "مطالبات", "نصح", "نصحت", "ينصح");
    private static final Set<String> CALLS = fold("دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "دعوة", "دعوات");
    private static final Set<String> TO = fold("إلى", "الى", "إلي");

    /** Verbs that introduce who said or decided something. */
    private static final Set<String> REPORTING_VERBS = fold("أعلن", "أعلنت", "يعلن", "تعلن", "أكد", "أكدت",
            "يؤكد", "تؤكد", "قال", "قالت", "يقول", "تقول", "أوضح", "أوضحت", "ذكر", "ذكرت", "أفاد", "أفادت", "كشف",
            "كشفت", "أوصى", "أوصت", "يوصي", "توصي", "اقترح", "اقترحت", "يقترح", "تقترح", "دعا", "دعت", "قرر", "قررت",
            "تقرر", "يقرر", "أبلغ", "أبلغت", "صرح", "صرحت", "أشار", "أشارت", "أورد", "أوردت", "طالب", "طالبت",
            "يطالب", "تطالب", "أقر", "أقرت", "وافق", "وافقت", "اتفق", "اتفقت");

    /** Announcing, beyond the reporting verbs: the verbal noun and the forms the future prefix takes. */
    private static final Set<String> ANNOUNCING = fold("إعلان", "يكشف", "تكشف", "الكشف", "نعلن", "يصرح", "تصرح");

    /** What opens a reported statement or its topic: "سيعلن قريبا عن …"، "تعلن … أنه …". */
    private static final Set<String> COMPLEMENTIZERS = fold("عن", "أن", "أنه", "أنها", "أنهم", "بأن", "بأنه",
            "بأنها", "إن", "إنه", "إنها");

    /** Signing an agreement: a date right after it dates the signature ("الاتفاقية الموقعة في …"). */
    private static final Set<String> SIGNINGS = fold("الموقعة", "الموقع", "الموقعين", "موقعة", "وقعت", "وقع",
            "وقعا", "وقعتا", "توقيع", "المبرمة", "المبرم", "أبرمت", "أبرم", "أبرما", "إبرام");

    /** Words that announce the future without a subject verb: "من المقرر"، "سوف"، "تعتزم". */
    private static final Set<String> FUTURE_WORDS = futureWords();

    /**
     * Present verbs of starting and completing state a schedule ("تبدأ بريطانيا سحب قواتها في …"،
     * "يستكمل الانسحاب في …"); with the future prefix س they and the common auxiliaries say the future.
     */
    private static Set<String> futureWords() {
        List<String> words = new ArrayList<>(List.of("سوف", "المقرر", "المتوقع", "يتوقع", "تتوقع", "نتوقع",
                "تعتزم", "يعتزم", "نعتزم", "تنوي", "ينوي", "ننوي", "تخطط", "يخطط", "نخطط", "المزمع", "المرتقب", "يرتقب",
                // what a party wants, hopes or is committed to is still to come: "تريد الحكومة أن تتولى القيادة من …"
                "تريد", "يريد", "نريد", "تأمل", "يأمل", "نأمل", "ملتزمون", "ملتزمة", "ملتزم", "نلتزم", "تلتزم",
                // getting ready is for what comes: "تستعد القوات لإتمام انسحابها بين عامي …"
                "تستعد", "يستعد", "يستعدون", "تتهيأ", "يتهيأ",
                // a purpose is still to be met: "وقف العملية للسماح بانسحاب المقاتلين خلال 120 ساعة"
                "للسماح", "تمهيدا", "بهدف",
                // options under study are about what may come: "تدرس الوزارة خيارات لسحب القوات خلال …"
                "يدرس", "تدرس", "خيارات", "سيناريوهات", "إمكانية", "امكانيات",
                // an obligation is still to be met: "يتعين على القوات مغادرة القاعدة خلال 90 يوماً"
                "يتعين", "يجب", "ينبغي", "يتوجب", "يلزم",
                // a date set as a target belongs to the plan, whatever the main verb reports of the
                // present count: "تقلص عدد الجنود إلى الرقم المستهدف بحلول 30 أيار"
                "المستهدف", "المستهدفة", "مستهدف", "مستهدفة"));
        for (String stem : List.of("بدأ", "شرع", "ستكمل", "كتمل", "نجز", "نفذ", "تم", "جري", "كون",
                "نطلق")) {
            for (String person : List.of("ي", "ت", "ن")) {
                words.add(person + stem);
                words.add("س" + person + stem);
            }
        }
        // "ستقوم القوات بإخلاء القاعدة في …": the auxiliary with the future prefix carries the verbal noun after it;
        // the present "تقوم" also tells what goes on now, so it stays out
        for (String person : List.of("ي", "ت", "ن")) {
            words.add("س" + person + "قوم");
        }
        return words.stream().map(FoldedText::fold).collect(Collectors.toUnmodifiableSet());
    }

    /** People held: moving them on a schedule ("نقل المعتقلين خلال أسابيع") is not a troop deadline. */
    private static final Set<String> DETAINEES = fold("معتقل", "معتقلين", "معتقلي", "المعتقلين", "سجناء", "سجين",
            "محتجزين", "محتجز", "محتجزي", "موقوفين", "أسرى", "عائلات", "نازحين", "لاجئين",
            // the accusative a count takes: "وصول 150 معتقلاً"
            "معتقلا", "سجينا", "محتجزا", "موقوفا", "أسيرا");

    /**
     * Events that are dated in their own right: a vote, a session, a decision, a review, a visit. A date
     * that goes with one of them ("يصوت البرلمان على التمديد في 15 أكتوبر") dates the event, not a
     * presence.
     */
    private static final Set<String> EVENTS = fold("تصويت", "يصوت", "تصوت", "سيصوت", "ستصوت", "جلسة", "اجتماع",
            "تجتمع", "يجتمع", "قمة", "مناقشة", "تناقش", "يناقش", "زيارة", "يزور", "تزور", "مراجعة", "تقييم",
            "يراجع", "تراجع", "البت", "يبت", "تبت", "مفاوضات", "محادثات", "جولة", "انتخابات", "استفتاء", "إعلان",
            "اتخاذ",
            // taking office: "قد يسحبها خلال فترة توليه منصبه في 20 يناير" dates the inauguration
            "تولي", "توليه", "توليها", "تنصيب", "تنصيبه", "اليمين",
            // a start told in the past: "العمليات التي بدأت عام 2003" dates the start, not an end
            "بدأت", "بدأ", "انطلقت", "انطلق");

    private static final Set<String> NEGATIONS = fold("لا", "لن", "لم", "ليس", "ليست", "عدم", "ولا", "ولن", "ولم");

    /** Function words that never name an announcer. */
    private static final Set<String> FUNCTION_WORDS = fold("حيث", "كما", "وقد", "قد", "ثم", "لكن", "ولكن", "بينما",
            "إذ", "فيما", "أما", "وأما", "بل", "لقد", "وكان", "كان", "كانت", "وكانت", "هذا", "هذه", "ذلك", "وفي", "في",
            "فى", "من", "على", "عن", "إلى", "الى", "إن", "أن", "أنه", "أنها", "إنه", "إنها", "بأنه", "بأنها", "أنهم", "وأن", "بأن", "لأن", "كذلك", "أيضا", "وبناء", "بناء");

    /** Nouns for troops and units: a nationality after them names a force ("لواء أمريكي"). */
    private static final Set<String> TROOP_NOUNS = fold("قوات", "قوة", "جنود", "جندي", "جيش", "عسكريين",
            "عسكري", "مستشارين", "مستشار", "وحدات", "مدربين", "خبراء", "مقاتلين", "قواتها", "قواته", "قوتها",
            "قواعد", "قاعدة", "لواء", "كتيبة", "فرقة", "سرية", "تعزيزات", "قطعات", "رتل", "دورية", "عسكرية",
            "البرية", "قطع", "جنديا", "وحدة", "قافلة", "عسكريون", "مستشارون", "مدربون", "مقاتلون",
            "كتائب", "ألوية", "حامية", "فيلق", "مظليين", "مظليون", "مظلي", "مارينز", "كوماندوز",
            // counted nouns take the accusative: "150 مستشاراً عسكرياً"
            "عسكريا", "مستشارا", "مقاتلا", "مدربا", "خبيرا");
    /**
     * Regiments name a force with a nationality after them ("فوج ألماني") but do not make a sentence
     * military on their own: the same words count groups of pilgrims and tourists.
     */
    private static final Set<String> GROUP_NOUNS = fold("فوج", "أفواج");

    /** Words that put a sentence in the military domain when no force is named: بعثة، مهمة، قاعدة … */
    private static final Set<String> MILITARY_WORDS = fold("بعثة", "مهمة", "مهمته", "مهمتها", "قاعدة", "قواعد",
            "معسكر", "تحالف", "احتلال", "عسكرية", "عسكري", "التفويض", "تفويض", "مستشارين", "المعدات", "الجيش", "جيش",
            "قتالية", "القتالية", "سلاح", "السلاح", "فصائل", "الفصائل");

    private static final List<String> CLITICS = Stream.of("وبال", "فبال", "وال", "فال", "بال", "لل", "ال", "وب",
            "فب", "ول", "فل", "وس", "فس", "و", "ف", "ب", "ل", "س").map(FoldedText::fold).toList();

    private CueLexicon() {
    }

    private static void subject(DeadlineSubject s, Tense t, String... words) {
        for (String w : words) {
            SUBJECTS.put(FoldedText.fold(w), new SubjectCue(s, t, false));
        }
    }

    /** The words folded, as a set: the shape every word list of the deadline rules takes. */
    static Set<String> fold(String... words) {
        return Stream.of(words).map(FoldedText::fold).collect(Collectors.toUnmodifiableSet());
    }

    /** The word and what it may be once a clitic or article is stripped, most literal first. */
    static List<String> readings(String foldedWord) {
        List<String> out = new ArrayList<>();
        out.add(foldedWord);
        for (String c : CLITICS) {
            if (foldedWord.length() - c.length() >= 3 && foldedWord.startsWith(c)) {
                out.add(foldedWord.substring(c.length()));
            }
        }
        return out;
    }

    /**
     * The cue of a reading, of its verbal noun without a possessive ending ("تمديدها" is "تمديد"), or
     * of its verb without a plural, dual or object ending ({@link VerbEndings}).
     */
    private static SubjectCue cueOf(String reading) {
        SubjectCue cue = SUBJECTS.get(reading);
        if (cue != null || reading.length() < 5) {
            return cue;
        }
        for (String p : POSSESSIVES) {
            // not a lone ه, which folds with ة ("نشرة" is no "نشر")
            SubjectCue noun = p.length() > 1 && reading.endsWith(p)
                    ? SUBJECTS.get(reading.substring(0, reading.length() - p.length())) : null;
            if (noun != null && noun.tense() == Tense.NOUN) {
                return noun;
            }
        }
        return VerbEndings.of(reading, SUBJECTS);
    }

    /** A present verb read with the prefix س stripped from it ("ستنسحب" read as "تنسحب") speaks of the future. */
    static boolean futurePrefixed(String foldedWord, String reading, Tense tense) {
        return tense == Tense.PRESENT && !reading.equals(foldedWord)
                && foldedWord.substring(0, foldedWord.length() - reading.length()).endsWith(FoldedText.fold("س"));
    }

    static Optional<SubjectCue> subjectOf(String foldedWord) {
        for (String r : readings(foldedWord)) {
            SubjectCue cue = cueOf(r);
            if (cue != null) {
                return Optional.of(new SubjectCue(cue.subject(), cue.tense(), futurePrefixed(foldedWord, r, cue.tense())));
            }
        }
        return Optional.empty();
    }

    /** A moving word ("تنتقل", "انتقال"), whose subject depends on what moves: see {@link #TRANSITIONS}. */
    static Optional<SubjectCue> transitionOf(String foldedWord) {
        List<String> readings = readings(foldedWord);
        for (String r : readings) {
            Tense t = TRANSITIONS.get(r);
            if (t != null) {
                return Optional.of(new SubjectCue(DeadlineSubject.DEPLOYMENT, t, futurePrefixed(foldedWord, r, t)));
            }
        }
        return Optional.empty();
    }

    static boolean isMissionWord(String foldedWord) {
        return readings(foldedWord).stream().anyMatch(MISSION_WORDS::contains);
    }

    static boolean isPostponement(String foldedWord) { // "وتم تمديدها إلى": a verbal noun with its possessive too
        return nounReadings(foldedWord).stream().anyMatch(POSTPONEMENTS::contains);
    }

    /**
     * @param following the folded words after it; "دعا البرلمان إلى" calls for something, "بناء على
     *                  دعوة الحكومة" (an invitation) does not
     */
    static boolean isRecommendation(String foldedWord, List<String> following) {
        if (readings(foldedWord).stream().anyMatch(RECOMMENDATIONS::contains)) {
            return true;
        }
        return readings(foldedWord).stream().anyMatch(CALLS::contains)
                && following.stream().limit(5).anyMatch(TO::contains);
    }

    static boolean isReportingVerb(String foldedWord) {
        return REPORTING_VERBS.contains(foldedWord)
                || (foldedWord.length() > 3 && (foldedWord.startsWith(FoldedText.fold("و"))
                || foldedWord.startsWith(FoldedText.fold("ف")))
                && REPORTING_VERBS.contains(foldedWord.substring(1)));
    }

    /** A reporting verb in any tense ("سيعلن" reads as "يعلن") or a noun of announcing ("الإعلان"). */
    static boolean isAnnouncing(String foldedWord) {
        return isReportingVerb(foldedWord)
                || readings(foldedWord).stream().anyMatch(r -> REPORTING_VERBS.contains(r) || ANNOUNCING.contains(r));
    }

    static boolean isComplementizer(String foldedWord) {
        return COMPLEMENTIZERS.contains(foldedWord);
    }

    /** Deciding or announcing an act: "قررت الحكومة سحب جنودها خلال ثلاثة أشهر" plans the withdrawal. */
    private static final Set<String> DECISIONS = fold("قرر", "قررت", "تقرر", "يقرر", "أقر", "أقرت", "يقر", "تقر",
            "وافق", "وافقت", "أمر", "أمرت", "يأمر", "يوجه", "وجه", "اتفق", "اتفقت", "اتفقا", "أعلن", "أعلنت",
            // an agreement on the withdrawal is the decision: "اتفاق على انسحابها خلال عامين"
            "اتفاق", "اتفاقا", "اتفاقية");

    static boolean isDecision(String foldedWord) {
        return readings(foldedWord).stream().anyMatch(DECISIONS::contains);
    }

    static boolean isSigning(String foldedWord) {
        return readings(foldedWord).stream().anyMatch(SIGNINGS::contains);
    }

    static boolean isFutureMarker(String foldedWord) {
        if (FUTURE_WORDS.contains(foldedWord) || readings(foldedWord).stream().anyMatch(FUTURE_WORDS::contains)) {
            return true;
        }
        return subjectOf(foldedWord).or(() -> transitionOf(foldedWord)).map(SubjectCue::future).orElse(false);
    }

    static boolean isTroopNoun(String foldedWord) {
        return nounReadings(foldedWord).stream().anyMatch(r -> TROOP_NOUNS.contains(r) || GROUP_NOUNS.contains(r));
    }

    /** A troop noun or another word of the military domain (بعثة، مهمة، قاعدة …). */
    static boolean isMilitaryWord(String foldedWord) {
        return nounReadings(foldedWord).stream().anyMatch(r -> TROOP_NOUNS.contains(r) || MILITARY_WORDS.contains(r));
    }

    /** Possessive endings a troop noun takes: "جنودها"، "عسكرييه"، "قواعدهم"، "جنودنا". */
    private static final List<String> POSSESSIVES = Stream.of("هما", "هم", "هن", "ها", "نا", "كم", "ه")
            .map(FoldedText::fold).toList();

    /** {@link #readings}, each also without a possessive ending when a stem of three letters is left. */
    private static List<String> nounReadings(String foldedWord) {
        List<String> out = new ArrayList<>();
        for (String r : readings(foldedWord)) {
            out.add(r);
            for (String p : POSSESSIVES) {
                if (r.length() - p.length() >= 3 && r.endsWith(p)) {
                    String stem = r.substring(0, r.length() - p.length());
                    out.add(stem);
                    if (stem.endsWith(FoldedText.fold("ت"))) {
                        out.add(stem.substring(0, stem.length() - 1) + FoldedText.fold("ة")); // مهمتنا، قاعدتها
                    }
                    if (stem.endsWith(FoldedText.fold("و")) || stem.endsWith(FoldedText.fold("ي"))) {
                        out.add(stem + FoldedText.fold("ن")); // a sound plural in construct: عسكريوها، مستشاريه
                    }
                    break;
                }
            }
        }
        return out;
    }

    static boolean isDetainee(String foldedWord) {
        return readings(foldedWord).stream().anyMatch(DETAINEES::contains);
    }

    static boolean isEvent(String foldedWord) {
        return readings(foldedWord).stream().anyMatch(EVENTS::contains);
    }

    /** Denial: "نفى وجود خطط لسحب القوات قبل 2026" dates nothing, not even a stay. */
    private static final Set<String> DENIALS = fold("نفى", "نفت", "ينفي", "تنفي", "نافيا", "نافية", "نفي", "نفيه",
            "تنفيان", "نفيا", "استبعد", "استبعدت", "يستبعد", "تستبعد", "مستبعدا", "مستبعدة");

    static boolean isDenial(String foldedWord) {
        return readings(foldedWord).stream().anyMatch(DENIALS::contains);
    }

    static boolean isNegation(String foldedWord) {
        return NEGATIONS.contains(foldedWord);
    }

    static boolean isFunctionWord(String foldedWord) {
        return FUNCTION_WORDS.contains(foldedWord);
    }
}
