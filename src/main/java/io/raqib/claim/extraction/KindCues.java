package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;

/**
 * The verbs and nouns that say what a figure counts (إرسال → deployment, سحب → withdrawal,
 * مقتل → casualties …), and the markers of a planned future level (سينخفض، بحلول، من المقرر).
 * Only words; where they apply is decided by {@link KindClassifier}.
 */
final class KindCues {
    static final WordSet DEPLOYMENT = WordSet.of(
            "إرسال", "ارسال", "يرسل", "ترسل", "أرسل", "أرسلت", "سيرسل", "سترسل", "نرسل",
            "نشر", "سينشر", "ستنشر", "نشرت", "انتشار",
            "تعزيز", "تعزيزات", "إضافي", "إضافيا", "إضافيين", "إضافية", "إضافيون",
            "وصول", "وصل", "وصلت", "استقدام", "زودت", "تزويد", "يزود", "استقدمت", "زيادة", "الدفع", "دفعت", "يدفع",
            "تعزز", "تعزيزها", "إرسالها", "نشرها", "نقل", "ينقل", "تنقل", "نقلت",
            "مشاركة", "بمشاركة", "سيشارك", "ستشارك",
            "إحلال", "تناوب", "مناوبة", "استبدال",
            "وصلوا", "يصلون", "سيصلون", "يصلوا",
            // arriving and deploying in the future tense is a deployment ahead: "100 جندي سيتمركزون في …"
            "سينتشرون", "سينتشر", "ستنتشر", "سيتمركزون", "سيتمركز", "ستتمركز", "سيصل", "ستصل",
            // heading out, and the farewell before it: "150 جنديا يتوجهون إلى العراق"، "وداع 80 مظليا"
            "يتوجه", "يتوجهون", "تتوجه", "سيتوجه", "سيتوجهون", "ستتوجه", "وداع",
            "توديع", "ودعت", "ودع",
            // going there: "مئات الجنود سيذهبون إلى العراق" (not the bare past ذهب, which is also gold)
            "يذهبون", "سيذهبون", "ذهبوا", "سيذهب", "ستذهب");
    /** "وسط تواجد نحو 30 ألف مسلح": a presence noun right before the count is no mere description. */
    static final WordSet PRESENCE_NOUNS = WordSet.of("وجود", "تواجد");
    /** "عددهم 200 جندي يشاركون في المهمة": what the counted do there, no event that brings them. */
    static final WordSet TAKING_PART = WordSet.of("يشارك", "تشارك", "يشاركون", "يشاركن", "يساهمون", "يسهمون");
    static final WordSet WITHDRAWAL = WordSet.of(
            "سحب", "يسحب", "تسحب", "سحبت", "سيسحب", "ستسحب", "انسحاب", "انسحب", "انسحبت", "ينسحب",
            "مغادرة", "غادر", "غادرت", "يغادر", "خروج", "خرج", "خرجت", "تقليص", "تقليل", "خفض", "تخفيض",
            "قلصت", "خفضت", "إخراج", "إجلاء", "رحيل", "سحبها",
            // the plural verbs a count of soldiers takes: "800 جندي سيغادرون"، "انسحبوا"
            "يغادرون", "سيغادرون", "يغادروا", "غادروا", "ينسحبون", "سينسحبون", "ينسحبوا", "انسحبوا",
            "يخرجون", "سيخرجون", "يخرجوا", "خرجوا", "يرحلون", "سيرحلون", "رحلوا",
            // a force (feminine) or a unit leaves: "ستغادر القوة"، "سينسحب اللواء"
            "تغادر", "سيغادر", "ستغادر", "تنسحب", "سينسحب", "ستنسحب", "سترحل", "سيرحل",
            // returning home: "130 جنديا عائدين من العراق"
            "عائدين", "عائدون", "عائدا");
    static final WordSet PRESENCE = WordSet.of(
            // what a withdrawal leaves behind: "تغادر القوات … باستثناء فرقة من 200 جندي"
            "باستثناء", "عدا", "سوى", "ماعدا", "تاركة", "تاركا", "تاركين", "مخلفة", "مخلفا",
            "وجود", "تواجد", "يتواجد", "تتواجد", "متواجد", "متواجدون", "ينتشر", "تنتشر", "منتشر", "منتشرين",
            "المنتشرة", "المنتشرين", "ينشر", "تنشر", "متمركز", "متمركزين", "يتمركز", "تتمركز", "هناك", "يوجد", "توجد", "يوجدون",
            "عدد", "عددهم", "عددها", "عدده", "تعداد", "تعدادها", "تعدادهم", "قوام", "قوامها", "قوامه", "عديد",
            "بلغ", "يبلغ", "تبلغ", "بلغت", "يضم", "تضم", "ضمت", "يشكلون", "يتألف", "تتألف", "تضم",
            "ازداد", "ارتفع", "انخفض", "تراجع", "أبقت", "أبقى", "إبقاء", "الإبقاء", "بقاء", "يبقى", "تبقى",
            // what remains: "حيث بقي نحو 50 ألف جندي"
            "بقي", "بقيت", "ظل", "ظلت",
            "يخدم", "يخدمون", "يقدر", "تقدر", "يتراوح", "لديها", "لديه", "قوة", "حامية", "يعمل", "يعملون",
            "تحتفظ", "يحتفظ", "احتفظت", "ينتشرون", "يتمركزون", "يتواجدون", "سيبقون", "يبقون", "ستبقي", "تبقي",
            // "من أصل 900 جندي تنشرهم هناك": those it keeps deployed
            "تنشرهم", "ينشرهم",
            "سيبقى", "ستبقى", "يوجد", "متواجدين",
            // taking part now is being there: "يشارك تقريبا 500 جندي في البعثة" (the verbal noun مشاركة of a
            // mandate, and the future, send troops)
            "يشارك", "تشارك",
            // "الجنود الموجودين في عدة قواعد … وعددهم 2000": those there now
            "موجود", "موجودون", "موجودين", "موجودة", "متواجدة");
    static final WordSet CASUALTIES = WordSet.of(
            "مقتل", "قتل", "قتلت", "قتلوا", "يقتل", "وفاة", "توفي", "توفوا", "إصابة", "إصابات", "أصيب", "أصيبوا", "جرح", "جرحى", "إصابته",
            "مصرع", "مصرعهم", "مصرعه", "مصرعها", "حتفهم", "حتفه", "القضاء", "تحييد", "استشهاد", "هلاك", "قتلى", "قتيل", "مصابين",
            "جريح", "مقتلهم", "تصفية", "اغتيال", "جثة", "جثث", "جثامين", "رفات",
            "قضى", "قضت", "قضوا", "يقضي", "تقضي",
            // the dual: "أن اثنين من المدربين توفيا"
            "توفيا", "قتلا", "أصيبا", "استشهدا", "لقيا",
            // "أدى القصف إلى سقوط 4 عسكريين"، "وسقط في المعارك 7 جنود": fell, as the dead are said to
            "سقوط", "سقط", "سقطوا",
            // "أودت المعارك بحياة 120 جنديا": took the lives of
            "أودى", "أودت", "يودي", "تودي",
            // the verbs the Turkish and Syrian communiqués use: "حيّدت القوات 15 إرهابياً"، "استشهد 3 جنود"
            "حيدت", "حيد", "يحيد", "تحيد", "حيدنا", "استشهد", "استشهدوا", "أردت", "أردى",
            // losing men: "خسرت فرنسا جنديين"، "تفقد القوات 12 عنصرا" (not فقد, read as ف + قد)
            "خسر", "خسرت", "يخسر", "تخسر", "خسارة", "فقدت", "يفقد", "تفقد",
            // "كلفت الحرب حياة 179 من جنودها"، "أرواح 40 جنديا": the lives a war took
            "حياة", "بحياة", "أرواح", "بأرواح");
    static final WordSet DETAINED = WordSet.of(
            "أسر", "أسرت", "أسير", "أسرى", "اعتقال", "اعتقل", "اعتقلت", "القبض", "احتجاز", "احتجزت", "محتجز",
            "معتقل", "سجن", "توقيف", "اختطاف", "خطف", "محتجزين", "معتقلين", "سجون", "اعتقالهم",
            "يحتجز", "تحتجز", "احتجزت", "المحتجزين", "يعتقل", "تعتقل", "أسرت", "أسروا",
            // soldiers who surrender are taken prisoner: "استسلام 4 آلاف جندي"
            "استسلام", "استسلم", "استسلموا", "استسلمت");
    static final WordSet TRANSFER = WordSet.of(
            "تسليم", "سلم", "يسلم", "تسلم", "سلمت", "تسليمهم", "إعادة", "أعاد", "أعادت", "يعيد", "تعيد",
            "ترحيل", "رحلت", "تبادل", "تبادلت", "يتبادل", "استلام", "استلمت", "تسلمت", "إعادتهم", "أفرجت", "أفرج", "الإفراج", "سراح",
            "سلمتها", "تسلمها", "تسلمه", "تسلمهم", "استلامه", "استلامها", "استلامهم", "يتسلم", "تتسلم", "استلم",
            "يستلم", "تستلم", "دمج", "دمجت", "دمجهم", "ادماج", "إدماج", "انضمام",
            // joining another force: "50 ألف مقاتل تركوا قسد وانضموا للقوات الحكومية"
            "انضموا", "ينضمون", "سينضمون", "ينضموا");
    /**
     * Treatment and injury words: people flown to a hospital or returned to duty after a concussion
     * are counted as casualties, whatever verb moves them ("نقل 12 منهم إلى المستشفى").
     */
    static final WordSet MEDICAL = WordSet.of("مستشفى", "مستشفيات", "المستشفيات", "العلاج", "علاج", "للعلاج",
            "ارتجاج", "بارتجاج", "صدمات", "صدمة", "جروح", "إصابات", "إصاباتهم", "الطبية", "طبي", "المصابين",
            "الجرحى", "تعافى", "تعافوا", "يتعافون");
    /** Words of time that put another event after them: "… 2500 جندي عقب اغتيال …" dates the count only. */
    static final WordSet TEMPORAL = WordSet.exact("بعد", "عقب", "اثر", "إثر", "قبل", "وبعد", "غداة");
    /** Units a medical adjective may describe: "وحدة طبية"، "فريق طبي"، "الطواقم الطبية". */
    static final WordSet MEDICAL_UNIT = WordSet.of("وحدة", "الوحدة", "وحدات", "الوحدات", "فريق", "الفريق", "فرق",
            "الفرق", "طاقم", "الطاقم", "طواقم", "الطواقم", "كادر", "الكادر", "كوادر", "الكوادر", "مفرزة", "سرية");
    /** Places where people are held: members of an armed group counted there are detainees. */
    static final WordSet DETENTION_PLACE = WordSet.of(
            "سجن", "سجون", "السجن", "السجون", "مخيم", "مخيمات", "معتقلات", "الحجز", "الاحتجاز",
            "احتجاز", "زنازين", "سجونها", "معتقل");
    /** Groups whose members, counted in a place of detention, are held rather than present. */
    static final java.util.Set<String> ARMED_GROUPS = java.util.Set.of("ISIS");
    /** Movement words: a transfer when the text names both origin (من) and destination (إلى). */
    /** "إبقاء 300 جندي": keeping named by its verbal noun is a plan, unlike "أبقت 300 جندي". */
    static final WordSet KEEPING_NOUN = WordSet.of("إبقاء", "ابقاء");
    static final WordSet CROSSING = WordSet.of("دخول", "دخل", "دخلت", "دخلوا", "عبور", "عودة", "العودة", "عبروا",
            "عبرت", "يعبرون");
    /** Refusal: the figure is of people who did not do what the verb says. */
    static final WordSet REFUSAL = WordSet.of("رفض", "رفضوا", "يرفض", "يرفضون", "رفضت", "امتنع", "امتنعوا");
    /**
     * Words that name an event (sending, withdrawing, killing, capturing, handing over) and so
     * outweigh a nearby descriptive word: "تعزيزات تضم 400 عنصر" is a deployment.
     */
    static boolean isEvent(FigureKind k) {
        return k != null && k != FigureKind.PRESENCE && k != FigureKind.OTHER;
    }

    /** Verbs of reaching: "وصل إلى 2000 جندي" is a level (presence), "وصل 300 جندي" an arrival. */
    static final WordSet REACH = WordSet.of("وصل", "يصل", "وصلت", "تصل", "سيصل", "ستصل", "بلغ", "يبلغ", "تبلغ",
            "بلغت", "سيبلغ", "ستبلغ");
    /** Release: prisoners set free are handed over (transfer), not held. */
    static final WordSet RELEASE = WordSet.of("أفرجت", "أفرج", "الإفراج", "إفراج", "سراح", "يفرج", "تفرج", "أطلقت");

    private static final WordSet PASSIVE = WordSet.exact("تم", "وتم", "جري", "يتم");
    private static final WordSet CAPTURE_NOUNS = WordSet.exact("اسرهم", "اسره", "اسرها");

    /**
     * A capture at token k: a detention word, or "أسرهم" made passive by تم or جرى ("الذين تم أسرهم").
     * Alone "أسرهم" is as often "their families".
     */
    static boolean capturedAt(Analysis a, int k) {
        return DETAINED.contains(a.tokens.get(k)) || CAPTURE_NOUNS.contains(a.tokens.get(k)) && PASSIVE.contains(a.token(k - 1));
    }

    /** A release word in the six words before the figure, in its clause: "أفرجت … عن 15 أسيرا". */
    static boolean releasedBefore(Analysis a, int qualFirst) {
        int from = Math.max(a.firstTokenOf(a.sentenceOf[qualFirst]), qualFirst - 6);
        for (int k = qualFirst - 1; k >= from; k--) {
            if (RELEASE.contains(a.tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "سحبت ألمانيا 120 جنديا آخرين": a withdrawal verb within three words before, in the clause. */
    static boolean withdrawnBefore(Analysis a, int qualFirst) {
        return cueBefore(a, qualFirst, WITHDRAWAL);
    }

    /** "قُتل 4 جنود آخرين": a casualty verb within three words before, in the clause. */
    static boolean killedBefore(Analysis a, int qualFirst) {
        return cueBefore(a, qualFirst, CASUALTIES);
    }

    private static boolean cueBefore(Analysis a, int qualFirst, WordSet cues) {
        for (int k = qualFirst - 1; k >= Math.max(0, qualFirst - 3) && !a.clauseBreakBefore(k + 1); k--) {
            if (cues.contains(a.tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Exception words: what they name is left out of the event before them. */
    static final WordSet EXCEPT = WordSet.of("باستثناء", "عدا", "سوى", "ماعدا");

    /** Present verbs of staying, which "قد" before them turns into a possibility ahead. */
    private static final WordSet STAY = WordSet.exact("يظل", "يظلون", "تظل", "يبقى", "يبقون", "تبقى", "يستمر",
            "يستمرون", "تستمر");

    /** "قد يظلون موجودين": may stay, a level ahead (target); "قد بقوا" (already) is not. */
    static boolean mayStay(Analysis a, int k) {
        Token t = a.token(k);
        return t != null && t.norm().equals("قد") && STAY.contains(a.token(k + 1)) && !a.clauseBreakBefore(k + 1);
    }

    /** Verbs of limiting: "يقتصر على 500 عنصر" is a level, as after "يصل إلى". */
    static final WordSet LIMITED = WordSet.of("يقتصر", "تقتصر", "اقتصر", "اقتصرت", "سيقتصر", "ستقتصر", "ليقتصر",
            "لتقتصر");
    /** A change of level: "سينخفض من 2000 إلى 500" gives a current level and a new one. */
    static final WordSet CHANGE = WordSet.of(
            "ينخفض", "سينخفض", "ستنخفض", "انخفض", "انخفاض", "تقليص", "خفض", "تخفيض", "سيتقلص", "يتقلص", "تقلص",
            "يرتفع", "سيرتفع", "ارتفع", "ارتفاع", "ازداد", "زيادة", "زاد", "رفع", "تراجع", "يتراجع", "سيتراجع",
            "تقليل", "سيقلص", "ستقلص", "سيخفض", "ستخفض", "يقلص", "تقلص", "قلصت", "خفضت",
            "تضاعف", "تضاعفت", "يتضاعف", "ضاعف", "ضاعفت", "ارتفعت", "انخفضت", "تراجعت", "زادت", "ازدادت",
            "يرفع", "ترفع", "سيرفع", "سترفع", "رفعت",
            // the present tense of a cut names the level it brings: "يخفض القوات إلى نحو 1400"
            "يخفض", "تخفض", "يقلل", "تقلل");
    /** A plan or a future level. */
    static final WordSet FUTURE = WordSet.of(
            "سوف", "سينخفض", "ستنخفض", "سيتم", "ستتم", "سيبقى", "ستبقى", "سيبقي", "ستبقي", "سيصل", "ستصل",
            "سيبلغ", "ستبلغ", "سيتقلص", "سيقلص", "ستقلص", "سيخفض", "ستخفض", "سيتراجع", "سيرتفع", "سيكون",
            "ستكون", "ستحتفظ", "سيحتفظ", "سيظل", "ستظل", "سيقتصر", "ستقتصر", "المقرر", "يعتزم", "تعتزم",
            "تخطط", "يخطط", "خطة", "بحلول", "مستقبلا", "ستستمر", "سيستمر", "المزمع", "المخطط",
            "سيبقون", "سينتشرون", "سيصلون", "سينسحبون", "سيغادرون", "ستغادر", "سيغادر", "ستنسحب", "سينسحب", "سيتمركزون", "سيعودون", "سيشاركون",
            "ليكون", "لتكون", "ليصبح", "لتصبح", "سيصبح", "ستصبح", "سيغدو", "ستغدو", "ليقتصر", "لتقتصر", "المرتقب", "المرتقبة", "يتطلب", "تتطلب", "يستلزم",
            "يستدعي", "بحاجة",
            // a level the count will settle at: "سيستقر العدد عند نحو 300"، "سيتراوح بين 300 و400"
            "سيستقر", "ستستقر", "سيراوح",
            // getting ready: "تستعد لزيادة قواتها لتصل إلى …"
            "تستعد", "يستعد", "تتهيأ", "يتهيأ",
            // a decision to keep a number, and keeping or leaving one behind in the first person or the future:
            // "قررت الإبقاء على نحو 700"، "سنبقي قرابة 300"، "ستترك 150 جنديا"
            "قرر", "قررت", "تقرر", "يقرر", "قراره", "سنبقي", "سنبقى", "سنحتفظ", "ستترك", "سيترك", "سنترك", "ستراوح", "سيتراوح", "ستتراوح", "سيزيد", "ستزيد",
            // a recommendation or a proposal sets a level to reach: "توصية بالإبقاء على 500 جندي"
            "توصية", "بتوصية", "يوصي", "توصي", "أوصى", "أوصت", "مقترح", "اقتراح", "يقترح", "تقترح");
    private static final WordSet THAT = WordSet.exact("ان");
    private static final WordSet ON = WordSet.exact("علي");

    /** "على أن يبقى في العراق 157 جنديا": "on condition that" sets terms still to be met. */
    static boolean onCondition(Analysis a, int k) {
        return THAT.contains(a.tokens.get(k)) && ON.contains(a.token(k - 1)) && !a.clauseBreakBefore(k);
    }

    /** Words that open a clause describing the present, which a plan named before it does not reach. */
    static final WordSet PRESENT_CLAUSE = WordSet.exact("حيث", "بينما", "فيما", "حاليا",
            // "في 2019 كان لدى الفصيل 400 مقاتل": كان opens a clause about the past
            "كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا");
    /** Words that open an aside or a clause of circumstance: "علما وأن"، "حيث"، "بينما". */
    static final WordSet ASIDE = WordSet.exact("علما", "حيث", "بينما", "فيما");
    /** "جرى تقليص الحامية إلى 300": an auxiliary of the done past before a verbal noun. */
    static final WordSet DONE = WordSet.exact("تم", "وتم", "جرى", "وجرى");
    /** "بالإضافة إلى 400 مظلي": إلى of an addition, not of a level reached. */
    static final WordSet ADDITION = WordSet.exact("بالإضافة", "بالاضافة", "إضافة", "اضافة", "وبالإضافة", "وإضافة");
    /**
     * Containment verbs: a place of detention that "holds" a number of people holds detainees
     * ("سجن يضم 900 عنصر").
     */
    static final WordSet HOLDS = WordSet.of("يضم", "تضم", "يحتجز", "تحتجز", "يحتضن", "تحتضن", "يؤوي", "تؤوي",
            "يقبع", "يحوي", "تحوي", "يأوي", "تأوي");
    /** Training given to people: those counted after it are trainees, not a force's strength. */
    static final WordSet TRAINING = WordSet.of("تدريب", "بتدريب", "التدريب", "تدريبهم", "تأهيل", "تأهيلهم",
            "درب", "دربت", "تخريج", "خرجت");
    /** Registration: people on a roll, not on the ground. */
    static final WordSet LISTED = WordSet.of("المسجلة", "المسجلين", "مسجلون", "مسجلين", "المسجلون", "سجلات", "قوائم",
            "الرواتب", "الموازنة", "موازنة");
    /** Verbs of taking position: in the future ("من المقرر أن ينتشر 30 جنديا") they deploy troops. */
    static final WordSet SETTLING = WordSet.exact("ينتشر", "تنتشر", "ينتشرون", "يتمركز", "تتمركز", "يتمركزون");
    /**
     * Heads that make a training word name a mission ("مهمة تدريب"), not trainees counted after it; without
     * the article, as the first noun of such a phrase is ("تولت البعثة تدريب 3000 متطوع" counts trainees).
     */
    static final WordSet TRAINING_FRAMES = WordSet.exact("مهمة", "بمهمة", "لمهمة", "ومهمة", "بعثة", "ببعثة", "لبعثة",
            "وبعثة", "برنامج", "ببرنامج", "لبرنامج", "مهام", "بمهام", "عمليات", "معسكرات", "معسكر", "مراكز", "مركز");

    /** Count words: they describe a group whose fate a verb further away may tell. */
    static final WordSet COUNT = WordSet.of("عدد", "عددهم", "عددها", "عدده", "تعداد", "تعدادها", "تعدادهم", "قوام",
            "قوامها", "قوامه", "البالغ", "البالغة", "والبالغ");

    private KindCues() {
    }

    /**
     * "ارتفعت حصيلة القتلى إلى 27": the level is of casualties (or captives), not of troops present.
     * Returns that kind, or null.
     */
    static FigureKind eventNounBefore(Analysis a, int from, int qualFirst) {
        for (int k = qualFirst - 2; k >= Math.max(from, qualFirst - 8); k--) {
            FigureKind kk = kindOf(a.tokens.get(k));
            if (kk == FigureKind.CASUALTIES || kk == FigureKind.DETAINED) {
                return kk;
            }
            if (Tallies.TALLY.contains(a.tokens.get(k)) || Tallies.otherCount(a.tokens.get(k))) {
                return null; // "… 12 جنديا، ووصل عدد القوات إلى 3000": a nearer tally or count is another's
            }
        }
        return null;
    }

    /**
     * A treatment or injury word in the figure's sentence, within a dozen words of it; not the
     * adjective of a unit ("وحدة طبية من 15 مسعفا" are medics sent, not the wounded).
     */
    static boolean medicalNear(Analysis a, int numberFirst, int nounLast) {
        int s = a.sentenceOf[numberFirst];
        int from = Math.max(a.firstTokenOf(s), numberFirst - 12);
        int to = Math.min(a.lastTokenOf(s), nounLast + 12);
        for (int k = from; k <= to; k++) {
            // "450 عسكريا أصيب منهم ثلاثة": the wounded are a part of those counted, not all of them
            if (MEDICAL.contains(a.tokens.get(k)) && !MEDICAL_UNIT.contains(a.token(k - 1))
                    && !(k > nounLast && OF_THEM.contains(a.token(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "منهم"، "منها": what follows befalls a part of those just counted. */
    static final WordSet OF_THEM = WordSet.exact("منهم", "منها", "منهن");

    /** "من أصل"، "من مجموع": the whole a part was taken from. */
    static final WordSet WHOLE = WordSet.exact("اصل", "مجموع", "اجمالي", "أصل", "إجمالي");
    private static final WordSet FROM_WHOLE = WordSet.exact("من");

    /** "من أصل"، "من مجموع" right before the count, in its clause. */
    static boolean outOfWhole(Analysis a, int qualFirst) {
        return WHOLE.contains(a.token(qualFirst - 1)) && FROM_WHOLE.contains(a.token(qualFirst - 2))
                && !a.clauseBreakBefore(qualFirst - 1) && !a.clauseBreakBefore(qualFirst);
    }

    private static final WordSet FAQAD = WordSet.exact("فقد", "وفقد");
    /** Joining, which is going over to another side unless those joined are the ones just named. */
    private static final WordSet JOIN = WordSet.of("ينضم", "تنضم", "سينضم", "ستنضم", "انضم", "انضمت", "ينضمون",
            "سينضمون", "انضموا");
    private static final WordSet JOINED = WordSet.exact("اليهم", "اليها", "لهم", "اليه");

    /**
     * The kind the word at k points to. "فقد" is mostly ف + قد ("فقد أعلن"); right before a count
     * ("فقد نحو 300 عنصر") it is the verb of losing them.
     */
    static FigureKind kindAt(Analysis a, int k) {
        if (JOIN.contains(a.tokens.get(k)) && (JOINED.contains(a.token(k + 1)) || Reinforcement.joinsThoseThere(a, k))) {
            return FigureKind.DEPLOYMENT; // "وسينضم إليهم 200 جندي": reinforcements for those there
        }
        FigureKind kind = kindOf(a.tokens.get(k));
        if (kind != null || !FAQAD.contains(a.tokens.get(k)) || a.clauseBreakBefore(k + 1)) {
            return kind;
        }
        for (io.raqib.arabic.ArabicNumbers.NumberMatch n : a.numbers) {
            QualifierReader.Found q = QualifierReader.before(a, n.firstToken());
            if (n.firstToken() == k + 1 || q != null && q.first() == k + 1) {
                return FigureKind.CASUALTIES;
            }
        }
        return null;
    }

    /** The kind a word points to, or null. Change words are handled separately. */
    static FigureKind kindOf(Token t) {
        if (t == null || !t.isWord()) {
            return null;
        }
        if (CASUALTIES.contains(t)) {
            return FigureKind.CASUALTIES;
        }
        if (DETAINED.contains(t)) {
            return FigureKind.DETAINED;
        }
        if (TRANSFER.contains(t)) {
            return FigureKind.TRANSFER;
        }
        if (WITHDRAWAL.contains(t)) {
            return FigureKind.WITHDRAWAL;
        }
        if (DEPLOYMENT.contains(t)) {
            return FigureKind.DEPLOYMENT;
        }
        if (PRESENCE.contains(t)) {
            return FigureKind.PRESENCE;
        }
        if (REFUSAL.contains(t)) {
            return FigureKind.OTHER;
        }
        return ObjectPronounCues.kindOf(t);
    }

    private static final WordSet PARTITIVE_FROM = WordSet.exact("من");

    /**
     * "سحب 400 من عناصره … من الألفي جندي": a count right after "من", in the clause of a count taken
     * away before it, is the whole that count is taken from: the force there now.
     */
    static boolean wholeAfterPart(Analysis a, int qualFirst) {
        if (!PARTITIVE_FROM.contains(a.token(qualFirst - 1)) || a.clauseBreakBefore(qualFirst - 1)
                || a.clauseBreakBefore(qualFirst)) {
            return false;
        }
        int from = Math.max(a.firstTokenOf(a.sentenceOf[qualFirst]), qualFirst - 10);
        for (io.raqib.arabic.ArabicNumbers.NumberMatch n : a.numbers) {
            if (n.lastToken() < from || n.lastToken() >= qualFirst - 1) {
                continue;
            }
            boolean sameClause = true;
            for (int k = n.lastToken() + 1; k < qualFirst && sameClause; k++) {
                sameClause = !a.clauseBreakBefore(k);
            }
            for (int k = n.firstToken() - 1; sameClause && k >= Math.max(from, n.firstToken() - 2); k--) {
                if (WITHDRAWAL.contains(a.tokens.get(k))) {
                    return true;
                }
            }
        }
        return false;
    }
}
