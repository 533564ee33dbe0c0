package io.raqib.eval;

import io.raqib.claim.extraction.ExtractedFigure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Scores one document the way {@code ../shared/corpus/README.md} ("Scoring") says. A predicted
 * figure matches a gold one when one of its value/low/high equals one of the gold's (a vague one
 * when the texts overlap and neither has a number); a predicted deadline when its due equals the
 * gold date or refines it, or, for a relative gold deadline, is the month of a day-precise gold
 * date (an unresolved one when the texts overlap and neither has a date). Matching is one-to-one;
 * pairs whose texts overlap are preferred. Optional gold entries (seeds) are neither required nor
 * penalised.
 */
final class Scorer {
    private final StringBuilder report = new StringBuilder();

    private Scorer() {
    }

    /** Adds the document's counts to {@code tally}; answers the lines saying what was missed and extra. */
    static String score(EvalDocument doc, Tally tally) {
        Scorer s = new Scorer();
        s.figures(doc, Predictions.figures(doc), tally);
        s.deadlines(doc, Predictions.deadlines(doc), tally);
        return s.report.toString();
    }

    private void figures(EvalDocument doc, List<Predictions.Figure> predicted, Tally tally) {
        List<GoldFigure> gold = doc.figures();
        List<Integer> required = indexes(gold.size(), g -> !gold.get(g).optional());
        List<Integer> optional = indexes(gold.size(), g -> gold.get(g).optional());
        OneToOne.Edge byValue = (g, p) -> figureAgrees(gold.get(g), predicted.get(p));
        OneToOne.Edge overlapping = (g, p) -> (byValue.allows(g, p) || gold.get(g).vague() && predicted.get(p).vague())
                && overlaps(doc, gold.get(g).text(), predicted.get(p).start(), predicted.get(p).end());
        int[] match = OneToOne.match(gold.size(), predicted.size(), List.of(
                new OneToOne.Tier(required, overlapping), new OneToOne.Tier(required, byValue),
                new OneToOne.Tier(optional, overlapping), new OneToOne.Tier(optional, byValue)));
        Set<Integer> used = new HashSet<>();
        Set<String> matchedGroups = new HashSet<>();
        for (int g = 0; g < gold.size(); g++) {
            if (match[g] >= 0) {
                used.add(match[g]);
                ExtractedFigure f = predicted.get(match[g]).figure();
                matchedGroups.add(f.group() + "|" + f.value());
            }
        }
        for (int g : required) {
            GoldFigure e = gold.get(g);
            tally.figuresGold++;
            if (match[g] < 0) {
                line("figure MISSED", "«" + e.text() + "» " + numbers(e.value(), e.low(), e.high()) + " "
                        + e.qualifier() + " " + e.force() + " " + e.country() + " " + e.kind());
                continue;
            }
            ExtractedFigure f = predicted.get(match[g]).figure();
            tally.figuresPredicted++;
            tally.figuresMatched++;
            List<String> wrong = new ArrayList<>();
            tally.kindRight += right("kind", e.kind(), f.kind().code(), wrong);
            tally.forceRight += right("force", e.force(), f.force(), wrong);
            tally.countryRight += right("country", e.country(), f.country(), wrong);
            if (!wrong.isEmpty()) {
                line("figure wrong", "«" + e.text() + "» " + String.join(", ", wrong));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            ExtractedFigure f = predicted.get(p).figure();
            if (used.contains(p) || doc.seedRules() && matchedGroups.contains(f.group() + "|" + f.value())) {
                continue;
            }
            tally.figuresPredicted++;
            line("figure EXTRA", "«" + f.text() + "» " + numbers(f.value(), f.low(), f.high()) + " "
                    + f.qualifier().code() + " " + f.force() + " " + f.country() + " " + f.kind().code());
        }
    }

    private void deadlines(EvalDocument doc, List<Predictions.Deadline> predicted, Tally tally) {
        List<GoldDeadline> gold = doc.deadlines();
        List<Integer> required = indexes(gold.size(), g -> !gold.get(g).optional());
        List<Integer> optional = indexes(gold.size(), g -> gold.get(g).optional());
        OneToOne.Edge anywhere = (g, p) -> deadlineAgrees(doc, gold.get(g), predicted.get(p));
        OneToOne.Edge overlapping = (g, p) -> anywhere.allows(g, p)
                && overlaps(doc, gold.get(g).text(), predicted.get(p).start(), predicted.get(p).end());
        int[] match = OneToOne.match(gold.size(), predicted.size(), List.of(
                new OneToOne.Tier(required, overlapping), new OneToOne.Tier(required, anywhere),
                new OneToOne.Tier(optional, overlapping), new OneToOne.Tier(optional, anywhere)));
        Set<Integer> used = new HashSet<>();
        for (int g = 0; g < gold.size(); g++) {
            if (match[g] >= 0) {
                used.add(match[g]);
            }
        }
        for (int g : required) {
            GoldDeadline e = gold.get(g);
            tally.deadlinesGold++;
            if (match[g] < 0) {
                line("deadline MISSED", "«" + e.text() + "» " + e.date() + (e.relative() == null ? "" : " (relative)")
                        + " " + e.subject() + " " + e.force() + " " + e.country());
                continue;
            }
            tally.deadlinesPredicted++;
            tally.deadlinesMatched++;
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (used.contains(p)) {
                continue;
            }
            Predictions.Deadline d = predicted.get(p);
            tally.deadlinesPredicted++;
            line("deadline EXTRA", "«" + d.deadline().text() + "» " + d.due() + " " + d.deadline().subject().code()
                    + " " + d.deadline().force() + " " + d.deadline().country());
        }
    }

    static boolean figureAgrees(GoldFigure gold, Predictions.Figure predicted) {
        if (gold.vague() || predicted.vague()) {
            return false; // a vague pair matches by overlapping text alone
        }
        ExtractedFigure f = predicted.figure();
        return Stream.of(f.value(), f.low(), f.high()).filter(Objects::nonNull)
                .anyMatch(v -> v.equals(gold.value()) || v.equals(gold.low()) || v.equals(gold.high()));
    }

    static boolean deadlineAgrees(EvalDocument doc, GoldDeadline gold, Predictions.Deadline predicted) {
        String due = predicted.due();
        if (gold.date() == null || due == null) {
            return gold.date() == null && due == null
                    && overlaps(doc, gold.text(), predicted.start(), predicted.end());
        }
        if (due.equals(gold.date()) || due.startsWith(gold.date() + "-")) {
            return true;
        }
        return gold.relative() != null && gold.date().length() == 10 && due.equals(gold.date().substring(0, 7));
    }

    /** Whether the span overlaps an occurrence of {@code text} in the excerpt. */
    static boolean overlaps(EvalDocument doc, String text, int start, int end) {
        String hay = doc.excerpt();
        for (int i = hay.indexOf(text); i >= 0; i = hay.indexOf(text, i + 1)) {
            if (start < i + text.length() && i < end) {
                return true;
            }
        }
        return false;
    }

    private static int right(String name, String want, String got, List<String> wrong) {
        if (Objects.equals(want, got)) {
            return 1;
        }
        wrong.add(name + " " + got + " (gold " + want + ")");
        return 0;
    }

    private static List<Integer> indexes(int n, java.util.function.IntPredicate keep) {
        return IntStream.range(0, n).filter(keep).boxed().toList();
    }

    private static String numbers(Long value, Long low, Long high) {
        return value != null ? "value=" + value
                : low == null && high == null ? "vague" : String.format(Locale.ROOT, "low=%s high=%s", low, high);
    }

    private void line(String what, String detail) {
        report.append(String.format(Locale.ROOT, "    %-16s %s%n", what, detail));
    }
}
