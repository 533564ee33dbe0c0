package io.raqib.claim.extraction;

import io.raqib.article.ArticleField;
/**
 * One mention of a number of people in armed or security forces, as found in one field of an
 * article. Offsets are into that field's text; {@code text} is {@code fieldText.substring(start, end)}.
 *
 * @param field          title or body
 * @param start          start offset of the mention (qualifier, number and personnel noun)
 * @param end            end offset (exclusive)
 * @param text           the mention as written
 * @param sentence       the sentence that contains it, as written
 * @param value          the number; null for a vague quantity (عشرات) or a range
 * @param low            lower bound when the text gives one (exact, more_than, at_least, range)
 * @param high           upper bound when the text gives one (exact, less_than, at_most, range)
 * @param qualifier      how the text bounds the number
 * @param vague          for vague quantities, their order of magnitude (tens, hundreds, …); else null
 * @param force          force code (US, COALITION, ISIS, …) or null
 * @param country        ISO 3166-1 alpha-2 country where the figure applies, or null
 * @param place          canonical place name (أربيل، عين الأسد …) or null
 * @param kind           what the figure counts
 * @param asOf           reduced-precision ISO date the figure holds for ("2018", "2024-06", "2025-01-09"), or null
 * @param attribution    who the sentence says the figure comes from, as written (CNN، سنتكوم …), or null
 * @param attributionKey a stable key for it: a known source code (CNN, CENTCOM, CRS …) or its normalised form
 * @param stance         asserted, or denied when the text reports a denial
 * @param confidence     0..1, how sure the extractor is that this is a personnel figure with these fields
 * @param group          mentions of the same figure in one article share this key
 */
public record ExtractedFigure(
        ArticleField field,
        int start,
        int end,
        String text,
        String sentence,
        Long value,
        Long low,
        Long high,
        Qualifier qualifier,
        String vague,
        String force,
        String country,
        String place,
        FigureKind kind,
        String asOf,
        String attribution,
        String attributionKey,
        Stance stance,
        double confidence,
        String group) {

    /** The same figure with another group key. */
    public ExtractedFigure withForce(String newForce) {
        return new ExtractedFigure(field, start, end, text, sentence, value, low, high, qualifier, vague, newForce,
                country, place, kind, asOf, attribution, attributionKey, stance, confidence, group);
    }

    public ExtractedFigure withGroup(String newGroup) {
        return new ExtractedFigure(field, start, end, text, sentence, value, low, high, qualifier, vague, force,
                country, place, kind, asOf, attribution, attributionKey, stance, confidence, newGroup);
    }
}
