package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;
import io.raqib.arabic.Gazetteer;
import io.raqib.arabic.Gazetteer.GazetteerMatch;

/** Words that may sit between a personnel noun and what qualifies it ("جندي إضافي أمريكي"). */
final class ForceResolverWords {
    /** Members or a group noun between an adversary word and the name: "لمواجهة مسلحي داعش"، "ضد عصابة داعش". */
    static final WordSet MEMBER_NOUNS = WordSet.of("عناصر", "مسلحي", "مقاتلي", "خلايا", "فلول", "بقايا",
            "عصابة", "عصابات", "جماعة", "جماعات", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات");
    /** Branches of a state's forces between the noun and its nationality: "عسكريا من سلاحي البر والجو الأمريكيين". */
    /** Nationality adjectives end in -ي/-ية/-يين/-يون (الأمريكية، التركي); state names do not. */
    static final java.util.regex.Pattern NISBA = java.util.regex.Pattern.compile("(ي|ية|يين|يون|يان|يتين)$");

    /**
     * "ثمانية جنود من النرويج": a foreign state's name right after "من" that follows the counted says
     * whose they are. Iraq and Syria, where the troops serve, are places there ("جنود من العراق").
     */
    static String stateAfterFrom(Analysis a, int k, GazetteerMatch m) {
        if (m.kind() != Gazetteer.Kind.COUNTRY || m.firstToken() != k || !FROM.contains(a.token(k - 1))
                || a.clauseBreakBefore(k) || "IQ".equals(m.code()) || "SY".equals(m.code()) || NISBA.matcher(m.text()).find()) {
            return null;
        }
        return io.raqib.arabic.StateArmies.armyOf(m.code());
    }

    /** A side of a fight: "من الجانب التركي" counts the Turkish side's men. */
    static final WordSet SIDE = WordSet.exact("الجانب", "الطرف");
    static final WordSet SERVICE_BRANCHES = WordSet.of("سلاح", "سلاحي", "بر", "جو", "بحر", "بحرية",
            "برية", "جوية", "مشاة");

    private static final WordSet ADJECTIVE_LIKE = WordSet.of("إضافي", "إضافيا", "إضافيين", "إضافية", "آخرين",
            "جدد", "جديد", "عسكري", "عسكريا", "عسكريين", "أجنبي", "أجانب", "نظامي", "نظاميين");

    private ForceResolverWords() {
    }

    private static final WordSet HIS_COUNTRY = WordSet.exact("بلاده", "بلادها", "بلده", "بلدها", "وبلاده");

    private static final WordSet AT = WordSet.exact("لدي", "ولدي");

    /**
     * "لدى بلجيكا قرابة 90 مدربا": the state after لدى owns the count that follows it within three
     * words; "المحتجزين لدى قسد" says where, with no count after.
     */
    static boolean possessor(Analysis a, int k) {
        if (!AT.contains(a.token(k - 1)) || a.nameAt[k] == null) {
            return false;
        }
        int after = a.nameAt[k].lastToken() + 1;
        for (io.raqib.arabic.ArabicNumbers.NumberMatch n : a.numbers) {
            if (n.firstToken() >= after && n.firstToken() <= after + 2) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet WITHIN = WordSet.exact("ضمن", "وضمن");
    private static final WordSet PART = WordSet.exact("كجزء", "جزء", "جزءا", "وكجزء");

    private static final WordSet BESIDE = WordSet.exact("جانب", "بجانب");
    /** "عكس القوات الأمريكية المنتشرة …"، "بخلاف روسيا": a force set against the one counted. */
    private static final WordSet UNLIKE = WordSet.exact("عكس", "بعكس", "بخلاف", "خلافا", "خلاف");

    /**
     * "ضمن بعثة الناتو"، "كجزء من التحالف": the force at k is the framework troops serve in; "إلى جانب
     * الجيش الأسترالي"، "بجانب القوات الأمريكية": the one they serve beside; "عكس الولايات المتحدة": one
     * set against them; after "بالإضافة إلى": another group added to them. None is theirs, but only the
     * first may be named as a last resort (see {@link #otherGroup}).
     */
    static boolean framework(Analysis a, int k) {
        if (WITHIN.contains(a.token(k - 1)) || FROM.contains(a.token(k - 1)) && PART.contains(a.token(k - 2))) {
            return true;
        }
        // "ترسل 150 جنديا للمشاركة في قوة الأندوف"، "ستنضم إلى التحالف": a multinational force joined
        return joinedInto(a, k) && MULTINATIONAL.contains(a.nameAt[k].force());
    }

    /** "للمشاركة في …"، "للانضمام إلى …": a word of joining and its preposition right before the name at k. */
    private static boolean joinedInto(Analysis a, int k) {
        int into = wordBefore(a, k);
        return into > 0 && INTO.contains(a.tokens.get(into)) && JOINING.contains(a.token(into - 1));
    }

    private static final WordSet INTO = WordSet.exact("في", "الى", "إلى");
    private static final WordSet JOINING = WordSet.of("المشاركة", "مشاركة", "للمشاركة", "ستشارك", "سيشارك", "الانضمام",
            "للانضمام", "ستنضم", "سينضم", "سينضمون", "ينضمون");
    private static final java.util.Set<String> MULTINATIONAL = java.util.Set.of("COALITION", "NATO", "UN");

    /** The last word token before k (quotes and brackets skipped), or -1. */
    private static int wordBefore(Analysis a, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            if (a.tokens.get(j).isWord()) {
                return j;
            }
        }
        return -1;
    }

    /** A force after the counted that the text sets beside, against or in addition to them. */
    static boolean otherGroup(Analysis a, int nounLast, int k) {
        if (BESIDE.contains(a.token(k - 1)) || UNLIKE.contains(a.token(k - 1))) {
            return true;
        }
        // "… 120 فردا، بالإضافة إلى ضباط في قيادة التحالف": only within the added phrase, not in a clause after it
        boolean added = false;
        for (int j = nounLast + 1; j < k; j++) {
            added = KindCues.ADDITION.contains(a.tokens.get(j)) || added && !a.clauseBreakBefore(j + 1);
        }
        return added && !a.clauseBreakBefore(k);
    }

    /**
     * "قال وزير الخارجية الهنغاري إن بلاده قررت إرسال 150 جنديا": "his country" at token k is the state
     * of the official named last before it in the sentence by a nationality adjective.
     */
    static String speakersState(Analysis a, int k) {
        if (!HIS_COUNTRY.contains(a.token(k))) {
            return null;
        }
        for (int j = k - 1; j >= a.firstTokenOf(a.sentenceOf[k]); j--) {
            GazetteerMatch m = a.nameAt[j];
            if (m != null && m.firstToken() == j && m.kind() == Gazetteer.Kind.COUNTRY && m.impliesForce()) {
                return m.force();
            }
        }
        return null;
    }

    /** Verbs of estimating: "وتقدر واشنطن عديد هذه القوات بـ25 ألفاً" names who estimates, not whose troops. */
    private static final WordSet ESTIMATE = WordSet.of("تقدر", "يقدر", "قدرت", "قدر", "تقدير", "تقديرات");

    static boolean estimatorAt(Analysis a, int k) {
        return !a.clauseBreakBefore(k) && ESTIMATE.contains(a.token(k - 1));
    }

    /** "فقدت قواتنا بمعارك مع تنظيم داعش 1218 شهيدا": the side fought "مع" in battle is the enemy. */
    private static final WordSet BATTLE = WordSet.of("معارك", "معركة", "اشتباكات", "اشتباك", "مواجهات", "مواجهة",
            "قتال", "حرب", "الحرب", "معاركها", "معاركه");

    static boolean foughtWith(Analysis a, int k) {
        return !a.clauseBreakBefore(k) && WITH.contains(a.token(k - 1)) && !a.clauseBreakBefore(k - 1)
                && BATTLE.contains(a.token(k - 2));
    }

    /**
     * "2760 عنصراً عراقياً من تنظيم داعش": an armed group named right after the members' nationality
     * is the force they count in; the nationality is only their citizenship.
     */
    static String groupAfterNationality(Analysis a, int nounLast, java.util.Set<String> groups) {
        GazetteerMatch nationality = nounLast + 1 < a.tokens.size() ? a.nameAt[nounLast + 1] : null;
        if (nationality == null && a.nameAt[nounLast] != null && a.nameAt[nounLast].lastToken() == nounLast) {
            nationality = a.nameAt[nounLast]; // "50 عراقيا من عناصر داعش": the count's noun is the nationality
        }
        if (nationality == null || nationality.kind() != Gazetteer.Kind.COUNTRY || !nationality.impliesForce()
                || a.clauseBreakBefore(nounLast + 1)) {
            return null;
        }
        int from = nationality.lastToken() + 1;
        if (!FROM.contains(a.token(from)) || a.clauseBreakBefore(from) || a.clauseBreakBefore(from + 1)) {
            return null;
        }
        for (int k = from + 1; k <= Math.min(from + 2, a.tokens.size() - 1); k++) {
            GazetteerMatch m = a.nameAt[k];
            if (m != null && m.firstToken() == k && m.kind() == Gazetteer.Kind.FORCE && groups.contains(m.force())) {
                return m.force();
            }
            if (!MEMBER_NOUNS.contains(a.tokens.get(k)) && !AUTHOR_HEADS.contains(a.tokens.get(k))) {
                return null;
            }
        }
        return null;
    }

    /** An attack, named before who carried it out: "هجوم شنه عناصر من …"، "نتيجة لعملية عناصر …". */
    private static final WordSet ATTACK = WordSet.of("هجوم", "هجوما", "هجمات", "هجومين", "عملية", "اعتداء",
            "تفجير", "كمين");
    private static final WordSet CARRIED_OUT = WordSet.of("شنه", "شنها", "شنته", "شنتها", "نفذه", "نفذها", "نفذته",
            "نفذتها", "تبناه", "تبنته", "تبناها", "زرعها", "زرعه", "شنهما", "نفذهما", "شنوه", "نفذوه",
            // the killer named after the verb: "الذي قتله تنظيم داعش"
            "قتله", "قتلهم", "قتلته", "قتلتهم", "اغتاله", "اغتالته");
    /** What may stand between the attack and its author's name: "شنه عناصر من منظمة …". */
    private static final WordSet AUTHOR_HEADS = WordSet.of("من", "منظمة", "تنظيم", "حزب", "مسلحون", "مسلحو",
            "مقاتلون", "مقاتلو", "إرهابيون", "انفصاليون");
    private static final WordSet AGAINST = WordSet.exact("ضد");
    private static final WordSet WITH = WordSet.exact("مع");
    private static final WordSet FROM = WordSet.exact("من");

    /**
     * The name at k is the author of an attack ("في هجوم شنه عناصر من حزب العمال"): soldiers killed
     * in it are not its members.
     */
    static boolean attackerAt(Analysis a, int k) {
        GazetteerMatch before = k > 0 ? a.nameAt[k - 1] : null;
        if (before != null && before != a.nameAt[k] && before.kind() == Gazetteer.Kind.FORCE
                && a.nameAt[k] != null && before.force() != null && before.force().equals(a.nameAt[k].force())) {
            return attackerAt(a, before.firstToken()); // "قتله تنظيم «الدولة الإسلامية» (داعش)": the same name again
        }
        for (int j = k - 1; j >= Math.max(0, k - 5) && !a.clauseBreakBefore(j + 1); j--) {
            Token t = a.tokens.get(j);
            if (CARRIED_OUT.contains(t) || ATTACK.contains(t)) {
                return true;
            }
            if (!MEMBER_NOUNS.contains(t) && !AUTHOR_HEADS.contains(t)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "هجوم شنه عناصر من حزب العمال ضد قوة تركية": after ضد, the force a named group attacked is the
     * one that suffered it, not an adversary of the counted.
     */
    static boolean attackedBy(Analysis a, int k, java.util.Set<String> attackers) {
        if (!AGAINST.contains(a.token(k - 1)) || a.clauseBreakBefore(k)) {
            return false;
        }
        for (int j = k - 2; j >= Math.max(0, k - 12) && !a.clauseBreakBefore(j + 1); j--) {
            GazetteerMatch m = a.nameAt[j];
            if (m != null && m.firstToken() == j && m.kind() == Gazetteer.Kind.FORCE
                    && attackers.contains(m.force()) && attackerAt(a, j)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAdjectiveLike(Token t) {
        return ADJECTIVE_LIKE.contains(t);
    }

    private static final WordSet TAKES_PART = WordSet.of("تشارك", "يشارك", "شاركت", "شارك", "تساهم", "يساهم",
            "ساهمت", "تسهم", "يسهم", "أسهمت", "انضمت", "تنخرط");
    private static final java.util.Set<String> FRAMEWORKS = java.util.Set.of("COALITION", "NATO", "UN");

    /**
     * "تشارك بريطانيا في التحالف بنحو 400 جندي": a coalition a state is said to take part in is
     * where its troops serve; the state, not the coalition, is the force counted.
     */
    static boolean joinedByState(Analysis a, int k, String force) {
        if (!FRAMEWORKS.contains(force)) {
            return false;
        }
        boolean joined = joinedInto(a, k);
        // "قبلت نيبال المشاركة في قوات حفظ السلام": the state that agreed to join, a few words before
        for (int j = k - 1; j >= Math.max(1, k - (joined ? 8 : 4)); j--) {
            if (a.clauseBreakBefore(j + 1)) {
                return false;
            }
            GazetteerMatch m = a.nameAt[j];
            if (m != null && m.firstToken() == j && m.kind() == Gazetteer.Kind.COUNTRY
                    && io.raqib.arabic.StateArmies.armyOf(m.code()) != null) {
                return joined || TAKES_PART.contains(a.token(j - 1)) && !a.clauseBreakBefore(j);
            }
        }
        return false;
    }

    /**
     * "قالت رئاسة الأركان التركية إن 5 من جنودها قتلوا": troops named with a possessive belong to a state
     * named before them in the sentence (its army, its nationality adjective); null when none is.
     */
    static String ownerOfPossessed(Analysis a, NounFinder.Hit noun, int numberFirst, java.util.Set<String> nonState) {
        if (noun == null || noun.type() != PersonnelNouns.Type.PERSONNEL) {
            return null;
        }
        Token t = a.tokens.get(noun.first());
        String raw = a.text.substring(t.start(), t.end());
        if (!(raw.endsWith("ها") || raw.endsWith("هم") || raw.endsWith("ه"))) {
            return null;
        }
        for (int k = numberFirst - 1; k >= a.firstTokenOf(a.sentenceOf[numberFirst]); k--) {
            GazetteerMatch m = a.nameAt[k];
            if (m == null || m.firstToken() != k) {
                continue;
            }
            String owner = m.kind() == Gazetteer.Kind.COUNTRY && !m.impliesForce()
                    ? io.raqib.arabic.StateArmies.armyOf(m.code()) : m.force();
            if (owner != null && !nonState.contains(owner)) {
                return owner;
            }
        }
        return null;
    }

    private static final WordSet ALIAS_WORDS = WordSet.exact("المعروف", "المعروفة", "المعروفين", "المسمى", "المسماة",
            "باسم", "ب", "أو", "او", "اختصارا");

    /**
     * The earlier name a force name restates: "حزب العمال الكردستاني (PKK)"، "تنظيم الدولة الإسلامية
     * المعروف بـ"داعش""; only alias words, brackets and quotes between. Null when it is no alias.
     */
    static GazetteerMatch aliasOf(Analysis a, GazetteerMatch m) {
        for (int j = m.firstToken() - 1; j >= Math.max(0, m.firstToken() - 4); j--) {
            GazetteerMatch earlier = a.nameAt[j];
            if (earlier != null && earlier != m) {
                return earlier;
            }
            if (!ALIAS_WORDS.contains(a.tokens.get(j))) {
                return null;
            }
        }
        return null;
    }

    /** Prepositions that make a state name a destination or origin, not the subject. */
    private static final WordSet PLACE_PREPOSITIONS = WordSet.exact("الي", "والي", "من", "في", "نحو", "باتجاه", "عبر",
            "داخل", "خارج", "لدي");
    /** A state named as a destination, origin or place ("إلى ألمانيا"، "بين سوريا وإسرائيل"), not as the actor. */
    static boolean placeNamed(Analysis a, int k) {
        // "بين سوريا وإسرائيل": either state between which something lies is a party or a place, not an actor
        boolean between = BETWEEN.contains(a.token(k - 1))
                || a.token(k).norm().startsWith("و") && BETWEEN.contains(a.token(k - 2));
        return !a.clauseBreakBefore(k) && (PLACE_PREPOSITIONS.contains(a.token(k - 1)) || between || defended(a, k))
                && !possessor(a, k);
    }

    private static final WordSet BETWEEN = WordSet.exact("بين", "وبين");
    private static final WordSet PROTECTION = WordSet.of("حماية");
    private static final WordSet DEFENCE = WordSet.of("دفاع", "دفاعا");
    private static final WordSet ABOUT = WordSet.exact("عن");

    /**
     * "لحماية إسرائيل"، "للدفاع عن الكويت": the state defended is the one protected, not the one sending
     * troops. Only a state's name: an adjective qualifies the protection ("الحماية الأمريكية"، "وزارة الدفاع الأمريكية").
     */
    private static boolean defended(Analysis a, int k) {
        GazetteerMatch m = a.nameAt[k];
        return m != null && !m.impliesForce() && (PROTECTION.contains(a.token(k - 1))
                || ABOUT.contains(a.token(k - 1)) && DEFENCE.contains(a.token(k - 2)));
    }
}
