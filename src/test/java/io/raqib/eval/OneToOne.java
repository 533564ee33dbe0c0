package io.raqib.eval;

import java.util.Arrays;
import java.util.List;

/**
 * One-to-one matching of gold entries to predictions in one document (Kuhn's augmenting paths).
 * Edge tiers are added in order, so a gold entry matched in an earlier tier stays matched: the
 * caller puts required entries with overlapping text first, then required entries by value only,
 * then the optional ones.
 */
final class OneToOne {
    /** Whether gold entry {@code g} may take prediction {@code p}. */
    interface Edge {
        boolean allows(int g, int p);
    }

    /** A tier: the gold entries it concerns and the edges allowed for them. */
    record Tier(List<Integer> golds, Edge edge) {
    }

    private final int predictions;
    private final int[] goldOf;
    private final int[] predictionOf;

    private OneToOne(int golds, int predictions) {
        this.predictions = predictions;
        this.goldOf = new int[predictions];
        this.predictionOf = new int[golds];
        Arrays.fill(goldOf, -1);
        Arrays.fill(predictionOf, -1);
    }

    /** For every gold entry the index of its prediction, or -1. */
    static int[] match(int golds, int predictions, List<Tier> tiers) {
        OneToOne m = new OneToOne(golds, predictions);
        for (int t = 0; t < tiers.size(); t++) {
            List<Tier> upTo = tiers.subList(0, t + 1);
            for (int g : tiers.get(t).golds()) {
                if (m.predictionOf[g] < 0) {
                    m.augment(g, upTo, new boolean[predictions]);
                }
            }
        }
        return m.predictionOf;
    }

    private boolean augment(int g, List<Tier> tiers, boolean[] seen) {
        for (int p = 0; p < predictions; p++) {
            if (seen[p] || !allowed(g, p, tiers)) {
                continue;
            }
            seen[p] = true;
            if (goldOf[p] < 0 || augment(goldOf[p], tiers, seen)) {
                goldOf[p] = g;
                predictionOf[g] = p;
                return true;
            }
        }
        return false;
    }

    private static boolean allowed(int g, int p, List<Tier> tiers) {
        for (Tier t : tiers) {
            if (t.golds().contains(g) && t.edge().allows(g, p)) {
                return true;
            }
        }
        return false;
    }
}
