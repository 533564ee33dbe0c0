package io.raqib.deadline.extraction;

import io.raqib.arabic.ArabicSentences;
import io.raqib.arabic.FoldedText;
import io.raqib.arabic.Gazetteer.GazetteerMatch;
import io.raqib.arabic.Gazetteer.Kind;
import io.raqib.arabic.StateArmies;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which force a deadline concerns and in which country, from the names the shared
 * {@link io.raqib.arabic.Gazetteer} finds around it.
 *
 * <p>Force: the first force named between the subject word and the date ("انسحاب القوات الأمريكية
 * 3 سنوات"), else the force or actor named nearest before ("قررت واشنطن بقاء قواتها"، "أمريكا تقرر"),
 * else an actor in the deadline's own words ("ستنشر تركيا كتيبة"), else a force named in the
 * previous sentences. A nationality adjective counts only when it qualifies
 * troops ("قوات … أمريكية", not "مصادر عراقية").
 *
 * <p>Country: the country of the presence, not the force's own. A place or country marked by a
 * preposition near the deadline wins, ranked by what the subject needs ("انسحاب … من العراق",
 * "بقاء … في سوريا", "إرسال … إلى العراق"); otherwise the country named most in the sentence,
 * Iraq and Syria first, since this service follows the presence there.
 */
final class ForceAndCountry {
    private static final Set<String> HOST_COUNTRIES = Set.of("IQ", "SY");

    private static final Set<String> IN = CueLexicon.fold("في", "فى", "داخل", "بداخل");
    private static final Set<String> FROM = CueLexicon.fold("من", "عن");
    private static final Set<String> TO = CueLexicon.fold("إلى", "الى", "نحو", "باتجاه", "لـ");
    private static final Set<String> PLACE_NOUNS = CueLexicon.fold("قاعدة", "مطار", "معسكر", "مدينة", "محافظة", "منطقة",
            "إقليم", "ريف", "بلدة", "ناحية", "قضاء");

    private enum Marker { IN, FROM, TO, NONE, ADJECTIVE }

    private record Location(GazetteerMatch name, String country, Marker marker) {
    }

    private ForceAndCountry() {
    }

    static String force(FieldText field, ArabicSentences.Span sentence, int windowStart, int windowEnd) {
        List<GazetteerMatch> names = field.names;
        for (GazetteerMatch m : names) {
            if (m.start() >= windowStart && m.end() <= windowEnd && troopForce(field, m) != null) {
                return troopForce(field, m);
            }
        }
        for (int i = names.size() - 1; i >= 0; i--) {
            GazetteerMatch m = names.get(i);
            if (m.end() <= windowStart && m.start() >= sentence.start()) {
                String f = troopForce(field, m);
                if (f == null) {
                    f = actorForce(m);
                }
                if (f != null) {
                    return f;
                }
            }
        }
        for (GazetteerMatch m : names) {
            if (m.start() >= windowStart && m.end() <= windowEnd && actorForce(m) != null) {
                return actorForce(m);
            }
        }
        int from = previousSentencesStart(field, sentence, 2);
        for (int i = names.size() - 1; i >= 0; i--) {
            GazetteerMatch m = names.get(i);
            if (m.end() <= sentence.start() && m.start() >= from && troopForce(field, m) != null) {
                return troopForce(field, m);
            }
        }
        return null;
    }

    static String country(FieldText field, ArabicSentences.Span sentence, int windowStart, int windowEnd, String force,
                          DeadlineSubject subject) {
        String home = force == null ? null : StateArmies.homeOf(force);
        List<Location> window = locations(field, windowStart, windowEnd, home);
        String best = bestMarked(window, subject, windowEnd, true);
        if (best != null) {
            return best;
        }
        List<Location> inSentence = locations(field, sentence.start(), sentence.end(), home);
        List<Location> beforeWindow = inSentence.stream().filter(l -> l.name().end() <= windowStart).toList();
        // before the deadline's own words only a preposition ties a name to the presence
        best = bestMarked(beforeWindow, subject, windowStart, false);
        if (best != null) {
            return best;
        }
        best = mostNamed(inSentence);
        if (best != null) {
            return best;
        }
        ArabicSentences.Span previous = new ArabicSentences.Span(previousSentencesStart(field, sentence, 3), sentence.start());
        return mostNamed(locations(field, previous.start(), previous.end(), home));
    }

    /** The force a name stands for when it names or qualifies troops, else null. */
    private static final Set<String> PRESENCE_NOUNS = CueLexicon.fold("وجود", "تواجد", "انتشار", "انسحاب", "حضور");

    private static String troopForce(FieldText field, GazetteerMatch m) {
        if (m.kind() == Kind.FORCE) {
            return m.force();
        }
        if (m.kind() == Kind.COUNTRY && m.force() != null && qualifiesTroops(field, m)) {
            return m.force();
        }
        return null;
    }

    private static String actorForce(GazetteerMatch m) {
        if (m.kind() == Kind.PLACE && m.force() != null) {
            return m.force();
        }
        if (m.kind() == Kind.COUNTRY && m.force() == null) {
            return StateArmies.armyOf(m.country());
        }
        return null;
    }

    /**
     * A nationality adjective right after a troop noun (one word may stand between: قواتها العسكرية
     * الأمريكية), or after the presence or withdrawal it qualifies ("الوجود الأمريكي"، "الانسحاب التركي").
     */
    private static boolean qualifiesTroops(FieldText field, GazetteerMatch m) {
        FieldText.Word w = field.wordBefore(m.start());
        for (int k = 0; k < 2 && w != null; k++) {
            String word = w.folded();
            if (CueLexicon.isTroopNoun(word) || CueLexicon.readings(word).stream().anyMatch(PRESENCE_NOUNS::contains)) {
                return true;
            }
            w = w.index() > 0 ? field.words.get(w.index() - 1) : null;
        }
        return false;
    }

    private static List<Location> locations(FieldText field, int from, int to, String home) {
        List<Location> out = new ArrayList<>();
        for (GazetteerMatch m : field.names) {
            if (m.start() < from || m.end() > to || m.kind() == Kind.FORCE || m.country() == null) {
                continue;
            }
            if (m.country().equals(home) || (m.kind() == Kind.PLACE && m.force() != null)) {
                continue;
            }
            Marker marker = m.kind() == Kind.COUNTRY && m.force() != null ? Marker.ADJECTIVE : marker(field, m);
            if (marker == Marker.ADJECTIVE && !HOST_COUNTRIES.contains(m.country())) {
                // "الأمريكية"، "التركي": a nationality says whose, not where
                continue;
            }
            out.add(new Location(m, m.country(), marker));
        }
        return out;
    }

    /** The preposition that places a name: the clitic ب on it, or the word before (skipping قاعدة, مطار …). */
    private static Marker marker(FieldText field, GazetteerMatch m) {
        FieldText.Word own = field.wordBefore(m.end());
        if (own != null && own.start() < m.start()) {
            String clitic = field.text.substring(own.start(), m.start());
            String f = FoldedText.fold(clitic);
            if (f.endsWith(FoldedText.fold("ب")) || f.endsWith(FoldedText.fold("بال"))) {
                return Marker.IN;
            }
        }
        FieldText.Word w = field.wordBefore(m.start());
        for (int k = 0; k < 3 && w != null; k++) {
            if (IN.contains(w.folded())) {
                return Marker.IN;
            }
            if (FROM.contains(w.folded())) {
                return Marker.FROM;
            }
            if (TO.contains(w.folded())) {
                return Marker.TO;
            }
            if (!PLACE_NOUNS.contains(w.folded()) && !PLACE_NOUNS.contains(stripClitic(w.folded()))) {
                break;
            }
            w = w.index() > 0 ? field.words.get(w.index() - 1) : null;
        }
        return Marker.NONE;
    }

    private static String stripClitic(String folded) {
        List<String> readings = CueLexicon.readings(folded);
        return readings.size() > 1 ? readings.get(1) : folded;
    }

    private static int rank(Marker marker, DeadlineSubject subject) {
        return switch (subject) {
            case WITHDRAWAL -> switch (marker) {
                case FROM -> 0;
                case IN -> 1;
                case NONE -> 2;
                case TO -> 3;
                case ADJECTIVE -> 4;
            };
            case DEPLOYMENT -> switch (marker) {
                case TO -> 0;
                case IN -> 1;
                case NONE -> 2;
                case FROM -> 3;
                case ADJECTIVE -> 4;
            };
            default -> switch (marker) {
                case IN -> 0;
                case FROM -> 1;
                case NONE -> 2;
                case TO -> 3;
                case ADJECTIVE -> 4;
            };
        };
    }

    /** The best place marked by a preposition (or, if allowed, named plainly), nearest to the anchor on a tie. */
    private static String bestMarked(List<Location> locations, DeadlineSubject subject, int anchor,
                                     boolean allowUnmarked) {
        return locations.stream()
                .filter(l -> l.marker() != Marker.ADJECTIVE && (allowUnmarked || l.marker() != Marker.NONE))
                .min(Comparator.<Location>comparingInt(l -> rank(l.marker(), subject))
                        .thenComparingInt(l -> Math.abs(anchor - l.name().end())))
                .map(Location::country)
                .orElse(null);
    }

    /** The country named most often, Iraq and Syria before any other; first named wins a tie. */
    private static String mostNamed(List<Location> locations) {
        Map<String, Integer> counts = new HashMap<>();
        for (Location l : locations) {
            counts.merge(l.country(), 1, Integer::sum);
        }
        return locations.stream()
                .map(Location::country)
                .distinct()
                .max(Comparator.<String>comparingInt(c -> HOST_COUNTRIES.contains(c) ? 1 : 0)
                        .thenComparingInt(counts::get))
                .orElse(null);
    }

    private static int previousSentencesStart(FieldText field, ArabicSentences.Span sentence, int howMany) {
        int index = field.sentences.indexOf(sentence);
        if (index < 0) {
            return sentence.start();
        }
        return field.sentences.get(Math.max(0, index - howMany)).start();
    }
}
