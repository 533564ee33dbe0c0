package io.raqib.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Figure and deadline extraction measured on the development corpus and the seeds, scored as the
 * corpus README says (see {@link Scorer}); fails below {@link EvalBars}. {@code ./raqib eval} runs
 * it with {@code -Draqib.eval.report=true}: then it prints, per document, what was missed, extra or
 * wrong, and does not fail.
 */
class CorpusEvaluationTest {

    @Test
    void extractionMeetsTheBars() {
        boolean report = Boolean.getBoolean("raqib.eval.report");
        assumeTrue(EvalCorpus.available(EvalCorpus.devDir(), "gold.json"),
                "no development corpus at " + EvalCorpus.devDir().toAbsolutePath());
        assumeTrue(EvalCorpus.available(EvalCorpus.seedsDir(), "expected.json"),
                "no seeds at " + EvalCorpus.seedsDir().toAbsolutePath());
        CorpusEvaluation dev = CorpusEvaluation.run("dev corpus", EvalCorpus.dev());
        CorpusEvaluation seeds = CorpusEvaluation.run("seeds", EvalCorpus.seeds());
        if (report) {
            System.out.println("\nDevelopment corpus (" + EvalCorpus.devDir() + "):\n" + dev.details);
            System.out.println("Seeds (" + EvalCorpus.seedsDir() + "):\n" + seeds.details);
        }
        System.out.println("\n" + CorpusEvaluation.table(List.of(dev, seeds)));
        if (report) {
            return;
        }
        Tally d = dev.tally;
        Tally s = seeds.tally;
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(d.figurePrecision()).as("dev figures precision").isGreaterThanOrEqualTo(EvalBars.DEV_FIGURE_PRECISION);
        soft.assertThat(d.figureRecall()).as("dev figures recall").isGreaterThanOrEqualTo(EvalBars.DEV_FIGURE_RECALL);
        soft.assertThat(d.kind()).as("dev figures kind").isGreaterThanOrEqualTo(EvalBars.DEV_FIGURE_KIND);
        soft.assertThat(d.force()).as("dev figures force").isGreaterThanOrEqualTo(EvalBars.DEV_FIGURE_FORCE);
        soft.assertThat(d.country()).as("dev figures country").isGreaterThanOrEqualTo(EvalBars.DEV_FIGURE_COUNTRY);
        soft.assertThat(d.deadlinePrecision()).as("dev deadlines precision").isGreaterThanOrEqualTo(EvalBars.DEV_DEADLINE_PRECISION);
        soft.assertThat(d.deadlineRecall()).as("dev deadlines recall").isGreaterThanOrEqualTo(EvalBars.DEV_DEADLINE_RECALL);
        soft.assertThat(s.figurePrecision()).as("seed figures precision").isGreaterThanOrEqualTo(EvalBars.SEED_FIGURE_PRECISION);
        soft.assertThat(s.figureRecall()).as("seed figures recall").isGreaterThanOrEqualTo(EvalBars.SEED_FIGURE_RECALL);
        soft.assertThat(s.deadlinePrecision()).as("seed deadlines precision").isGreaterThanOrEqualTo(EvalBars.SEED_DEADLINE_PRECISION);
        soft.assertThat(s.deadlineRecall()).as("seed deadlines recall").isGreaterThanOrEqualTo(EvalBars.SEED_DEADLINE_RECALL);
        soft.assertAll();
        assertThat(dev.tally.figuresGold).as("gold figures read").isPositive();
    }
}
