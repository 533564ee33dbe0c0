package io.raqib.eval;

import java.util.List;
import java.util.Locale;

/** Runs the scoring over a set of documents; keeps the per-document report and the totals. */
final class CorpusEvaluation {
    final String name;
    final Tally tally = new Tally();
    final StringBuilder details = new StringBuilder();

    private CorpusEvaluation(String name) {
        this.name = name;
    }

    static CorpusEvaluation run(String name, List<EvalDocument> docs) {
        CorpusEvaluation e = new CorpusEvaluation(name);
        for (EvalDocument doc : docs) {
            String lines = Scorer.score(doc, e.tally);
            if (!lines.isEmpty()) {
                e.details.append("  ").append(doc.id()).append(" (published ").append(doc.published()).append(")\n")
                        .append(lines);
            }
        }
        return e;
    }

    /** The table: one column per evaluation. */
    static String table(List<CorpusEvaluation> evaluations) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "| %-31s |", "measured"));
        evaluations.forEach(e -> sb.append(String.format(Locale.ROOT, " %-20s |", e.name)));
        sb.append('\n').append("|").append("-".repeat(33)).append("|");
        evaluations.forEach(e -> sb.append("-".repeat(22)).append("|"));
        sb.append('\n');
        row(sb, "figures precision", evaluations, t -> Tally.cell(t.figuresMatched, t.figuresPredicted));
        row(sb, "figures recall", evaluations, t -> Tally.cell(t.figuresMatched, t.figuresGold));
        row(sb, "right kind, of matched figures", evaluations, t -> Tally.cell(t.kindRight, t.figuresMatched));
        row(sb, "right force, of matched figures", evaluations, t -> Tally.cell(t.forceRight, t.figuresMatched));
        row(sb, "right country, of matched", evaluations, t -> Tally.cell(t.countryRight, t.figuresMatched));
        row(sb, "deadlines precision", evaluations, t -> Tally.cell(t.deadlinesMatched, t.deadlinesPredicted));
        row(sb, "deadlines recall", evaluations, t -> Tally.cell(t.deadlinesMatched, t.deadlinesGold));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, List<CorpusEvaluation> evaluations,
                            java.util.function.Function<Tally, String> cell) {
        sb.append(String.format(Locale.ROOT, "| %-31s |", label));
        evaluations.forEach(e -> sb.append(String.format(Locale.ROOT, " %-20s |", cell.apply(e.tally))));
        sb.append('\n');
    }
}
