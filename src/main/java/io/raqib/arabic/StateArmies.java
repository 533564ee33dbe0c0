package io.raqib.arabic;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Foreign states whose name, as the actor of a sentence, stands for their troops ("ستسحب ألمانيا
 * جنودها"), and the home state of each such army, where its presence abroad never is. One table for
 * the figure and the deadline rules, so both read the same states.
 */
public final class StateArmies {
    private static final Map<String, String> ARMY_OF_STATE = Map.ofEntries(Map.entry("US", "US"),
            Map.entry("TR", "TURKISH"), Map.entry("RU", "RUSSIAN"), Map.entry("IR", "IRANIAN"), Map.entry("GB", "BRITISH"),
            Map.entry("FR", "FRENCH"), Map.entry("DE", "GERMAN"), Map.entry("IT", "ITALIAN"), Map.entry("ES", "SPANISH"),
            Map.entry("NL", "DUTCH"), Map.entry("AU", "AUSTRALIAN"), Map.entry("CA", "CANADIAN"),
            Map.entry("DK", "DANISH"), Map.entry("NO", "NORWEGIAN"), Map.entry("BE", "BELGIAN"), Map.entry("FI", "FINNISH"),
            Map.entry("PL", "POLISH"),
            Map.entry("NZ", "NEW_ZEALAND"), Map.entry("HU", "HUNGARIAN"), Map.entry("PT", "PORTUGUESE"),
            Map.entry("JP", "JAPANESE"), Map.entry("GE", "GEORGIAN"), Map.entry("KR", "SOUTH_KOREAN"),
            Map.entry("RO", "ROMANIAN"), Map.entry("SE", "SWEDISH"), Map.entry("LV", "LATVIAN"),
            Map.entry("CZ", "CZECH"), Map.entry("EE", "ESTONIAN"), Map.entry("LT", "LITHUANIAN"),
            Map.entry("UA", "UKRAINIAN"), Map.entry("BG", "BULGARIAN"), Map.entry("SK", "SLOVAK"),
            Map.entry("AL", "ALBANIAN"), Map.entry("MN", "MONGOLIAN"), Map.entry("SV", "SALVADORAN"),
            Map.entry("AZ", "AZERBAIJANI"), Map.entry("AM", "ARMENIAN"), Map.entry("KZ", "KAZAKH"),
            Map.entry("MK", "MACEDONIAN"), Map.entry("IL", "ISRAELI"), Map.entry("IE", "IRISH"), Map.entry("AT", "AUSTRIAN"),
            Map.entry("NP", "NEPALESE"), Map.entry("FJ", "FIJIAN"), Map.entry("PH", "FILIPINO"), Map.entry("HR", "CROATIAN"),
            Map.entry("IN", "INDIAN"));
    private static final Map<String, String> HOME_OF_ARMY = home();

    private StateArmies() {
    }

    /** The army code of a state (ISO alpha-2), or null when its name does not stand for troops here. */
    public static String armyOf(String state) {
        return state == null ? null : ARMY_OF_STATE.get(state);
    }

    /** The home state of an army code (the coalition's is the United States), or null. */
    public static String homeOf(String army) {
        return army == null ? null : HOME_OF_ARMY.get(army);
    }

    private static Map<String, String> home() {
        Map<String, String> home = ARMY_OF_STATE.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (a, b) -> a, java.util.HashMap::new));
        home.put("COALITION", "US"); // led and mostly manned by the United States
        return Map.copyOf(home);
    }
}
