package io.raqib.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One evaluated document as the service would hold it after {@code POST /articles}: the title is
 * the first line of the excerpt, the body the rest, both stripped as the service strips them.
 * Offsets of predictions are mapped back into {@code excerpt} so they can be compared with the gold
 * texts, which are substrings of the excerpt.
 *
 * @param id          the corpus id or seed file name
 * @param excerpt     the text the gold annotations index into
 * @param title       the article title
 * @param titleStart  where the title starts in the excerpt
 * @param body        the article body (may be empty when the excerpt is one line)
 * @param bodyStart   where the body starts in the excerpt
 * @param published   the publication date, or null when unknown
 * @param figures     the gold figures
 * @param deadlines   the gold deadlines
 * @param seedRules   true for the seeds, whose annotation lists some repeated mentions and not
 *                    others: a repeat of a matched figure (same group and value) is not counted
 */
record EvalDocument(String id, String excerpt, String title, int titleStart, String body, int bodyStart,
                    LocalDate published, List<GoldFigure> figures, List<GoldDeadline> deadlines,
                    boolean seedRules) {
}
