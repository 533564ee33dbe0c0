package io.raqib.claim.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gives repeated mentions of the same figure in one article the same group key: same numbers
 * (value, bounds or vagueness), same kind (or one of them unclassified), and no disagreement on
 * force or country (equal, or one of them unknown). Keys are "g1", "g2", … in order of first
 * mention, so they are stable for a given article text.
 */
final class FigureGrouper {
    private FigureGrouper() {
    }

    static List<ExtractedFigure> assign(List<ExtractedFigure> figures) {
        List<ExtractedFigure> out = new ArrayList<>(figures.size());
        List<ExtractedFigure> heads = new ArrayList<>();
        for (ExtractedFigure f : figures) {
            String group = null;
            for (int h = 0; h < heads.size(); h++) {
                if (same(heads.get(h), f)) {
                    group = "g" + (h + 1);
                    break;
                }
            }
            if (group == null) {
                heads.add(f);
                group = "g" + heads.size();
            }
            out.add(f.withGroup(group));
        }
        return out;
    }

    private static boolean same(ExtractedFigure a, ExtractedFigure b) {
        boolean numbers = a.value() != null ? Objects.equals(a.value(), b.value())
                : b.value() == null && Objects.equals(a.low(), b.low()) && Objects.equals(a.high(), b.high())
                && Objects.equals(a.vague(), b.vague());
        boolean kind = a.kind() == b.kind() || a.kind() == FigureKind.OTHER || b.kind() == FigureKind.OTHER;
        return numbers && kind && compatible(a.force(), b.force()) && compatible(a.country(), b.country());
    }

    private static boolean compatible(String x, String y) {
        return x == null || y == null || x.equals(y);
    }
}
