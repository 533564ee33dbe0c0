package io.raqib.arabic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The two Arabic month-name families: the Syriac/Levantine one used in Iraq and Syria
 * (كانون الثاني … كانون الأول) and the transliterated one used in Egypt and the Gulf
 * (يناير … ديسمبر), with the spelling variants the press uses, and the Maghrebi names (جانفي،
 * فيفري، أفريل، ماي، جوان، جويلية، أوت in Algeria and Tunisia; يوليوز، غشت، شتنبر، نونبر، دجنبر in Morocco). Keys are normalised with
 * {@link ArabicNormalizer#normalize}.
 *
 * <p>Besides the standard spellings, the forms the press writes often enough to matter: the
 * indefinite ثانٍ of the Levantine names (كانون ثانٍ، تشرين ثانٍ), أوث for the Maghrebi أوت (the
 * letter one dot away), ديسيمبر and أوكتوبر with the vowel letter written out. None of them is
 * another Arabic word.
 */
public final class ArabicMonths {
    /** Index 0 = January. Each entry: Levantine names, then Egyptian/Gulf names. */
    static final List<List<String>> NAMES = List.of(
            List.of("كانون الثاني", "كانون ثاني", "كانون ثان", "يناير", "جانفي"),
            List.of("شباط", "فبراير", "فيفري"),
            List.of("آذار", "اذار", "مارس"),
            List.of("نيسان", "أبريل", "ابريل", "إبريل", "أفريل"),
            List.of("أيار", "ايار", "مايو", "ماي"),
            List.of("حزيران", "يونيو", "يونيه", "جوان"),
            List.of("تموز", "يوليو", "يوليه", "جويلية", "يوليوز"),
            List.of("آب", "اب", "أغسطس", "اغسطس", "أوت", "أوث", "غشت"),
            List.of("أيلول", "ايلول", "سبتمبر", "شتنبر"),
            List.of("تشرين الأول", "تشرين أول", "أكتوبر", "اكتوبر", "أوكتوبر"),
            List.of("تشرين الثاني", "تشرين ثاني", "تشرين ثان", "نوفمبر", "نونبر"),
            List.of("كانون الأول", "كانون أول", "ديسمبر", "ديسيمبر", "دجنبر"));

    private static final Map<String, Integer> BY_NAME = buildIndex();

    private ArabicMonths() {
    }

    private static Map<String, Integer> buildIndex() {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int m = 0; m < NAMES.size(); m++) {
            for (String name : NAMES.get(m)) {
                index.put(ArabicNormalizer.normalize(name), m + 1);
            }
        }
        return Map.copyOf(index);
    }

    /** Month number 1–12 for a month name in either family, any spelling variant. */
    public static Optional<Integer> monthOf(String name) {
        return Optional.ofNullable(BY_NAME.get(ArabicNormalizer.normalize(name)));
    }

    /** Every written form of the given month (1–12), both families. */
    public static List<String> namesOf(int month) {
        return NAMES.get(month - 1);
    }

    /** All month names, normalised, longest first (so that كانون الثاني wins over a shorter match). */
    public static List<String> normalizedNamesLongestFirst() {
        return BY_NAME.keySet().stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .collect(Collectors.toList());
    }
}
