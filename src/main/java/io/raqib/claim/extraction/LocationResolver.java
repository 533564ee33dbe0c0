package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer;
import io.raqib.arabic.Gazetteer.GazetteerMatch;
import io.raqib.arabic.StateArmies;
import java.util.List;
import java.util.Map;

/**
 * Decides where a figure applies (country and, when named, place), in order of evidence:
 * <ol>
 *   <li>a location phrase just after the figure ("600 جندي أمريكي في الكويت"، "300 جندي في أربيل"),
 *       the destination when the text names one ("عبروا من تركيا إلى الأراضي العراقية"), unless the
 *       people refused to go there ("رفض … العودة إلى سوريا");</li>
 *   <li>the nearest place or country named before the figure in its sentence, then the nearest
 *       nationality adjective ("السلطات العراقية");</li>
 *   <li>the rest of the sentence, then the two previous sentences, then the neighbouring context.</li>
 * </ol>
 * A foreign force's own country is never its location ("قوات الولايات المتحدة المنتشرة في العراق" is about
 * Iraq), and a location given as two countries ("في سوريا والعراق") yields no country.
 */
final class LocationResolver {

    /** The outcome: ISO country and optional canonical place. */
    record Location(String country, String place) {
        static final Location NONE = new Location(null, null);
    }

    private static final WordSet PREPOSITIONS = WordSet.exact("في", "فى", "داخل", "الي", "إلى", "نحو", "قرب",
            "من", "عند", "على", "علي", "عبر", "حول", "بالقرب", "لدى", "لدي");
    /** Nouns that head a location phrase between the preposition and the name: "في قضاء القائم". */
    static final WordSet LOCATION_HEADS = WordSet.of("قضاء", "ناحية", "بلدة", "ريف", "محيط", "أطراف",
            "مطار", "مطاري", "معسكر", "قاعدة", "قواعد", "مدينة", "محافظة", "منطقة", "مناطق", "سجون", "سجن", "مخيم",
            "معتقلات", "مراكز", "مركز",
            "جبال", "جبل", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "شمال شرق",
            "حدود", "مدن", "إقليم", "العاصمة", "بادية", "صحراء", "ضواحي", "قرى", "قرية", "حقل", "حقول");
    /** "مواقع مرتبطة بإيران"، "فصائل موالية لإيران": the name is who they belong to, not where they are. */
    /** Compass heads that place what they qualify without a preposition: "شمالي العراق". */
    private static final WordSet DIRECTIONS = WordSet.of("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي",
            "غربي");
    private static final WordSet ASSOCIATED = WordSet.of("مرتبط", "مرتبطة", "مرتبطين", "مرتبطتين", "مرتبطان",
            "مرتبطتان", "مدعوم", "مدعومة", "مدعومين", "موال", "موالي", "موالية", "موالين", "تابع", "تابعة",
            "تابعين", "تابعتين", "مقرب", "مقربة", "مقربين", "حليف", "حليفة", "حلفاء", "مؤيد", "مؤيدة", "مؤيدين",
            // the indefinite accusative, written with its alef: "مستودعاً مرتبطاً بروسيا"
            "مرتبطا", "مدعوما", "مواليا", "تابعا", "مقربا", "حليفا", "مؤيدا",
            // "بدعم من إيران": with support from
            "بدعم", "دعم");
    private static final WordSet FROM = WordSet.exact("من");
    private static final WordSet IN = WordSet.exact("في", "فى", "داخل", "الي", "إلى");
    private static final WordSet RECEIVED = WordSet.of("تسلم", "تسلمت", "استلم", "استلمت", "استعاد", "استعادت",
            "تسليم", "استلام", "استعادة");
    private static final WordSet NOT = WordSet.exact("لن", "لم", "لا", "ليس", "ليست");
    private static final WordSet TERRITORY = WordSet.of("أراضي", "الأراضي", "الأرض", "الحدود", "الساحة", "المدن",
            "المناطق", "البادية", "الداخل");
    private static final WordSet REFUSAL = KindCues.REFUSAL;
    private static final Map<String, String> DOMESTIC = Map.of("IRAQI", "IQ", "PESHMERGA", "IQ", "PMF", "IQ",
            "SYRIAN_GOV", "SY", "SDF", "SY", "HTS", "SY");

    private LocationResolver() {
    }

    private enum Strength { STRONG, WEAK }

    static Location resolve(Analysis a, int numberFirst, int figureLast, String force, Analysis context) {
        // a force's own country is where it comes from, not where it is counted: "سحبت ألمانيا 120 جنديا"
        String home = StateArmies.homeOf(force);
        int s = a.sentenceOf[numberFirst];
        int from = a.firstTokenOf(s);
        int to = a.lastTokenOf(s);

        if (PlaceReach.headsBracketedCount(a, numberFirst)) {
            return Location.NONE; // "البرازيل (ثلاثة آلاف مقاتل)": a list by nationality says nothing of where they are
        }
        Location after = afterWindow(a, numberFirst, figureLast, to, home);
        if (after != null) {
            return after;
        }
        for (Strength want : Strength.values()) {
            for (int k = numberFirst - 1; k >= from; k--) {
                Location l = candidate(a, k, home, want, force);
                if (l != null) {
                    return l;
                }
            }
        }
        // the rest of the sentence up to the next number: a place after it is that number's
        int restLast = Math.min(CausalClause.lastBefore(a, figureLast, to), PlaceReach.sharedPlaceEnd(a, figureLast));
        for (Strength want : Strength.values()) {
            for (int k = figureLast + 1; k <= restLast; k++) {
                Location l = candidate(a, k, home, want, force);
                if (l != null) {
                    return l;
                }
            }
        }
        // a domestic force without a named place is at home: "60 عنصراً من الشرطة العراقية"
        String domestic = force == null ? null : DOMESTIC.get(force);
        if (domestic != null) {
            return new Location(domestic, null);
        }
        // "سجون في مناطق سيطرة قوات سوريا الديمقراطية تضم آلاف العناصر": a local force named in the
        // sentence places it in that force's country
        String localForce = domesticForceIn(a, from, to);
        if (localForce != null) {
            return new Location(localForce, null);
        }
        for (int p = s - 1; p >= Math.max(0, s - 2); p--) {
            // an earlier sentence speaks of the same figure only if it names the same force
            if (force == null || !namesForce(a, p, force)) {
                continue;
            }
            for (Strength want : Strength.values()) {
                for (int k = a.lastTokenOf(p); k >= a.firstTokenOf(p); k--) {
                    Location l = candidate(a, k, home, want, force);
                    if (l != null) {
                        return l;
                    }
                }
            }
        }
        if (context != null) {
            for (int k = 0; k < context.tokens.size(); k++) {
                Location l = candidate(context, k, home, Strength.STRONG, force);
                if (l != null) {
                    return l;
                }
            }
        }
        return Location.NONE;
    }

    /**
     * "نقل 80 موقوفا من الرقة إلى بغداد": people moved from one country to another in
     * the figure's sentence (after it, up to the next number) are in neither alone, unless a verb of
     * receiving before the count says they are now where they were received.
     */
    static boolean movedBetweenCountries(Analysis a, int numberFirst, int figureLast) {
        int s = a.sentenceOf[figureLast];
        for (int k = numberFirst - 1; k >= Math.max(a.firstTokenOf(s), numberFirst - 6); k--) {
            if (RECEIVED.contains(a.tokens.get(k))) {
                return false; // "تسلمت بغداد 300 موقوف نقلوا من سوريا إلى العراق": now where they were received
            }
        }
        int last = Math.min(a.lastTokenOf(s), PlaceReach.nextNumberFirst(a, figureLast) - 1);
        String origin = null;
        String destination = null;
        for (int k = figureLast + 1; k <= last; k++) {
            if (origin == null && still(a.tokens.get(k))) {
                return false; // "ما زالوا في معتقلات الرقة رغم خطة نقلهم": still where they were
            }
            GazetteerMatch m = a.nameAt[k];
            if (m == null || m.firstToken() != k || m.country() == null || m.kind() == Gazetteer.Kind.FORCE
                    || m.kind() == Gazetteer.Kind.SOURCE) {
                continue;
            }
            String prep = prepositionOf(a, k, m);
            if (("الي".equals(prep) || "إلى".equals(prep) || MoveEnds.endOf(a, k) == MoveEnds.End.DESTINATION)
                    && destination == null) {
                destination = m.country();
            } else if (destination == null && origin == null && ("من".equals(prep) || "في".equals(prep) || prep == null)) {
                origin = m.country(); // "من معتقلات في سوريا"، "من الرقة السورية"
            }
        }
        return origin != null && destination != null && !origin.equals(destination);
    }

    /** The country of the one local force the sentence names, or null when none or several. */
    private static String domesticForceIn(Analysis a, int from, int to) {
        String found = null;
        for (int k = from; k <= to; k++) {
            GazetteerMatch m = a.nameAt[k];
            String country = m == null || m.firstToken() != k || m.force() == null ? null : DOMESTIC.get(m.force());
            if (country != null) {
                if (found != null && !found.equals(country)) {
                    return null;
                }
                found = country;
            }
        }
        return found;
    }

    private static boolean namesForce(Analysis a, int sentence, String force) {
        for (int k = a.firstTokenOf(sentence); k <= a.lastTokenOf(sentence); k++) {
            GazetteerMatch m = a.nameAt[k];
            if (m != null && force.equals(m.force()) || ForceAnaphors.anaphor(a, k) != null
                    && force.equals(ForceAnaphors.anaphor(a, k))) {
                return true;
            }
        }
        return false;
    }

    /** The location phrase in the clause right after the figure. */
    private static Location afterWindow(Analysis a, int numberFirst, int figureLast, int sentenceLast, String home) {
        boolean refused = false;
        for (int k = Math.max(a.firstTokenOf(a.sentenceOf[numberFirst]), numberFirst - 3); k < numberFirst; k++) {
            refused |= REFUSAL.contains(a.tokens.get(k));
        }
        Location destination = null;
        Location at = null;
        Location origin = null;
        boolean still = false;
        int end = Math.min(sentenceLast, figureLast + 15);
        for (int k = figureLast + 1; k <= end; k++) {
            int pastAside = Asides.after(a, k, sentenceLast); // "80 جنديا، بينهم ستة ضباط، وصلوا إلى أربيل"
            k = Math.max(k, pastAside);
            if (pastAside < 0 && a.clauseBreakBefore(k)) {
                break;
            }
            // "ما زالوا في معتقلات الرقة مع أن غيرهم نقل إلى العراق": where they still are comes first
            still |= at == null && destination == null && still(a.tokens.get(k));
            GazetteerMatch m = a.nameAt[k];
            if (at == null && heldByLocalForce(a, k, m)) {
                at = new Location(DOMESTIC.get(m.force()), null); // "3500 محتجز لدى قسد": held where that force is
                continue;
            }
            if (m == null || m.firstToken() != k || m.kind() == Gazetteer.Kind.FORCE || m.kind() == Gazetteer.Kind.SOURCE) {
                continue;
            }
            String prep = prepositionOf(a, k, m);
            if (prep == null || negatedPlace(a, k) || PlaceReach.namesWar(a, k) || formerPlace(a, figureLast, k)
                    || ListItems.nationalityOfItem(a, m)) {
                continue;
            }
            // a region of several states as the figure's own place ("إلى الشرق الأوسط"، "في عدة دول") is in none alone
            Location l = m.kind() == Gazetteer.Kind.PLACE && m.country() == null ? Location.NONE : toLocation(a, m, home);
            if (l == null) {
                continue;
            }
            if (prep.equals("الي") || prep.equals("إلى") || MoveEnds.gluedDestination(a, k)) {
                if (!refused && destination == null) {
                    destination = l;
                }
            } else if (prep.equals("من")) {
                // "أغلبهم من العراقيين" tells who the people are, not where they are
                boolean nationality = m.kind() == Gazetteer.Kind.COUNTRY && m.impliesForce();
                if (origin == null && !nationality) {
                    origin = l;
                }
            } else if (at == null) {
                at = l;
            }
        }
        if (destination != null && origin != null && MoveEnds.homeward(a, figureLast, sentenceLast)) {
            return origin; // a stop on the way home is not where they are: "من العراق للكويت ومن ثم إلى بلادهم"
        }
        if (destination != null && !(still && at != null)) {
            return destination;
        }
        return at != null ? at : refused ? null : origin;
    }

    private static final WordSet HELD_BY = WordSet.exact("لدى", "لدي");

    private static boolean heldByLocalForce(Analysis a, int k, GazetteerMatch m) {
        return m != null && m.firstToken() == k && m.kind() == Gazetteer.Kind.FORCE && DOMESTIC.containsKey(m.force())
                && HELD_BY.contains(a.token(k - 1)) && !a.clauseBreakBefore(k);
    }

    /** The preposition governing a name: a glued ب/ل or the word before it. */
    private static String prepositionOf(Analysis a, int k, GazetteerMatch m) {
        Token t = a.tokens.get(k);
        if (m.start() > t.start()) {
            char c = a.text.charAt(t.start());
            if ((c == 'ب' || c == 'ل') && !ASSOCIATED.contains(a.token(k - 1))) {
                return "في";
            }
        }
        int b = k - 1;
        boolean direction = false;
        // skip up to two head nouns: "في شرق محافظة الحسكة"، "في سجون الحسكة"
        for (int skipped = 0; skipped < 2 && b >= 0 && !a.clauseBreakBefore(b + 1)
                && LOCATION_HEADS.contains(a.tokens.get(b)) && a.nameAt[b] == null; skipped++) {
            Token head = a.tokens.get(b);
            direction |= DIRECTIONS.contains(head);
            char c = a.text.charAt(head.start());
            if ((c == 'ب' || c == 'ل') && !head.norm().equals("بلده") && !head.norm().equals("بادية")) {
                return "في"; // "بريف حلب"
            }
            b--;
        }
        Token before = a.token(b);
        if (before != null && !a.clauseBreakBefore(b + 1) && PREPOSITIONS.contains(before)) {
            return backer(a, k, m) ? null : before.norm();
        }
        if (before != null && TERRITORY.contains(before) && m.impliesForce()) {
            return "في";
        }
        // "شمالي العراق" with no preposition is itself adverbial: in the north of Iraq
        return direction && !m.impliesForce() ? "في" : null;
    }

    /** "فصائل مدعومة من إيران"، "موالية لإيران"، "بدعم من تركيا": the name backs them; it is not where they are. */
    private static boolean backer(Analysis a, int k, GazetteerMatch m) {
        Token t = a.tokens.get(k);
        char c = a.text.charAt(t.start());
        if (m.start() > t.start() && (c == 'ب' || c == 'ل')) {
            return ASSOCIATED.contains(a.token(k - 1));
        }
        return FROM.contains(a.token(k - 1)) && ASSOCIATED.contains(a.token(k - 2)) && !a.clauseBreakBefore(k - 1);
    }

    private static final WordSet WERE = WordSet.exact("كان", "كانوا", "كانت", "وكانوا", "وكانت");

    /**
     * "تسلمت بغداد 300 موقوف كانوا في سجون الرقة": a place after "كانوا" (they were) is where
     * they were before, not where they are counted.
     */
    private static boolean formerPlace(Analysis a, int figureLast, int k) {
        for (int j = figureLast + 1; j < k; j++) {
            Token t = a.tokens.get(j);
            if (WERE.contains(t) && j >= k - 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * "لن ترسلهم إلى لبنان"، "لم تنشر في سوريا": a place the troops are said not to reach is not
     * theirs; "لا يزالون في سوريا" (still there) is no negation.
     */
    private static boolean negatedPlace(Analysis a, int k) {
        if (!PREPOSITIONS.contains(a.token(k - 1))) {
            return false;
        }
        for (int j = k - 2; j >= Math.max(0, k - 3) && !a.clauseBreakBefore(j + 1); j--) {
            if (NOT.contains(a.token(j))) {
                Token next = a.token(j + 1);
                return next == null || !still(next);
            }
        }
        return false;
    }

    /** لا يزال، ما زالوا، لا تزال: "still", which keeps people where they are. */
    private static boolean still(Token t) {
        return t.norm().contains("زال");
    }

    private static Location candidate(Analysis a, int k, String home, Strength want, String force) {
        GazetteerMatch m = a.nameAt[k];
        if (m == null || m.firstToken() != k || m.kind() == Gazetteer.Kind.FORCE || m.kind() == Gazetteer.Kind.SOURCE) {
            return null;
        }
        // "قامت إيطاليا بتدريب 58 ألف من البيشمركة": a foreign state acting on a domestic force is not where it is
        if (force != null && DOMESTIC.containsKey(force) && m.kind() == Gazetteer.Kind.COUNTRY && !m.impliesForce()
                && StateArmies.armyOf(m.code()) != null && !IN.contains(a.token(k - 1))) {
            return null;
        }
        if (backer(a, k, m) || negatedPlace(a, k) || PlaceReach.namesWar(a, k) || ForceResolverWords.estimatorAt(a, k)
                || PlaceReach.acrossBorder(a, k) || PlaceReach.leader(a, k) || PlaceReach.headsBracketedCount(a, m)
                || PlaceReach.controller(a, k) || ListItems.isSide(a, m) || ListItems.countedNationality(a, m)) {
            return null;
        }
        boolean adjective = m.kind() == Gazetteer.Kind.COUNTRY && m.impliesForce();
        boolean territorial = adjective && TERRITORY.contains(a.token(k - 1));
        if (adjective && a.token(k - 1) != null && PersonnelNouns.typeOf(a.token(k - 1)) != null) {
            return null; // "مقاتلين إيرانيين": the people's nationality, not their place
        }
        Strength strength = adjective && !territorial ? Strength.WEAK : Strength.STRONG;
        if (strength != want) {
            return null;
        }
        return toLocation(a, m, home);
    }

    private static Location toLocation(Analysis a, GazetteerMatch m, String home) {
        if (m.country() == null || m.country().equals(home)) {
            return null;
        }
        if (coordinatedWithOtherCountry(a, m)) {
            return Location.NONE;
        }
        return new Location(m.country(), m.kind() == Gazetteer.Kind.PLACE ? m.canonical() : null);
    }

    /** "في سوريا والعراق": the figure spans two countries, so it has no single one. */
    private static boolean coordinatedWithOtherCountry(Analysis a, GazetteerMatch m) {
        List<GazetteerMatch> names = a.names;
        GazetteerMatch next = m.lastToken() + 1 < a.tokens.size() ? a.nameAt[m.lastToken() + 1] : null;
        if (next != null && next.firstToken() == m.lastToken() + 1 && next.kind() == Gazetteer.Kind.COUNTRY
                && !next.impliesForce() && a.tokens.get(next.firstToken()).norm().startsWith("و")
                && next.country() != null && !next.country().equals(m.country())
                && !a.clauseBreakBefore(next.firstToken())) {
            return true;
        }
        GazetteerMatch prev = m.firstToken() > 0 ? a.nameAt[m.firstToken() - 1] : null;
        return prev != null && prev.kind() == Gazetteer.Kind.COUNTRY && !prev.impliesForce()
                && m.kind() == Gazetteer.Kind.COUNTRY && a.tokens.get(m.firstToken()).norm().startsWith("و")
                && prev.country() != null && !prev.country().equals(m.country()) && names != null
                && !a.clauseBreakBefore(m.firstToken());
    }
}
