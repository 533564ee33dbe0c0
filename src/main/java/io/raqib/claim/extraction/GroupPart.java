package io.raqib.claim.extraction;

import io.raqib.arabic.Gazetteer;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A figure that counts part or the rest of a group an earlier figure counts ("… 40 منهم"،
 * "و12 آخرين") is about the same event: it takes that figure's kind, and its force and country
 * unless its own clause names others ("… 30 منهم من عناصر الحرس"، "و5 آخرين في سوريا").
 */
final class GroupPart {
    private static final int OWN_CLAUSE = 6;
    private static final WordSet AND = WordSet.exact("و");

    private GroupPart() {
    }

    /** "تبقي الدنمارك 90 جندياً هنا، وتنشر فرنسا 60 آخرين هناك": a force named in the figure's own clause. */
    private static String forceBetween(Analysis a, int from, int to) {
        for (int k = to - 1; k > from; k--) {
            Gazetteer.GazetteerMatch m = a.nameAt[k];
            if (m != null && m.kind() == Gazetteer.Kind.FORCE && m.firstToken() == k) {
                return m.force();
            }
            String army = m != null && m.kind() == Gazetteer.Kind.COUNTRY && m.firstToken() == k && !m.impliesForce()
                    ? io.raqib.arabic.StateArmies.armyOf(m.code()) : null;
            if (army != null) {
                return army; // "وتنشر ألمانيا 150 آخرين": the state acting in the part's own clause
            }
            if (a.clauseBreakBefore(k)) {
                return null;
            }
        }
        return null;
    }

    /**
     * "بلغت الحصيلة 40 قتيلاً، 25 منهم من مسلحي التنظيم و15 من القوات الحكومية": a total whose parts
     * belong to different forces belongs to no single one of them.
     */
    static void mixForces(Analysis a, List<FigureDraft> drafts, Map<FigureDraft, ExtractedFigure> finished,
                          List<ExtractedFigure> out) {
        Map<FigureDraft, Set<String>> partForces = new IdentityHashMap<>();
        FigureDraft openTotal = null;
        int openSentence = -1;
        for (FigureDraft d : drafts) {
            ExtractedFigure part = finished.get(d);
            FigureDraft total = null;
            if (d.antecedent() != null) {
                // "… 25 منهم … و15 آخرين": the rest of a part is another part of the same total
                FigureDraft child = d;
                while (child.antecedent().antecedent() != null) {
                    child = child.antecedent();
                }
                if (ElidedNoun.PART_AFTER.contains(a.token(child.numberLast() + 1))) {
                    total = child.antecedent();
                    openTotal = total;
                    openSentence = a.sentenceOf[d.numberFirst()];
                }
            } else if (openTotal != null && a.sentenceOf[d.numberFirst()] == openSentence
                    && AND.contains(a.token(d.qualFirst() - 1))) {
                total = openTotal; // "… 25 منهم من X و15 آخرين من Y": the list of parts goes on
            }
            if (total != null && part != null && part.force() != null) {
                partForces.computeIfAbsent(total, x -> new HashSet<>()).add(part.force());
            }
        }
        partForces.forEach((total, forces) -> {
            ExtractedFigure whole = finished.get(total);
            int at = whole == null ? -1 : out.indexOf(whole);
            if (at >= 0 && forces.size() > 1) {
                out.set(at, whole.withForce("OTHER"));
            }
        });
    }

    static ExtractedFigure asPartOf(Analysis a, FigureDraft part, ExtractedFigure own, ExtractedFigure group) {
        boolean ownForce = false;
        boolean ownPlace = false;
        for (int k = part.numberLast() + 1; k <= part.numberLast() + OWN_CLAUSE && k < a.tokens.size(); k++) {
            if (a.clauseBreakBefore(k)) {
                break;
            }
            Gazetteer.GazetteerMatch m = a.nameAt[k];
            if (m != null && m.kind() == Gazetteer.Kind.FORCE) {
                ownForce = true;
            } else if (m != null) {
                ownPlace = true;
            }
        }
        String side = ListItems.sideBefore(a, part.qualFirst()); // "…، وهولندا 80": the item's own side
        String between = side != null ? side : forceBetween(a, part.antecedent().last(), part.qualFirst());
        String force = ownForce && own.force() != null ? own.force() : between != null ? between : group.force();
        String country = ownPlace && own.country() != null ? own.country() : group.country();
        String place = ownPlace ? own.place() : group.place();
        // "تضم نحو 350 عسكريا … تسبب في إصابة 34 آخرين": harm told of the part is its own
        boolean ownHarm = (own.kind() == FigureKind.CASUALTIES || own.kind() == FigureKind.DETAINED) && own.kind() != group.kind();
        FigureKind kind = ownHarm ? own.kind() : group.kind();
        return new ExtractedFigure(own.field(), own.start(), own.end(), own.text(), own.sentence(), own.value(),
                own.low(), own.high(), own.qualifier(), own.vague(), force, country, place, kind, own.asOf(),
                own.attribution(), own.attributionKey(), own.stance(), own.confidence(), own.group());
    }
}
