package io.raqib.deadline.extraction;

import io.raqib.arabic.ArabicSentences;
import io.raqib.arabic.DateMention;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "تستغرق مهمة الكتيبة تسعة أشهر"، "تبلغ مدة المهمة سنة واحدة": the length a mission takes, told in
 * the present, ends that long after the article's day. The mission word follows a verb of taking
 * time or "مدة" right before it, at most six words before the length and in its clause; a mission
 * told in the past, or dated earlier in the sentence, runs from elsewhere.
 */
final class MissionLength {
    private static final Set<String> LENGTH_WORDS = CueLexicon.fold("يستغرق", "تستغرق", "ستستغرق", "سيستغرق",
            "مدة", "ومدة", "المدة", "تستمر", "ستستمر", "تمتد", "ستمتد", "تدوم");
    private static final Set<String> MISSION_NOUNS = CueLexicon.fold("تفويض", "ولاية", "انتشار", "مشاركة");
    private static final int REACH = 6;

    private MissionLength() {
    }

    static boolean of(FieldText ft, ArabicSentences.Span sentence, DateMention date, Optional<SubjectFinder.Found> subject) {
        if (subject.isPresent() && (subject.get().tense() == CueLexicon.Tense.PAST || subject.get().negated())
                || FutureCues.datedBefore(ft, sentence, date)) {
            return false;
        }
        List<FieldText.Word> before = ft.wordsIn(sentence.start(), date.start());
        int from = Math.max(0, before.size() - REACH);
        for (int i = before.size() - 2; i >= from; i--) {
            String mission = before.get(i + 1).folded();
            boolean missionWord = CueLexicon.isMissionWord(mission)
                    || CueLexicon.readings(mission).stream().anyMatch(MISSION_NOUNS::contains);
            if (missionWord && CueLexicon.readings(before.get(i).folded()).stream().anyMatch(LENGTH_WORDS::contains)) {
                return FutureCues.oneClause(ft, before.subList(i, before.size()));
            }
        }
        return false;
    }
}
