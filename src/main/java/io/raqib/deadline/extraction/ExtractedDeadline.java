package io.raqib.deadline.extraction;

import io.raqib.article.ArticleField;
import io.raqib.arabic.ReducedDate;

/**
 * A deadline as read from one field of one article, before any lifecycle (status, chains) is
 * applied.
 *
 * @param field       title or body
 * @param start       offset of the first character of {@link #text} in the field text
 * @param end         offset after the last character of {@link #text}
 * @param text        the deadline phrase as written, from its trigger ("بحلول"، "حتى"، "إرجاء") to
 *                    the date and an "على الأقل" after it
 * @param sentence    the sentence it stands in, as written
 * @param due         the date at the precision the text gave, by the conventions of the corpus: the
 *                    end or late part of a year is its December ("بنهاية 2026" → 2026-12), its
 *                    beginning its January; null when it is relative and the article has no
 *                    publication date to count from, or when the period is vague ("خلال الأشهر المقبلة")
 * @param dueText     the date phrase itself ("سبتمبر عام ٢٠٢٥", "3 سنوات"); the only clue to the date
 *                    when {@code due} is null
 * @param modifier    the part of the due period meant (نهاية → end, مطلع → early …), or null
 * @param relative    the date phrase when it is relative to the publication date or vague ("نهاية العام
 *                    الجاري"، "خلال الأشهر المقبلة"), null for a calendar date
 * @param subject     what is due
 * @param qualifier   null, at_least or proposed
 * @param force       force code (US, COALITION, …) or null when none is named
 * @param country     ISO 3166-1 alpha-2 country the presence is in, or null
 * @param announcedBy the announcer as named in the text ("التحالف الدولى", "معهد نيو لاين انستيتيوت
 *                    الأمريكي"), or null
 * @param confidence  0..1, how many of the signals (trigger, subject, force, country, resolved date)
 *                    were found
 */
public record ExtractedDeadline(ArticleField field, int start, int end, String text, String sentence,
                                ReducedDate due, String dueText, DeadlineModifier modifier, String relative,
                                DeadlineSubject subject,
                                DeadlineQualifier qualifier, String force, String country, String announcedBy,
                                double confidence) {
}
