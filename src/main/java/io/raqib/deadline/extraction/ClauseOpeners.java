package io.raqib.deadline.extraction;

import io.raqib.arabic.FoldedText;
import java.util.List;
import java.util.Set;

/**
 * "بدأ التقليص في أيار 2024، حيث في العام المقبل يغادر آخر المدربين": after a comma, a connector (حيث،
 * إذ، بينما، فيما) right before a date opens a clause of its own, so the date is fronted in that
 * clause and its subject is found there, not in the clause before the comma.
 */
final class ClauseOpeners {
    private static final Set<String> CONNECTORS = Set.of(FoldedText.fold("حيث"), FoldedText.fold("إذ"),
            FoldedText.fold("بينما"), FoldedText.fold("فيما"), FoldedText.fold("وحيث"));

    private ClauseOpeners() {
    }

    /**
     * Where the clause begins (at the connector) when the last word of {@code lead}, the words before
     * the date in its sentence, is a connector that follows a comma; else -1.
     */
    static int openedRightBefore(FieldText ft, int sentenceStart, List<FieldText.Word> lead) {
        int n = lead.size();
        if (n < 2 || !CONNECTORS.contains(lead.get(n - 1).folded())) {
            return -1;
        }
        FieldText.Word connector = lead.get(n - 1);
        String between = ft.text.substring(Math.max(sentenceStart, lead.get(n - 2).end()), connector.start());
        return between.contains("،") || between.contains(",") || between.contains("؛") ? connector.start() : -1;
    }
}
