package io.raqib.deadline.extraction;

import io.raqib.arabic.ArabicSentences;
import io.raqib.arabic.DateMention;
import java.util.List;

/**
 * Dates that belong to another event than the deadline the sentence goes on to name: an
 * announcement still to come ("سيعلن البنتاغون قريبا عن وجود …"، "أن تعلن الوزارة في الأسبوع القادم أنها
 * …") and the signing of an agreement ("الاتفاقية الموقعة بين البلدين في نهاية 2008 على انسحاب …").
 * The corpus rules count neither as a deadline.
 */
final class OtherEventDates {
    /** How many words may stand between the verb and the date: the announcer's name, as a rule. */
    private static final int ANNOUNCER_WORDS = 5;
    /** The parties of a signing: "الموقعة بين الحكومتين في …". */
    private static final int SIGNING_WORDS = 4;

    private OtherEventDates() {
    }

    static boolean datesOtherEvent(FieldText ft, ArabicSentences.Span sentence, DateMention date) {
        return datesAnnouncement(ft, sentence, date) || datesSigning(ft, sentence, date)
                || datesPastStatement(ft, sentence, date) || namesAgreementOrMeeting(ft, date)
                || witnessedBy(ft, sentence, date);
    }

    /** Verbs that make a period the stage of what happened in it: "شهد هذا العام خفضا". */
    private static final java.util.Set<String> WITNESSED = CueLexicon.fold("شهد", "شهدت", "وشهد", "وشهدت",
            "عرف", "عرفت", "سجل", "سجلت");

    /** "شهدت هذه السنة انسحاب كتيبتين": the period a past verb of witnessing takes as its subject is past. */
    static boolean witnessedBy(FieldText ft, ArabicSentences.Span sentence, DateMention date) {
        List<FieldText.Word> before = ft.wordsIn(sentence.start(), date.start());
        return !before.isEmpty() && WITNESSED.contains(before.get(before.size() - 1).folded())
                && ft.text.substring(before.get(before.size() - 1).end(), date.start()).isBlank();
    }

    /** Agreements, decisions and meetings that news names by their date. */
    private static final java.util.Set<String> NAMED_BY_DATE = CueLexicon.fold("اتفاق", "اتفاقية",
            "تفاهم", "قرار", "إعلان", "بيان", "هدنة", "مؤتمر", "قمة", "اجتماع", "جلسة");

    /**
     * "بنود اتفاق 10 آذار لم تطبق"، "قمة 25 أيار": a date right after the noun of an agreement, a
     * decision or a meeting, with nothing between, is that event's name or day; the corpus rules count
     * neither as a deadline.
     */
    static boolean namesAgreementOrMeeting(FieldText ft, DateMention date) {
        FieldText.Word before = ft.wordBefore(date.start());
        return before != null && ft.text.substring(before.end(), date.start()).isBlank()
                && CueLexicon.readings(before.folded()).stream().anyMatch(NAMED_BY_DATE::contains);
    }

    /**
     * "… سحب القوات من العراق، بينما قال قائد إن بلده لن يستطيع الدفاع عن نفسه قبل عام 2020": a
     * negation in the date's own clause, after the subject's, makes the date a negated timeframe of
     * something else, which the corpus rules do not count.
     */
    static boolean negatedClauseAfterSubject(FieldText ft, ArabicSentences.Span sentence, int subjectStart,
                                             DateMention date) {
        if (subjectStart >= date.start()) {
            return false;
        }
        int comma = Math.max(ft.text.lastIndexOf('،', date.start() - 1), ft.text.lastIndexOf(',', date.start() - 1));
        // "لكن الانتشار لم يبدأ فعليا إلا في أغسطس": لم puts the date's clause in the past
        if (ft.wordsIn(Math.max(subjectStart, comma + 1), date.start()).stream().anyMatch(w -> PAST_NEGATION.contains(w.folded()))) {
            return true;
        }
        if (comma < subjectStart || comma < sentence.start()) {
            return false;
        }
        List<FieldText.Word> words = ft.wordsIn(comma + 1, date.start());
        for (int i = 0; i < words.size(); i++) {
            // "في موعد لا يتجاوز نهاية سبتمبر": "not exceeding" sets the limit, it negates nothing
            if (CueLexicon.isNegation(words.get(i).folded())
                    && (i + 1 >= words.size() || !EXCEEDING.contains(words.get(i + 1).folded()))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> PAST_NEGATION = CueLexicon.fold("لم", "ولم", "فلم");

    private static final java.util.Set<String> EXCEEDING = CueLexicon.fold("يتجاوز", "تتجاوز", "يتعدى",
            "تتعدى", "يتخطى", "تتخطى", "يزيد", "تزيد", "يتأخر", "تتأخر");

    /** Verbs of saying in the past tense. */
    private static final java.util.Set<String> SAID = CueLexicon.fold("أعلن", "أعلنت", "قال", "قالت",
            "أكد", "أكدت", "صرح", "صرحت", "كشف", "كشفت", "ذكر", "ذكرت", "أوضح", "أوضحت", "وأعلن", "وأعلنت", "وقال",
            "وقالت");

    /** "وفي 13 أكتوبر أعلن الوزير أن …": a date right before a verb of saying in the past dates the statement. */
    static boolean datesPastStatement(FieldText ft, ArabicSentences.Span sentence, DateMention date) {
        List<FieldText.Word> after = ft.wordsIn(date.end(), sentence.end());
        return !after.isEmpty() && SAID.contains(after.get(0).folded())
                && ft.text.substring(date.end(), after.get(0).start()).isBlank();
    }

    /**
     * The date stands between an announcing word and what is announced: the word right after it opens the
     * statement (عن، أن، إن), and an announcing word comes shortly before it with no statement opened
     * in between. "أعلن الوزير أن القوات ستنسحب خلال شهر" dates the withdrawal, since أن comes first.
     */
    static boolean datesAnnouncement(FieldText ft, ArabicSentences.Span sentence, DateMention date) {
        List<FieldText.Word> after = ft.wordsIn(date.end(), sentence.end());
        if (after.isEmpty() || !CueLexicon.isComplementizer(after.get(0).folded())
                || !ft.text.substring(date.end(), after.get(0).start()).isBlank()) {
            return false;
        }
        List<FieldText.Word> before = ft.wordsIn(sentence.start(), date.start());
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - 1 - ANNOUNCER_WORDS); i--) {
            String word = before.get(i).folded();
            if (CueLexicon.isComplementizer(word)) {
                return false;
            }
            if (CueLexicon.isAnnouncing(word)) {
                return true;
            }
        }
        return false;
    }

    /** A signing word shortly before the date, with no deadline subject between them. */
    static boolean datesSigning(FieldText ft, ArabicSentences.Span sentence, DateMention date) {
        List<FieldText.Word> before = ft.wordsIn(sentence.start(), date.start());
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - 1 - SIGNING_WORDS); i--) {
            String word = before.get(i).folded();
            if (CueLexicon.subjectOf(word).isPresent()) {
                return false;
            }
            if (CueLexicon.isSigning(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A vote, session, review or visit word between the subject and the date, or anywhere before a
     * calendar date that only "في" introduces: the date is the event's ("يجتمع المجلس للبت في انسحاب القوات في
     * 20 آذار"), not the presence's. A target word keeps the date the deadline's ("قرر البرلمان تمديد
     * بقاء القوات حتى 2027").
     */
    static boolean datesAnEvent(FieldText ft, ArabicSentences.Span sentence, int subjectStart,
                                        DateMention date, DeadlineTrigger trigger) {
        int from = Math.min(subjectStart, date.start());
        if (trigger.type() == DeadlineTrigger.Type.WEAK && date.kind() != DateMention.Kind.PERIOD) {
            // "بدأ الانسحاب منذ آب الماضي وينتهي في آب المقبل": a subject verb joined by و opens a clause of its own
            from = conjoinedVerbAt(ft, subjectStart) ? subjectStart : clauseStart(ft, sentence, from);
        }
        int to = Math.max(subjectStart, date.start());
        boolean event = false;
        boolean said = false;
        for (FieldText.Word w : ft.wordsIn(from, to)) {
            if (CueLexicon.isEvent(w.folded())) {
                event = true;
            } else if (!event && CueLexicon.readings(w.folded()).stream().anyMatch(SPEECH::contains)) {
                said = true;
            } else if (event && w.start() < subjectStart && (DAYS.contains(w.folded())
                    || said && CueLexicon.isComplementizer(w.folded()) && !ABOUT.contains(w.folded()))) {
                // "انطلقت الأحد أولى خطوات الانسحاب … نهاية الشهر": the event has its own day;
                // "قال على هامش اجتماع اللجنة إنه من المنتظر أن …": the session is the occasion of the statement
                event = false;
            }
        }
        return event;
    }

    /** A subject verb with the conjunction و glued to it (وتنتهي، وينسحب), not a verb that starts with و (وصل). */
    private static boolean conjoinedVerbAt(FieldText ft, int start) {
        FieldText.Word at = ft.words.stream().filter(w -> w.start() == start).findFirst().orElse(null);
        if (at == null || !at.folded().startsWith("و")) {
            return false;
        }
        String bare = at.folded().substring(1);
        return CueLexicon.subjectOf(bare).filter(c -> c.tense() != CueLexicon.Tense.NOUN).isPresent();
    }

    /** Days an event is dated by, said before the subject: it then needs no later date. */
    private static final java.util.Set<String> DAYS = CueLexicon.fold("اليوم", "أمس", "الأحد", "الاثنين", "الإثنين",
            "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت");
    private static final java.util.Set<String> ABOUT = CueLexicon.fold("عن");
    /** Verbs of saying: what follows their "أن/إنه" is what was said. */
    private static final java.util.Set<String> SPEECH = CueLexicon.fold("قال", "قالت", "يقول", "تقول", "أكد", "أكدت",
            "أوضح", "أوضحت", "ذكر", "ذكرت", "أفاد", "أفادت", "صرح", "صرحت", "أشار", "أشارت", "أضاف", "أضافت");

    /** Clause openers: "يصوت المجلس على القرار حيث تنتهي المهمة في …" holds two clauses. */
    private static final java.util.Set<String> CLAUSE_OPENERS = CueLexicon.fold("حيث", "بينما", "فيما",
            "إذ", "كما");

    /** Where the clause holding an offset starts: after the last comma, semicolon or clause opener before it. */
    private static int clauseStart(FieldText ft, ArabicSentences.Span sentence, int offset) {
        int start = sentence.start();
        for (FieldText.Word w : ft.wordsIn(sentence.start(), offset)) {
            if (CLAUSE_OPENERS.contains(w.folded())) {
                start = w.start();
            }
        }
        int comma = Math.max(ft.text.lastIndexOf('،', offset - 1), Math.max(ft.text.lastIndexOf(',', offset - 1),
                ft.text.lastIndexOf('؛', offset - 1)));
        return Math.max(start, comma >= sentence.start() ? comma + 1 : start);
    }
}
