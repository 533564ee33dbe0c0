package io.raqib.deadline.extraction;

import io.raqib.arabic.FoldedText;
import io.raqib.deadline.extraction.CueLexicon.SubjectCue;
import io.raqib.deadline.extraction.CueLexicon.Tense;
import java.util.List;
import java.util.Map;

/**
 * A subject verb the lexicon lists in the singular, read through the ending it carries: a plural or
 * dual ending ("ينسحبون"، "غادروا"، "تنسحبان") or an object pronoun ("تنهيه"، "ستسحبها"، "أرسلتهم",
 * where the pronoun is what is ended, withdrawn or sent). Nouns never take these readings: "تمديدها"
 * is read by its possessive elsewhere, and a lone ه after a noun may be a folded ة.
 */
final class VerbEndings {
    private static final String PLURAL = FoldedText.fold("ون");
    private static final String PLURAL_PAST = FoldedText.fold("وا");
    private static final String DUAL = FoldedText.fold("ان");
    private static final List<String> OBJECTS = java.util.stream.Stream.of("هما", "هم", "ها", "ه")
            .map(FoldedText::fold).toList();

    private VerbEndings() {
    }

    /** The verb's cue under its ending, or null. */
    static SubjectCue of(String reading, Map<String, SubjectCue> subjects) {
        String ending = reading.substring(reading.length() - 2);
        SubjectCue verb = verb(subjects.get(reading.substring(0, reading.length() - 2)));
        if (verb != null && (ending.equals(PLURAL) || ending.equals(PLURAL_PAST)
                || ending.equals(DUAL) && verb.tense() == Tense.PRESENT)) {
            return verb;
        }
        for (String object : OBJECTS) {
            if (reading.length() - object.length() >= 3 && reading.endsWith(object)) {
                SubjectCue objectOf = verb(subjects.get(reading.substring(0, reading.length() - object.length())));
                if (objectOf != null) {
                    return objectOf;
                }
            }
        }
        return null;
    }

    private static SubjectCue verb(SubjectCue cue) {
        return cue == null || cue.tense() == Tense.NOUN ? null : cue;
    }
}
