package io.raqib.common;

import io.raqib.arabic.ArabicDigits;
import io.raqib.arabic.ReducedDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The contract's vocabularies (DESIGN.md) as clients write them: lower-case enum codes, force
 * codes, ISO countries and reduced-precision dates, each parsed with a 400 that says what is valid.
 * Shared by claims and deadlines.
 */
public final class Codes {
    /** Force codes (DESIGN.md), as the gazetteer and the extractor use them. */
    public static final List<String> FORCES = List.of("US", "COALITION", "ISIS", "SDF", "SYRIAN_GOV", "IRAQI",
            "PESHMERGA", "PMF", "TURKISH", "RUSSIAN", "IRANIAN", "HTS", "NATO", "BRITISH", "FRENCH", "GERMAN",
            "ITALIAN", "SPANISH", "DUTCH", "JORDANIAN", "AUSTRALIAN", "CANADIAN", "DANISH", "NORWEGIAN", "BELGIAN", "FINNISH", "POLISH", "NEW_ZEALAND", "HUNGARIAN", "PORTUGUESE", "JAPANESE", "GEORGIAN", "SOUTH_KOREAN",
                "ROMANIAN", "SWEDISH", "LATVIAN", "CZECH", "ESTONIAN", "LITHUANIAN", "UKRAINIAN", "BULGARIAN",
                "SLOVAK", "ALBANIAN", "MONGOLIAN", "SALVADORAN", "AZERBAIJANI", "ARMENIAN", "KAZAKH", "MACEDONIAN", "ISRAELI", "UN", "IRISH", "AUSTRIAN", "NEPALESE", "FIJIAN", "FILIPINO", "CROATIAN",
                "INDIAN",
                "OTHER");
    private static final Set<String> FORCE_SET = Set.copyOf(FORCES);
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private Codes() {
    }

    /** The lower-case code of an enum constant (MORE_THAN → more_than). */
    public static String code(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** An enum constant from its code, or a 400 naming the parameter and the codes it accepts. */
    public static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw ProblemException.badRequest(name + " must be one of " + codes(type) + ", not '" + value + "'");
    }

    public static <E extends Enum<E>> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", "));
    }

    public static String force(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!FORCE_SET.contains(code)) {
            throw ProblemException.badRequest(name + " must be one of " + String.join(", ", FORCES)
                    + ", not '" + value + "'");
        }
        return code;
    }

    public static String country(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(code).matches()) {
            throw ProblemException.badRequest(name + " must be an ISO 3166-1 alpha-2 country code such as IQ or SY, not '"
                    + value + "'");
        }
        return code;
    }

    /** A reduced-precision ISO date: 2018, 2024-06 or 2025-01-09 (any digit script). */
    public static ReducedDate reducedDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ReducedDate.parse(ArabicDigits.toAscii(value.strip()));
        } catch (RuntimeException e) {
            throw ProblemException.badRequest(name + " must be a date such as 2018, 2024-06 or 2025-01-09, not '"
                    + value + "'");
        }
    }

    /** A reduced-precision date from the extractor, or null when it is not one. */
    public static ReducedDate reducedDateOrNull(String value) {
        try {
            return value == null ? null : ReducedDate.parse(value);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
