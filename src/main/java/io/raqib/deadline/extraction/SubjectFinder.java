package io.raqib.deadline.extraction;

import io.raqib.arabic.ArabicSentences;
import io.raqib.deadline.extraction.CueLexicon.SubjectCue;
import java.util.List;
import java.util.Optional;

/**
 * Decides what a dated phrase is about from the subject word nearest before the date in its
 * sentence ("إرجاء انسحاب القوات … 3 سنوات" → withdrawal; "المهمة … ستستمر حتى" → presence), or,
 * failing that, the first one after the date in the same clause ("بحلول 2026 ستغادر القوات").
 * An end word that governs a presence word or a deployment noun is the end of it: "انتهاء بقاء
 * القوات"، "إنهاء وجود"، "ينتهي انتشار" → mission_end.
 */
final class SubjectFinder {
    /** The subject word found, where it stands, and its tense. */
    record Found(DeadlineSubject subject, CueLexicon.Tense tense, boolean future, int start, boolean negated) {
    }

    private SubjectFinder() {
    }

    /**
     * لا / لن / لم / ليس / عدم up to three words before the subject word: "لن تنسحب القوات قبل 2027";
     * not the "لا" of a bound on a count ("وعددهم لا يزيد على الثلاثين سيرحلون"), which negates nothing.
     */
    private static boolean negated(FieldText field, FieldText.Word w) {
        if (exceptAfter(field, w)) {
            return false; // "لن يبقى سوى لواء واحد": only one brigade will remain, the rest leave
        }
        for (int k = Math.max(0, w.index() - 3); k < w.index(); k++) {
            if (CueLexicon.isNegation(field.words.get(k).folded())
                    && !(k + 1 < w.index() && BOUND_VERBS.contains(field.words.get(k + 1).folded()))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> EXCEPT = CueLexicon.fold("سوى", "إلا", "الا");

    /** "سوى" / "إلا" right after the verb: the negation and the exception say "only". */
    private static boolean exceptAfter(FieldText field, FieldText.Word w) {
        int next = w.index() + 1;
        return next < field.words.size() && EXCEPT.contains(field.words.get(next).folded());
    }

    private static final java.util.Set<String> BOUND_VERBS = CueLexicon.fold("يتجاوز", "تتجاوز",
            "يتعدى", "تتعدى", "يزيد", "تزيد", "يقل", "تقل", "يتخطى", "تتخطى", "يتجاوزون", "يزيدون");

    private static final java.util.Set<String> WAS = CueLexicon.fold("كان", "كانت", "كانوا", "وكان",
            "وكانت", "وكانوا", "فكان", "فكانت");
    /** How far back كان may stand before its verb: the subject noun phrase comes in between. */
    private static final int WAS_REACH = 10;

    /**
     * A present verb after "كان" tells the past ("وكان عدد المنتسبين في موازنة 2021 يصل إلى …"), unless a
     * clause opens in between ("كان البنتاغون قد صرح أن القوات تنسحب …") or the verb has the future prefix.
     */
    private static CueLexicon.Tense tense(FieldText field, FieldText.Word w, SubjectCue cue) {
        if (cue.tense() != CueLexicon.Tense.PRESENT || cue.future()) {
            return cue.tense();
        }
        for (int k = w.index() - 1; k >= Math.max(0, w.index() - WAS_REACH); k--) {
            FieldText.Word before = field.words.get(k);
            String between = field.text.substring(before.end(), field.words.get(k + 1).start());
            if (between.contains("،") || between.contains(",") || between.contains(".") || between.contains(":")
                    || CueLexicon.isComplementizer(before.folded())) {
                break;
            }
            if (WAS.contains(before.folded())) {
                return CueLexicon.Tense.PAST;
            }
        }
        return cue.tense();
    }

    /** The subject a word signals; a moving word ends a mission when a mission word stands next to it. */
    private static Optional<SubjectCue> cueAt(FieldText field, FieldText.Word w) {
        Optional<SubjectCue> cue = CueLexicon.subjectOf(w.folded());
        if (cue.isPresent()) {
            return cue;
        }
        Optional<SubjectCue> move = CueLexicon.transitionOf(w.folded());
        if (move.isEmpty()) {
            return returningTroops(field, w);
        }
        int from = Math.max(0, w.index() - 2);
        int to = Math.min(field.words.size(), w.index() + 3);
        boolean mission = field.words.subList(from, to).stream().anyMatch(x -> CueLexicon.isMissionWord(x.folded()));
        SubjectCue m = move.get();
        return Optional.of(new SubjectCue(mission ? DeadlineSubject.MISSION_END : DeadlineSubject.DEPLOYMENT,
                m.tense(), m.future()));
    }

    private static final java.util.Map<String, CueLexicon.Tense> RETURNING = java.util.Map.of(
            io.raqib.arabic.FoldedText.fold("يعيد"), CueLexicon.Tense.PRESENT,
            io.raqib.arabic.FoldedText.fold("تعيد"), CueLexicon.Tense.PRESENT,
            io.raqib.arabic.FoldedText.fold("إعادة"), CueLexicon.Tense.NOUN);

    /**
     * "ستعيد جنودها إلى قاعدة عين الأسد مطلع مارس": bringing troops back sends them there; the troops
     * must follow within two words ("تعيد النظر" reconsiders, it moves nobody).
     */
    private static Optional<SubjectCue> returningTroops(FieldText field, FieldText.Word w) {
        Optional<SubjectCue> goingBack = goingBack(field, w);
        if (goingBack.isPresent()) {
            return goingBack;
        }
        for (String r : CueLexicon.readings(w.folded())) {
            CueLexicon.Tense t = RETURNING.get(r);
            if (t == null) {
                continue;
            }
            boolean troops = field.words.subList(w.index() + 1, Math.min(field.words.size(), w.index() + 3)).stream()
                    .anyMatch(x -> CueLexicon.isTroopNoun(x.folded()));
            return troops ? Optional.of(new SubjectCue(DeadlineSubject.DEPLOYMENT, t, CueLexicon.futurePrefixed(w.folded(), r, t)))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private static final java.util.Set<String> GO_BACK = CueLexicon.fold("يعود", "تعود", "يعودون", "يعودوا", "نعود");
    private static final java.util.Set<String> TO = CueLexicon.fold("إلى", "الى");
    private static final java.util.Set<String> HOME = CueLexicon.fold("بلاده", "بلادها", "بلادهم", "الوطن", "وطنهم",
            "ديارهم", "الديار", "الوطنية", "قواعدهم", "بلدهم", "بلدها", "بلده");

    /**
     * "ستعود الكتيبة إلى معسكر التاجي في …" sends them back there; "ستعود القوات إلى بلادها في …"
     * takes them home. Only with troops next to the verb and "إلى" right after it or its subject.
     */
    private static Optional<SubjectCue> goingBack(FieldText field, FieldText.Word w) {
        for (String r : CueLexicon.readings(w.folded())) {
            if (!GO_BACK.contains(r)) {
                continue;
            }
            List<FieldText.Word> next = field.words.subList(w.index() + 1, Math.min(field.words.size(), w.index() + 4));
            // troops go back; "يعود القرار إلى القيادة" is up to someone, "يعود ذلك إلى" is due to something
            boolean troops = field.words.subList(Math.max(0, w.index() - 2), Math.min(field.words.size(), w.index() + 3))
                    .stream().anyMatch(x -> CueLexicon.isTroopNoun(x.folded()));
            for (int i = 0; i + 1 < next.size(); i++) {
                // going home needs no troop word nearby: "ستعود البقية من قواتنا … إلى الوطن"
                boolean home = HOME.contains(next.get(i + 1).folded());
                if (TO.contains(next.get(i).folded()) && (troops || home)) {
                    return Optional.of(new SubjectCue(home ? DeadlineSubject.WITHDRAWAL : DeadlineSubject.DEPLOYMENT,
                            CueLexicon.Tense.PRESENT, CueLexicon.futurePrefixed(w.folded(), r, CueLexicon.Tense.PRESENT)));
                }
            }
        }
        return Optional.empty();
    }

    /** "بعد انتهاء الزيارة"، "عقب انسحاب القوات": a subject word that only dates another clause. */
    private static final java.util.Set<String> TEMPORAL = java.util.Set.of(io.raqib.arabic.FoldedText.fold("بعد"),
            io.raqib.arabic.FoldedText.fold("عقب"), io.raqib.arabic.FoldedText.fold("إثر"),
            io.raqib.arabic.FoldedText.fold("وبعد"), io.raqib.arabic.FoldedText.fold("منذ"));

    private static final java.util.Set<String> RELATIVE = CueLexicon.fold("الذي", "التي", "الذين",
            "اللذين", "اللتين", "اللواتي", "اللاتي");

    /** "… القاعدة التي وصلتها في يناير": a relative pronoun a few words before the date, whose clause it dates. */
    static boolean relativeClauseRightBefore(FieldText field, ArabicSentences.Span sentence, int dateStart) {
        List<FieldText.Word> before = field.wordsIn(sentence.start(), dateStart);
        return before.subList(Math.max(0, before.size() - 4), before.size()).stream()
                .anyMatch(w -> RELATIVE.contains(w.folded()));
    }

    /** A subject verb in the present or future before the relative clause, which governs the sentence. */
    private static boolean mainVerbBefore(FieldText field, List<FieldText.Word> words) {
        return words.stream().map(w -> cueAt(field, w)).flatMap(Optional::stream)
                .anyMatch(c -> c.tense() == CueLexicon.Tense.PRESENT);
    }

    /**
     * @param clauseEnd where the date's clause ends: the subject word may follow the date up to there
     */
    static Optional<Found> find(FieldText field, ArabicSentences.Span sentence, int dateStart, int dateEnd,
                                int clauseEnd) {
        List<FieldText.Word> before = field.wordsIn(sentence.start(), dateStart);
        for (int i = before.size() - 1; i >= 0; i--) {
            FieldText.Word w = before.get(i);
            Optional<SubjectCue> cue = cueAt(field, w);
            if (cue.isEmpty() || (i > 0 && TEMPORAL.contains(before.get(i - 1).folded()))) {
                continue;
            }
            SubjectCue c = cue.get();
            if (c.tense() == CueLexicon.Tense.PAST && i > 0 && RELATIVE.contains(before.get(i - 1).folded())
                    && mainVerbBefore(field, before.subList(0, i - 1))) {
                continue; // "يغادر آخر العسكريين الذين بقوا في العراق … في نهاية الأسبوع": the relative clause tells the past
            }
            // "إنهاء وجود القوات"، "ينتهي انتشار السرية": the end of a presence or of a deployment
            if ((c.subject() == DeadlineSubject.PRESENCE_UNTIL
                    || c.subject() == DeadlineSubject.DEPLOYMENT && c.tense() == CueLexicon.Tense.NOUN) && i > 0) {
                Optional<SubjectCue> governing = CueLexicon.subjectOf(before.get(i - 1).folded());
                if (governing.isPresent() && governing.get().subject() == DeadlineSubject.MISSION_END) {
                    FieldText.Word g = before.get(i - 1);
                    return Optional.of(new Found(DeadlineSubject.MISSION_END, governing.get().tense(),
                            governing.get().future(), g.start(), negated(field, g)));
                }
            }
            return Optional.of(new Found(c.subject(), tense(field, w, c), c.future(), w.start(), negated(field, w)));
        }
        for (FieldText.Word w : field.wordsIn(dateEnd, clauseEnd)) {
            Optional<SubjectCue> cue = cueAt(field, w);
            if (cue.isPresent()) {
                return Optional.of(new Found(cue.get().subject(), tense(field, w, cue.get()), cue.get().future(), w.start(),
                        negated(field, w)));
            }
        }
        return Optional.empty();
    }
}
