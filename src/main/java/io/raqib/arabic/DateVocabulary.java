package io.raqib.arabic;

import static io.raqib.arabic.FoldedText.fold;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words Arabic date expressions are built from, written here in ordinary Arabic and folded
 * once (see {@link FoldedText#fold}) so they match folded text whatever hamza, teh marbuta or
 * alef maqsura the writer used. Regex fragments are exposed as alternations, longest first.
 */
final class DateVocabulary {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** No letter or digit before / after: Java's \b does not know Arabic letters. */
    static final String L = "(?<![\\p{L}\\p{N}])";
    static final String R = "(?![\\p{L}\\p{N}])";

    /** A four-digit Gregorian year of the modern press. Hijri years (14xx) stay out on purpose. */
    static final String YEAR = "(?:19|20)\\d{2}";
    /** Optional "م" (ميلادي) after a year. */
    static final String AD_SUFFIX = "(?:\\s*م" + R + ")?";

    /** Month names that are also ordinary words (آب "father", مارس "practised", ماي, أوت). */
    static final Set<String> AMBIGUOUS_MONTHS = Set.of(fold("آب"), fold("مارس"), fold("ماي"), fold("أوت"),
            fold("غشت"));

    static final Map<String, Integer> MONTHS = months();
    static final String MONTH_NAMES = alternation(MONTHS.keySet());

    /** Words that make a relative expression point back, to now, or forward. Keys are folded, with ال. */
    static final Map<String, DateMention.Direction> RELATIVE_WORDS = relativeWords();
    static final String RELATIVE_WORD = alternation(RELATIVE_WORDS.keySet());

    static final Map<String, DateMention.Modifier> MODIFIERS = modifiers();
    static final String MODIFIER = alternation(MODIFIERS.keySet());

    /** Words for "this" before العام/الشهر: "هذا العام". */
    static final String THIS = fold("(?:هذا|هذه)");

    /** Words after which a bare four-digit number is a year ("بحلول 2026", "مطلع 2025"). */
    static final Set<String> BARE_YEAR_CONTEXT = foldAll(
            "بحلول", "حلول", "حتى", "لغاية", "غاية", "لحين", "قبل", "بعد", "منذ", "في", "فى", "خلال", "مطلع",
            "بداية", "نهاية", "منتصف", "أواخر", "أوائل", "مستهل", "أواسط", "ختام", "بنهاية", "بمطلع", "ببداية",
            "بمنتصف", "بأواخر", "بأوائل", "صيف", "شتاء", "خريف", "ربيع", "عامي", "وحتى", "وفي", "ومنذ", "وبحلول",
            "ابتداء", "اعتبارا", "وأواخر", "ونهاية");

    /**
     * Counted nouns that follow a number that is a quantity, not a year: "2000 جندي". Stems; a word
     * is a unit when it starts with one of them after removing a clitic.
     */
    static final List<String> QUANTITY_NOUN_STEMS = List.copyOf(foldAll(
            "جندي", "جنود", "عنصر", "عناصر", "مقاتل", "ضابط", "ضباط", "شخص", "أشخاص", "فرد", "أفراد",
            "دولار", "يورو", "دينار", "ليرة", "كيلو", "متر", "طن", "قتيل", "جريح", "مسلح", "عسكري",
            "مدني", "لاجئ", "نازح", "طائرة", "صاروخ", "غارة", "موظف", "معتقل", "سجين", "عائلة", "آلية",
            "مركبة", "دبابة", "قطعة", "ألف", "مليون", "مليار", "رجل", "امرأة", "طفل", "مستشار", "مدرب",
            "منتسب", "عامل", "مرتزق"));

    /** Time units: folded word → unit letter (Y, M, W, D). */
    static final Map<String, Character> UNITS = units();
    static final String UNIT = alternation(UNITS.keySet());
    /** Plural unit words, as after a number word: "السنوات الثلاث". */
    static final List<String> UNIT_PLURALS = List.of("سنوات", "أعوام", "سنين", "أشهر", "شهور", "أسابيع", "أيام", "ساعات")
            .stream().map(FoldedText::fold).toList();
    static final String UNIT_PLURAL = "(?:" + String.join("|", UNIT_PLURALS) + ")";
    /** Dual forms that carry their own count: "عامين" = 2 years. */
    static final Map<String, Character> DUALS = duals();
    static final String DUAL = alternation(DUALS.keySet());
    /** Singular units, read as one when "إضافي / آخر / واحد / كامل" follows or "لمدة" precedes. */
    static final Map<String, Character> SINGULARS = singulars();
    static final String SINGULAR = alternation(SINGULARS.keySet());
    static final String SINGULAR_FOLLOWER = fold("(?:ال)?(?:إضافي|إضافيا|إضافية|آخر|أخرى|واحد|واحدا|واحدة|كامل|كاملا|كاملة)");

    /**
     * Small number words that count time units ("ثلاث سنوات"). Kept here and not in a general number
     * parser because only these gender forms before time units matter for dates.
     */
    static final Map<String, Integer> COUNT_WORDS = countWords();
    static final String COUNT_WORD = alternation(COUNT_WORDS.keySet());

    /** Words before a length of time that say which way it runs. */
    static final Map<String, DateMention.Direction> DURATION_PREFIXES = durationPrefixes();
    static final String DURATION_PREFIX = alternation(DURATION_PREFIXES.keySet());

    private DateVocabulary() {
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < ArabicMonths.NAMES.size(); i++) {
            for (String name : ArabicMonths.NAMES.get(i)) {
                m.put(fold(name), i + 1);
            }
        }
        return Map.copyOf(m);
    }

    static int monthNumber(String foldedName) {
        Integer n = MONTHS.get(SPACES.matcher(foldedName).replaceAll(" "));
        if (n == null) {
            throw new IllegalArgumentException("not a month: " + foldedName);
        }
        return n;
    }

    private static Map<String, DateMention.Direction> relativeWords() {
        Map<String, DateMention.Direction> m = new LinkedHashMap<>();
        for (String w : List.of("الجاري", "الجارية", "الحالي", "الحالية")) {
            m.put(fold(w), DateMention.Direction.PRESENT);
        }
        for (String w : List.of("المقبل", "المقبلة", "القادم", "القادمة", "التالي", "التالية")) {
            m.put(fold(w), DateMention.Direction.FUTURE);
        }
        for (String w : List.of("الماضي", "الماضية", "المنصرم", "المنصرمة", "السابق", "السابقة", "الفائت", "الفائتة")) {
            m.put(fold(w), DateMention.Direction.PAST);
        }
        return Map.copyOf(m);
    }

    private static Map<String, DateMention.Modifier> modifiers() {
        Map<String, DateMention.Modifier> m = new LinkedHashMap<>();
        for (String w : List.of("نهاية", "ختام", "آخر")) {
            m.put(fold(w), DateMention.Modifier.END);
        }
        m.put(fold("أواخر"), DateMention.Modifier.LATE);
        for (String w : List.of("مطلع", "بداية", "أوائل", "مستهل", "أول", "بدء")) {
            m.put(fold(w), DateMention.Modifier.BEGINNING);
        }
        for (String w : List.of("منتصف", "أواسط")) {
            m.put(fold(w), DateMention.Modifier.MIDDLE);
        }
        m.put(fold("ربيع"), DateMention.Modifier.SPRING);
        m.put(fold("صيف"), DateMention.Modifier.SUMMER);
        m.put(fold("خريف"), DateMention.Modifier.AUTUMN);
        m.put(fold("شتاء"), DateMention.Modifier.WINTER);
        return Map.copyOf(m);
    }

    private static Map<String, Character> units() {
        Map<String, Character> m = new LinkedHashMap<>();
        for (String w : List.of("سنة", "سنوات", "سنين", "عام", "أعوام", "عاما")) {
            m.put(fold(w), 'Y');
        }
        for (String w : List.of("شهر", "شهرا", "أشهر", "شهور")) {
            m.put(fold(w), 'M');
        }
        for (String w : List.of("أسبوع", "أسبوعا", "أسابيع")) {
            m.put(fold(w), 'W');
        }
        for (String w : List.of("يوم", "يوما", "أيام")) {
            m.put(fold(w), 'D');
        }
        for (String w : List.of("ساعة", "ساعات")) {
            m.put(fold(w), 'H');
        }
        return Map.copyOf(m);
    }

    private static Map<String, Character> duals() {
        Map<String, Character> m = new LinkedHashMap<>();
        for (String w : List.of("عامين", "عامان", "سنتين", "سنتان")) {
            m.put(fold(w), 'Y');
        }
        for (String w : List.of("شهرين", "شهران")) {
            m.put(fold(w), 'M');
        }
        for (String w : List.of("أسبوعين", "أسبوعان")) {
            m.put(fold(w), 'W');
        }
        for (String w : List.of("يومين", "يومان")) {
            m.put(fold(w), 'D');
        }
        for (String w : List.of("ساعتين", "ساعتان")) {
            m.put(fold(w), 'H');
        }
        return Map.copyOf(m);
    }

    private static Map<String, Character> singulars() {
        // the accusative ("عاماً إضافياً"، "شهراً آخر"): the tanween folds away, the alef stays
        return Map.of(fold("عام"), 'Y', fold("سنة"), 'Y', fold("شهر"), 'M', fold("أسبوع"), 'W', fold("يوم"), 'D',
                fold("عاما"), 'Y', fold("شهرا"), 'M', fold("أسبوعا"), 'W', fold("يوما"), 'D');
    }

    private static Map<String, Integer> countWords() {
        Map<String, Integer> m = new LinkedHashMap<>();
        String[][] words = {
            {"ثلاث", "ثلاثة"}, {"أربع", "أربعة"}, {"خمس", "خمسة"}, {"ست", "ستة"}, {"سبع", "سبعة"},
            {"ثماني", "ثمانية", "ثمان"}, {"تسع", "تسعة"}, {"عشر", "عشرة"}};
        for (int i = 0; i < words.length; i++) {
            for (String w : words[i]) {
                m.put(fold(w), i + 3);
            }
        }
        return Map.copyOf(m);
    }

    private static Map<String, DateMention.Direction> durationPrefixes() {
        Map<String, DateMention.Direction> m = new LinkedHashMap<>();
        for (String w : List.of("منذ", "قبل")) {
            m.put(fold(w), DateMention.Direction.PAST);
        }
        for (String w : List.of("خلال", "في غضون", "غضون", "لمدة", "مدة", "بعد", "طوال", "طيلة", "على مدى",
                "على مدار", "لفترة", "فترة")) {
            m.put(fold(w), DateMention.Direction.UNSPECIFIED);
        }
        return Map.copyOf(m);
    }

    /** Direction of a word after a length of time ("الإضافيين", "المقبلة", "الماضيين"), or null. */
    static DateMention.Direction durationSuffixDirection(String foldedWord) {
        String w = foldedWord.startsWith("ال") ? foldedWord.substring(2) : foldedWord;
        for (String f : foldAll("مقبل", "قادم", "إضافي", "أخرى", "أخري", "آخر", "تالي", "لاحق")) {
            if (w.startsWith(f)) {
                return DateMention.Direction.FUTURE;
            }
        }
        for (String p : foldAll("ماضي", "ماض", "منصرم", "سابق", "أخير", "فائت")) {
            if (w.startsWith(p)) {
                return DateMention.Direction.PAST;
            }
        }
        return null;
    }

    static boolean isQuantityNoun(String foldedWord) {
        String w = foldedWord;
        if (w.equals(fold("كم")) || w.equals(fold("كلم"))) {
            return true;
        }
        for (String clitic : List.of("وال", "بال", "لل", "ال", "و", "ب", "ل")) {
            if (w.length() > clitic.length() + 1 && w.startsWith(clitic)) {
                String rest = w.substring(clitic.length());
                if (QUANTITY_NOUN_STEMS.stream().anyMatch(rest::startsWith)) {
                    return true;
                }
            }
        }
        return QUANTITY_NOUN_STEMS.stream().anyMatch(w::startsWith);
    }

    static Set<String> foldAll(String... words) {
        return Arrays.stream(words).map(FoldedText::fold).collect(Collectors.toUnmodifiableSet());
    }

    /** Regex alternation of folded words, longest first, inner spaces as \s+. */
    static String alternation(java.util.Collection<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> java.util.regex.Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
