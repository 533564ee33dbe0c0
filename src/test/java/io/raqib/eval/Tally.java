package io.raqib.eval;

import java.util.Locale;

/** Counts over a set of documents; shares answer 1.0 over nothing. */
final class Tally {
    int figuresPredicted;
    int figuresGold;
    int figuresMatched;
    int kindRight;
    int forceRight;
    int countryRight;
    int deadlinesPredicted;
    int deadlinesGold;
    int deadlinesMatched;

    double figurePrecision() {
        return share(figuresMatched, figuresPredicted);
    }

    double figureRecall() {
        return share(figuresMatched, figuresGold);
    }

    double kind() {
        return share(kindRight, figuresMatched);
    }

    double force() {
        return share(forceRight, figuresMatched);
    }

    double country() {
        return share(countryRight, figuresMatched);
    }

    double deadlinePrecision() {
        return share(deadlinesMatched, deadlinesPredicted);
    }

    double deadlineRecall() {
        return share(deadlinesMatched, deadlinesGold);
    }

    static double share(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    static String cell(int part, int whole) {
        return String.format(Locale.ROOT, "%.3f (%d/%d)", share(part, whole), part, whole);
    }
}
