package io.raqib.claim.extraction;

import io.raqib.arabic.Gazetteer;

/**
 * A figure that counts part or the rest of a group an earlier figure counts ("… 40 منهم"،
 * "و12 آخرين") is about the same event: it takes that figure's kind, and its force and country
 * unless its own clause names others ("… 30 منهم من عناصر الحرس"، "و5 آخرين في سوريا").
 */
final class GroupPart {
    private static final int OWN_CLAUSE = 6;

    private GroupPart() {
    }

    /** "تبقي الدنمارك 90 جندياً هنا، وتنشر فرنسا 60 آخرين هناك": a force named in the figure's own clause. */
    private static String forceBetween(Analysis a, int from, int to) {
        for (int k = to - 1; k > from; k--) {
            Gazetteer.GazetteerMatch m = a.nameAt[k];
            if (m != null && m.kind() == Gazetteer.Kind.FORCE && m.firstToken() == k) {
                return m.force();
            }
            if (a.clauseBreakBefore(k)) {
                return null;
            }
        }
        return null;
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
        String between = forceBetween(a, part.antecedent().last(), part.qualFirst());
        String force = ownForce && own.force() != null ? own.force() : between != null ? between : group.force();
        String country = ownPlace && own.country() != null ? own.country() : group.country();
        String place = ownPlace ? own.place() : group.place();
        return new ExtractedFigure(own.field(), own.start(), own.end(), own.text(), own.sentence(), own.value(),
                own.low(), own.high(), own.qualifier(), own.vague(), force, country, place, group.kind(), own.asOf(),
                own.attribution(), own.attributionKey(), own.stance(), own.confidence(), own.group());
    }
}
