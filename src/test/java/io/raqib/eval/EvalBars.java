package io.raqib.eval;

/**
 * The bars {@link CorpusEvaluationTest} holds extraction to. They stand at what extraction
 * measurably reaches (rounded down); raise them as it improves, never lower them to let a change
 * through. The goal: figures precision 0.92, recall 0.88, kind and force 0.85; deadlines
 * precision 0.88, recall 0.80.
 */
final class EvalBars {
    static final double DEV_FIGURE_PRECISION = 0.99;
    static final double DEV_FIGURE_RECALL = 0.94;
    static final double DEV_FIGURE_KIND = 0.96;
    /** Raised to 0.93 at 0.935 (the state acting in the sentence before owns the troops). */
    static final double DEV_FIGURE_FORCE = 0.93;
    /** Raised to 0.88 when the next number's place stopped counting for this one (0.862 to 0.884), to 0.90 at 0.906, to 0.92 at 0.928. */
    static final double DEV_FIGURE_COUNTRY = 0.92;
    static final double DEV_DEADLINE_PRECISION = 0.99;
    static final double DEV_DEADLINE_RECALL = 0.98;

    static final double SEED_FIGURE_PRECISION = 1.0;
    static final double SEED_FIGURE_RECALL = 1.0;
    static final double SEED_DEADLINE_PRECISION = 1.0;
    static final double SEED_DEADLINE_RECALL = 1.0;

    private EvalBars() {
    }
}
