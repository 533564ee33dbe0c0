package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;

/**
 * The nouns that make a number a count of people in armed or security forces, in the forms the
 * press uses (singular after 11+, plural after 3–10, accusative with tanween, sound plurals,
 * construct forms). Also the nouns that make it a count of something else that looks similar:
 * detainees and casualties (personnel only when a force is attached) and a force collective
 * (قوات) which counts people only after من ("2000 من القوات").
 */
final class PersonnelNouns {

    /** What a noun after a number says the number counts. */
    enum Type { PERSONNEL, DETAINEE, CASUALTY, COLLECTIVE, PERSON }

    static final WordSet PERSONNEL = WordSet.of(
            "جندي", "جنديا", "جنديًا", "جنود", "جنودا", "جنديين", "جنديان", "جندية", "جنديات",
            "مجند", "مجندا", "مجندين", "مجندون", "مجندة", "مجندات",
            "عسكري", "عسكريا", "عسكريين", "عسكريون", "عسكريان", "عسكريي",
            "عنصر", "عنصرا", "عناصر", "عنصرين", "عنصران",
            "مقاتل", "مقاتلا", "مقاتلين", "مقاتلون", "مقاتلو", "مقاتلي", "مقاتلان",
            "ضابط", "ضابطا", "ضباط", "ضابطين", "ضابطان",
            "جنرال", "جنرالا", "جنرالات",
            "منتسب", "منتسبا", "منتسبين", "منتسبون", "منتسبي",
            "فرد", "فردا", "أفراد", "فردين",
            "مستشار", "مستشارا", "مستشارين", "مستشارون", "مستشاري",
            "مدرب", "مدربا", "مدربين", "مدربون", "مدربي",
            "مسلح", "مسلحا", "مسلحين", "مسلحون", "مسلحي",
            "إرهابي", "إرهابيا", "إرهابيين", "إرهابيون", "إرهابيي",
            "داعشي", "داعشيا", "داعشيين", "دواعش",
            "جهادي", "جهاديا", "جهاديين", "جهاديون", "جهاديي",
            "مرتزق", "مرتزقة", "مرتزقا",
            "بحار", "بحارا", "بحارة",
            "طيار", "طيارا", "طيارين",
            "شرطي", "شرطيا", "شرطيين",
            "قيادي", "قياديا", "قياديين", "قياديون", "قياديي",
            // "160 ألف بيشمركة": the force's own name counts its men
            "بيشمركة", "بيشمركه", "بشمركة",
            "عنصرًا", "كوماندوز", "مارينز", "مظلي", "مظليين", "مظليا", "قناص", "قناصا", "قناصين", "متطوع", "متطوعا", "متطوعين", "منتسبًا",
            // sound plurals in construct: "3 آلاف من إرهابيي التنظيم"، "متطوعي الحشد"
            "متطوعي", "مجندي", "طياري", "مظليي", "قناصي");

    static final WordSet DETAINEE = WordSet.of(
            "معتقل", "معتقلا", "معتقلين", "معتقلون", "أسير", "أسيرا", "أسرى", "محتجز", "محتجزا", "محتجزين",
            "سجين", "سجينا", "سجناء", "موقوف", "موقوفين", "موقوفا", "موقوفون", "محتجزون", "معتقلي",
            "مطلوب", "مطلوبا", "مطلوبين");

    /**
     * People in general (شخص، أشخاص): a count of armed men only in a sentence about forces, and
     * not about civilians (see {@link ForceSentence}).
     */
    static final WordSet PERSON = WordSet.of("شخص", "شخصا", "أشخاص", "اشخاص", "شخصين", "شخصان",
            // "القوة المؤلفة من 550 رجل"، "قوة قوامها 500 رجل": men, counted as soldiers only where
            // forces are spoken of, as the press counts a unit's strength
            "رجل", "رجلا", "رجال",
            // "الكتيبة التي تضم 12 مهندسا": specialists, soldiers only in a unit or where forces are spoken of
            "مهندس", "مهندسا", "مهندسين", "مهندسون", "طبيب", "طبيبا", "أطباء", "اطباء");

    /**
     * Members (عضو، أعضاء): of an armed group when one is named right after them ("600 عضو في
     * داعش"); otherwise of a parliament or a board, and no figure.
     */
    static final WordSet MEMBER = WordSet.of("عضو", "عضوا", "عضوًا", "أعضاء", "اعضاء", "عضوين",
            // "40 ناشطا من حزب الله": operatives, counted only when a force is named right after them
            "ناشط", "ناشطا", "ناشطين", "ناشطون", "نشطاء");

    /** Duals that are never plurals: the noun alone counts two ("مقتل جنديين"). */
    static final WordSet UNAMBIGUOUS_DUALS = WordSet.of("جنديين", "جنديان", "ضابطين", "ضابطان", "فردين",
            "عسكريان", "مقاتلان", "مستشاران", "مجندان", "عنصرين", "عنصران", "فردان", "قتيلين", "قتيلان",
            "جريحين", "جريحان");

    static final WordSet CASUALTY = WordSet.of(
            "قتيل", "قتيلا", "قتلى", "جريح", "جريحا", "جرحى", "مصاب", "مصابا", "مصابين", "مصابون",
            "شهيد", "شهيدا", "شهداء",
            // the missing in action are counted with the dead and wounded: "45 مفقودا"
            "مفقود", "مفقودا", "مفقودين", "مفقودون");

    /** Police are a security force too: "300 من الشرطة العسكرية". */
    static final WordSet COLLECTIVE = WordSet.of("قوات", "القوات", "قواتها", "قواته", "قواتهم", "الجيش", "الشرطة",
            "شرطة");

    private PersonnelNouns() {
    }

    /** Possessive endings: جنودها، عناصره، مقاتليهم، قواتنا. */
    private static final String[] POSSESSIVES = {"هم", "ها", "نا", "ه"};

    static Type typeOf(Token t) {
        if (t == null || !t.isWord()) {
            return null;
        }
        Type direct = typeOfNorm(t.norm());
        if (direct != null) {
            return direct;
        }
        for (String p : POSSESSIVES) {
            String n = t.norm();
            // عسكرية is an adjective, not عسكري + ه; مقاتليه is مقاتلي(ن) + ه, a plural in construct
            if (n.endsWith(p) && n.length() - p.length() >= 3 && !(p.equals("ه") && n.charAt(n.length() - 2) == 'ي'
                    && typeOfNorm(n.substring(0, n.length() - 1) + "ن") == null)) {
                Type stripped = typeOfNorm(n.substring(0, n.length() - p.length()));
                // جنودها، عناصرهم; a stripped ه must not turn a feminine noun into another word
                if (stripped != null && stripped != Type.CASUALTY) {
                    return stripped;
                }
            }
        }
        return null;
    }

    private static Type typeOfNorm(String norm) {
        if (PERSONNEL.containsNorm(norm)) {
            return Type.PERSONNEL;
        }
        if (DETAINEE.containsNorm(norm)) {
            return Type.DETAINEE;
        }
        if (CASUALTY.containsNorm(norm)) {
            return Type.CASUALTY;
        }
        if (COLLECTIVE.containsNorm(norm)) {
            return Type.COLLECTIVE;
        }
        if (PERSON.containsNorm(norm) || MEMBER.containsNorm(norm)) {
            return Type.PERSON;
        }
        return null;
    }
}
