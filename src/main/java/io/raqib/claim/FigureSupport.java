package io.raqib.claim;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which claims hold the same figure, and how many independent originators stand behind it. Two
 * mentions hold the same figure when they are about the same force, country, place and kind,
 * with the same stance and the same as-of month ({@link #period}: echoes of one figure appear on
 * several days), and their figures
 * can both be true ({@link FigureInterval}s overlap: "2000" and "نحو 2000" agree, "2000" and
 * "900" do not). Pure: the database work is {@link ClaimConfirmations}'.
 */
final class FigureSupport {
    private FigureSupport() {
    }

    /** What the grouping needs of a claim: its figure and who stands behind it. */
    record Mention(long id, String force, String country, String placeKey, String kind, String stance, String period,
                   FigureInterval interval, String originator, String outlet) {

        /** True when the mention can be compared with others (a number, a force, a country and a date). */
        boolean comparable() {
            return interval != null && force != null && country != null && period != null;
        }
    }

    /**
     * The period an as-of falls in: its month ("2024-12-20" → "2024-12"); a year-only as-of stands for
     * its year ("2024"), apart from the months in it. Null stays null.
     */
    static String period(String asOf) {
        return asOf == null || asOf.length() < 7 ? asOf : asOf.substring(0, 7);
    }

    /**
     * The key of who said it first: the originator's source; for an anonymous or unlinked originator,
     * the named medium that relayed it; failing both, the outlet (its own reporting).
     */
    static String originatorKey(Long originatorId, Long reporterId, String outletKey) {
        return originatorId != null ? "source:" + originatorId : reporterId != null ? "source:" + reporterId : outletKey;
    }

    /** The key of the outlet that published: its source, or the article itself when it has none. */
    static String outletKey(Long outletId, long articleId) {
        return outletId != null ? "source:" + outletId : "article:" + articleId;
    }

    static boolean sameFigure(Mention a, Mention b) {
        return a.comparable() && b.comparable() && a.force.equals(b.force) && a.country.equals(b.country)
                && Objects.equals(a.placeKey, b.placeKey) && Objects.equals(a.kind, b.kind)
                && Objects.equals(a.stance, b.stance) && a.period.equals(b.period) && a.interval.overlaps(b.interval);
    }

    /** What {@link #sameFigure} requires to be equal: candidates with another key never hold the same figure. */
    static List<String> key(Mention m) {
        return java.util.Arrays.asList(m.force, m.country, m.placeKey, m.kind, m.stance, m.period);
    }

    /** Candidates grouped by {@link #key}, so each subject is compared only with its own group. */
    static Map<List<String>, List<Mention>> byKey(Collection<Mention> candidates) {
        Map<List<String>, List<Mention>> groups = new java.util.HashMap<>();
        for (Mention m : candidates) {
            groups.computeIfAbsent(key(m), k -> new java.util.ArrayList<>()).add(m);
        }
        return groups;
    }

    /** The same as {@link #of(Mention, Collection)}, over candidates grouped by {@link #byKey}. */
    static Confirmations of(Mention subject, Map<List<String>, List<Mention>> groups) {
        return of(subject, groups.getOrDefault(key(subject), List.of()));
    }

    /** The confirmations of {@code subject}: itself and every candidate holding the same figure. */
    static Confirmations of(Mention subject, Collection<Mention> candidates) {
        List<Mention> holding = new java.util.ArrayList<>();
        holding.add(subject);
        for (Mention m : candidates) {
            if (m.id != subject.id && sameFigure(subject, m)) {
                holding.add(m);
            }
        }
        return count(holding);
    }

    /**
     * Independent: distinct originators. Echoes: every further outlet carrying an originator's figure
     * (an outlet repeating itself, or one article mentioning the figure twice, is not another echo).
     */
    static Confirmations count(Collection<Mention> holding) {
        Set<String> originators = new HashSet<>();
        Set<String> carried = new HashSet<>();
        for (Mention m : holding) {
            originators.add(m.originator);
            carried.add(m.originator + "|" + m.outlet);
        }
        return new Confirmations(originators.size(), carried.size() - originators.size());
    }
}
