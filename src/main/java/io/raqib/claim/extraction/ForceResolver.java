package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer;
import io.raqib.arabic.Gazetteer.GazetteerMatch;
import io.raqib.arabic.StateArmies;

/**
 * Decides whose troops a figure counts, in order of evidence:
 * <ol>
 *   <li>a force named right after the personnel noun ("جندي أمريكي"، "عناصر قوات التحالف"،
 *       "عنصرًا من التنظيم"، "لقوات نظام الأسد");</li>
 *   <li>the nearest force named elsewhere in the sentence (before the number preferred), except
 *       one named as the adversary ("لمحاربة تنظيم الدولة"، "ضد داعش");</li>
 *   <li>a foreign state named in the sentence ("الولايات المتحدة"، "واشنطن") whose troops these are;</li>
 *   <li>the nearest force in the two previous sentences, then in the neighbouring context.</li>
 * </ol>
 * "التنظيم" and "النظام" are read as anaphors for the last armed group named and for the Syrian
 * government respectively, "جيش الاحتلال" for the foreign army named before it; troops called
 * foreign and several nationalities after one noun are read by {@link ForeignArmies}.
 */
final class ForceResolver {
    private static final WordSet ADVERSARY = WordSet.of(
            "ضد", "محاربة", "مواجهة", "هزيمة", "قتال", "مكافحة", "استهداف", "دحر", "ملاحقة", "لمحاربة",
            "مناهضة", "لمناهضة", "تحارب", "يحارب", "تقاتل", "يقاتل",
            "لمواجهة", "لهزيمة", "لقتال", "لمكافحة", "لاستهداف", "لدحر", "معسكرات", "مواقع", "خلايا", "التصدي",
            "للتصدي", "مراقبة", "لمراقبة", "رصد", "لرصد", "تعقب", "لتعقب", "مطاردة", "لمطاردة");
    /** What is watched or fought of a group: "رصد تحركات حزب العمال"، "صد هجمات التنظيم". */
    private static final WordSet ACTIVITY = WordSet.of("تحركات", "تحرك", "نشاط", "نشاطات", "أنشطة", "هجمات",
            "تسلل", "فلول", "ظهور");
    /** Help given to a force: "لمساعدة القوات العراقية"، "تدريب قوات الأمن" name who is helped, not who is counted. */
    private static final WordSet BENEFICIARY = WordSet.of("مساعدة", "لمساعدة", "تدريب", "لتدريب", "دعم", "لدعم",
            "تسليح", "لتسليح", "تأهيل", "لتأهيل", "إسناد", "لإسناد", "تجهيز", "لتجهيز", "كمدربين", "مدربين");
    /** Words that say something must not happen: "عدم عودة"، "لمنع عودة". */
    private static final WordSet PREVENTION = WordSet.of("عدم", "منع", "لمنع");
    private static final WordSet RETURN = WordSet.of("عودة");
    private static final WordSet NOT = WordSet.exact("غير");
    private static final WordSet SKIPPABLE = WordSet.of(
            "إضافي", "إضافيا", "إضافيين", "إضافية", "آخرين", "آخر", "جديد", "جدد", "من", "بين", "تابعين",
            "تابعا", "ينتمون", "المخلوع", "الفارين", "الفارون", "السابق", "عسكري", "عسكريا", "عسكريين",
            "العسكريين", "عسكرية", "أجنبي", "أجانب", "مدربين", "مسلحين", "جنود", "عناصر", "أفراد", "مقاتلي",
            "أمني", "أمنيا", "أمنيين", "مدني", "مدنيين", // coordinated adjectives: "ضابط عسكري وأمني فرنسي"
            "بالغ", "بالغا", "بالغين", "راشد", "راشدين"); // age: "عنصر راشد من داعش"
    private ForceResolver() {
    }

    /** Nouns for members of armed groups: they never count a state's troops. */
    private static final WordSet ARMED_GROUP_NOUNS = WordSet.of("إرهابي", "إرهابيا", "إرهابيين", "إرهابيون",
            "مسلح", "مسلحا", "مسلحين", "مسلحون", "مسلحي", "جهادي", "جهاديا", "جهاديين", "جهاديون", "مرتزق",
            "مرتزقة", "مرتزقا");
    private static final WordSet ISIS_NOUNS = WordSet.of("داعشي", "داعشيا", "داعشيين", "دواعش");
    static final java.util.Set<String> NON_STATE = java.util.Set.of("ISIS", "HTS", "OTHER", "SDF", "PMF");

    /** The force a figure counts, or null when the text does not say. */
    static String resolve(Analysis a, int numberFirst, int nounLast, NounFinder.Hit noun, Analysis context) {
        String member = ForceResolverWords.groupAfterNationality(a, noun == null ? nounLast : noun.last(), NON_STATE);
        String listed = member != null ? member : ForeignArmies.listedNationalities(a, noun == null ? nounLast : noun.first());
        if (listed != null) {
            return listed;
        }
        if (noun != null && noun.force() != null) {
            return noun.force().force();
        }
        // "1200 مارينز": the counted noun is itself the name of a force
        GazetteerMatch named = noun == null ? null : a.nameAt[noun.first()];
        if (named != null && named.kind() == Gazetteer.Kind.FORCE && named.firstToken() == noun.first()) {
            return named.force();
        }
        String attached = attached(a, nounLast);
        if (attached != null) {
            return attached;
        }
        String owner = ForceResolverWords.ownerOfPossessed(a, noun, numberFirst, NON_STATE);
        if (owner != null) {
            return owner;
        }
        Token nounToken = noun == null ? null : a.tokens.get(noun.first());
        String foreign = ForeignArmies.unnamedForeign(a, noun);
        if (foreign != null) {
            return foreign;
        }
        if (ISIS_NOUNS.contains(nounToken)) {
            return "ISIS";
        }
        if (ARMED_GROUP_NOUNS.contains(nounToken)) {
            // "قتلت القوات الأمنية خمسة إرهابيين": the subject is the other side; "تسلم العراق 2225
            // إرهابيا بالتنسيق مع التحالف" after a sentence on ISIS: the group named nearest, in the
            // sentence or the two before it
            String group = resolveAmong(a, numberFirst, nounLast, context);
            if (group == null || !NON_STATE.contains(group)) {
                group = nearestArmedGroup(a, a.sentenceOf[numberFirst]);
            }
            return group != null ? group : "OTHER"; // an unnamed armed group
        }
        int counted = noun == null ? CountedBefore.countedNoun(a, numberFirst) : -1;
        String countedForce = counted < 0 ? null : attached(a, counted); // "عدد القوات العسكرية التركية … 9 آلاف"
        return countedForce != null ? countedForce : resolveAmong(a, numberFirst, nounLast, context);
    }

    /**
     * Detainees are members of the group held, not of the state holding them: when the force
     * found for detainees is a state's and nothing next to the noun names theirs, an armed group
     * named in the sentence, else in the nearest sentence before it that names one, is the one counted.
     */
    static String heldGroup(Analysis a, int numberFirst, int nounLast, NounFinder.Hit noun, String force,
                            Analysis context) {
        if (force == null || KindCues.ARMED_GROUPS.contains(force) || noun != null && noun.force() != null
                || (noun != null && noun.type() == PersonnelNouns.Type.PERSONNEL ? attached(a, nounLast) != null
                : attachedForceName(a, nounLast))) {
            // "5 جنود عراقيين" are Iraqi troops; "سجناء أجانب وسوريون" only gives the prisoners' nationality
            return force;
        }
        int s = a.sentenceOf[numberFirst];
        // nearest sentence first; a list of prisons may name the group once, well before
        for (int p = s; p >= 0; p--) {
            for (int k = a.firstTokenOf(p); k <= a.lastTokenOf(p); k++) {
                GazetteerMatch m = a.nameAt[k];
                if (m != null && m.firstToken() == k && m.kind() == Gazetteer.Kind.FORCE
                        && KindCues.ARMED_GROUPS.contains(m.code())) {
                    return m.code();
                }
            }
        }
        if (context != null) {
            for (GazetteerMatch m : context.names) { // the title names the group the body's lists count
                if (m.kind() == Gazetteer.Kind.FORCE && KindCues.ARMED_GROUPS.contains(m.code())) {
                    return m.code();
                }
            }
        }
        return force;
    }

    /** A force (not a nationality) named right after the noun: "800 معتقل من داعش". */
    private static boolean attachedForceName(Analysis a, int nounLast) {
        for (int k = nounLast + 1; k <= nounLast + 4 && k < a.tokens.size() && !a.clauseBreakBefore(k); k++) {
            GazetteerMatch m = a.nameAt[k];
            if (m != null && m.kind() == Gazetteer.Kind.FORCE || ForceAnaphors.anaphor(a, k) != null) {
                return true;
            }
            if (m == null && !SKIPPABLE.contains(a.tokens.get(k))) {
                return false;
            }
        }
        return false;
    }

    private static String resolveAmong(Analysis a, int numberFirst, int nounLast, Analysis context) {
        int s = a.sentenceOf[numberFirst];
        String heading = ForceAnaphors.headingState(a, numberFirst);
        if (heading != null) {
            return heading;
        }
        String inSentence = nearestInSentence(a, s, numberFirst, nounLast, false);
        if (inSentence != null) {
            return inSentence;
        }
        String state = foreignState(a, s, numberFirst);
        if (state != null) {
            return state;
        }
        // the framework named after ضمن, when no state in the sentence owns the troops
        String framework = nearestInSentence(a, s, numberFirst, nounLast, true);
        if (framework != null) {
            return framework;
        }
        for (int p = s - 1; p >= Math.max(0, s - 2); p--) {
            String prev = lastForceIn(a, a.firstTokenOf(p), a.lastTokenOf(p));
            if (prev == null) {
                // "ستخفض نيوزيلندا مساهمتها. … إلى 75 جنديا": the state acting in the sentence before
                prev = foreignState(a, p, numberFirst);
            }
            if (prev != null) {
                return prev;
            }
        }
        if (context != null) {
            // the neighbouring field (title for the body, body for the title): its first force,
            // else the first foreign state it names
            for (int k = 0; k < context.tokens.size(); k++) {
                String f = forceAt(context, k);
                if (f != null) {
                    return f;
                }
            }
            for (int cs = 0; cs < context.sentences.size(); cs++) {
                int first = context.firstTokenOf(cs);
                if (first < context.tokens.size()) {
                    String contextState = foreignState(context, cs, first);
                    if (contextState != null) {
                        return contextState;
                    }
                }
            }
        }
        return null;
    }

    private static final WordSet HANDOVER = WordSet.of("تسليم", "يسلم", "تسلم", "سلم", "سلمت", "يسلموا", "يسلمون",
            "سلموا", "تسليمها", "تسليمه");

    /**
     * "قبل أن يسلموا الجيش العراقي المعسكر"، "بهدف تسليم المقر للشرطة الاتحادية": the force a handover is
     * made to (after a verb whose subject is already in it, or with ل after the handover word) is not
     * the one counted; "سلمت القوات الأمريكية القاعدة" names the giver and stays.
     */
    private static boolean recipient(Analysis a, int k) {
        Token before = a.token(k - 1);
        if (before != null && !a.clauseBreakBefore(k) && HANDOVER.contains(before)
                && (before.norm().endsWith("وا") || before.norm().endsWith("ون"))) {
            return true;
        }
        char first = a.text.charAt(a.tokens.get(k).start());
        if (first != 'ل') {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - 2) && !a.clauseBreakBefore(j + 1); j--) {
            if (HANDOVER.contains(a.tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** The armed group named last in the sentence or, failing that, in the two sentences before it. */
    private static String nearestArmedGroup(Analysis a, int sentence) {
        for (int p = sentence; p >= Math.max(0, sentence - 2); p--) {
            for (int k = a.lastTokenOf(p); k >= a.firstTokenOf(p); k--) {
                String f = forceAt(a, k);
                if (f != null && KindCues.ARMED_GROUPS.contains(f)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** A force named in the words right after the noun. */
    static String attached(Analysis a, int nounLast) {
        int words = 0; // branch names do not count: they only say which part of the force
        for (int k = nounLast + 1; words < 4 && k < a.tokens.size(); k++) {
            if (a.clauseBreakBefore(k)) {
                return null;
            }
            GazetteerMatch m = a.nameAt[k];
            String named = m == null ? null : m.impliesForce() ? m.force() : ForceResolverWords.stateAfterFrom(a, k, m);
            if (named != null && !Partners.servedBy(a, k)) {
                return named;
            }
            String anaphor = ForceAnaphors.anaphor(a, k);
            if (anaphor != null) {
                return anaphor;
            }
            if (m == null && ForceResolverWords.SERVICE_BRANCHES.contains(a.tokens.get(k)) && k > nounLast + 1) {
                continue;
            }
            if (m != null || !SKIPPABLE.contains(a.tokens.get(k)) && !ForceResolverWords.SIDE.contains(a.tokens.get(k))) {
                return null; // (a side is its force: "خمسة قتلى من الجانب السوري")
            }
            words++;
        }
        return null;
    }

    private static String nearestInSentence(Analysis a, int s, int numberFirst, int nounLast, boolean withinToo) {
        int from = a.firstTokenOf(s);
        int to = CausalClause.lastBefore(a, nounLast, a.lastTokenOf(s));
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (int k = from; k <= to; k++) {
            if (k >= numberFirst && k <= nounLast) {
                continue;
            }
            String f = forceAt(a, k);
            if (f == null && k < numberFirst) {
                f = stateSubjectAt(a, k, numberFirst);
            }
            if (f == null && k < numberFirst) {
                f = ForceResolverWords.speakersState(a, k);
            }
            if (f == null || PlaceReach.leader(a, k)) {
                continue; // "دفع التحالف بقيادة واشنطن بـ160 ألف جندي": the leader owns no count here
            }
            if (k > nounLast && (!withinToo && ForceResolverWords.framework(a, k)
                    || ForceResolverWords.otherGroup(a, nounLast, k))) {
                continue; // "… 300 مستشار في أربيل ضمن بعثة الناتو": the framework they serve in, not whose they are
            }
            double d = k < numberFirst ? numberFirst - k : (k - nounLast) * 1.5 + 2;
            if (d < bestScore) {
                bestScore = d;
                best = f;
            }
        }
        return best;
    }

    /** A force named at token k (only at the first token of a name), not as the adversary. */
    private static String forceAt(Analysis a, int k) {
        GazetteerMatch m = a.nameAt[k];
        if (m != null) {
            if (m.firstToken() != k || !m.impliesForce()) {
                return null;
            }
            // nationality adjectives far from the noun describe other things (السلطات العراقية)
            if (m.kind() == Gazetteer.Kind.COUNTRY) {
                return null;
            }
        }
        String f = m != null ? m.force() : ForceAnaphors.anaphor(a, k);
        if (f == null) {
            return null;
        }
        // "حزب العمال الكردستاني (PKK)"، "تنظيم الدولة المعروف بـ"داعش"": an alias is the mention before it, adversary or not
        GazetteerMatch named = m == null ? null : ForceResolverWords.aliasOf(a, m);
        if (named != null && f.equals(named.force())) {
            return forceAt(a, named.firstToken());
        }
        Token before = a.token(k - 1);
        if (before != null && !a.clauseBreakBefore(k) && (ADVERSARY.contains(before) || BENEFICIARY.contains(before))
                && !ForceResolverWords.attackedBy(a, k, NON_STATE) || NON_STATE.contains(f) && ForceResolverWords.attackerAt(a, k)) {
            return null;
        }
        if (recipient(a, k) || Partners.servedBy(a, k) || ForceResolverWords.estimatorAt(a, k) || ForceResolverWords.foughtWith(a, k)
                || ForceResolverWords.joinedByState(a, k, f)) {
            return null;
        }
        // "لضمان عدم عودة التنظيم"، "لمنع عودة ظهور داعش": the group whose return is to be prevented is the adversary
        int returnAt = RETURN.contains(before) ? k - 1 : ACTIVITY.contains(before) && RETURN.contains(a.token(k - 2)) ? k - 2 : -1;
        if (returnAt > 0 && PREVENTION.contains(a.token(returnAt - 1)) && !a.clauseBreakBefore(k)) {
            return null;
        }
        // "لمواجهة مسلحي داعش"، "رصد تحركات الحزب": a member or activity noun between the adversary word and the name
        if (before != null && (ForceResolverWords.MEMBER_NOUNS.contains(before) || ACTIVITY.contains(before))
                && !a.clauseBreakBefore(k) && !a.clauseBreakBefore(k - 1)
                && ADVERSARY.contains(a.token(k - 2))) {
            return null;
        }
        return f;
    }

    /**
     * A foreign state named as a noun (not a nationality adjective) shortly before the number in
     * the same clause, as the subject of the verb that counts: "تبقي فرنسا 600 جندي".
     */
    private static String stateSubjectAt(Analysis a, int k, int numberFirst) {
        GazetteerMatch m = a.nameAt[k];
        if (m == null || m.firstToken() != k || m.kind() != Gazetteer.Kind.COUNTRY || numberFirst - k > 8) {
            return null;
        }
        String f = StateArmies.armyOf(m.code());
        if (f == null || ForceResolverWords.NISBA.matcher(m.text()).find() || ForceResolverWords.placeNamed(a, k) || ForceResolverWords.estimatorAt(a, k)) {
            return null;
        }
        for (int j = k + 1; j <= numberFirst; j++) {
            if (a.clauseBreakBefore(j)) {
                return null;
            }
        }
        return f;
    }

    /** "نقلوا إلى ألمانيا"، "عادوا من فرنسا": the state is where they go or come from. */

    private static String foreignState(Analysis a, int s, int numberFirst) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        int to = CausalClause.lastBefore(a, numberFirst, a.lastTokenOf(s));
        for (int k = a.firstTokenOf(s); k <= to; k++) {
            GazetteerMatch m = a.nameAt[k];
            if (m == null || m.firstToken() != k || m.kind() != Gazetteer.Kind.COUNTRY) {
                continue;
            }
            String f = StateArmies.armyOf(m.code());
            // "عسكري غير أمريكي": not that state's
            if (f != null && !ForceResolverWords.placeNamed(a, k) && !ForceResolverWords.estimatorAt(a, k) && !NOT.contains(a.token(k - 1))
                    && !PlaceReach.headsBracketedCount(a, m) // "كندا (450 مقاتلا)": a list by nationality
                    && Math.abs(k - numberFirst) < bestD) {
                bestD = Math.abs(k - numberFirst);
                best = f;
            }
        }
        return best;
    }

    /** The force named last in tokens [from, to] (a force, a force's seat such as واشنطن, or an anaphor). */
    private static String lastForceIn(Analysis a, int from, int to) {
        for (int k = to; k >= from; k--) {
            String f = forceAt(a, k);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
