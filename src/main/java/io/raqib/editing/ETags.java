package io.raqib.editing;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Strong entity tags made from record versions: version 3 is {@code "3"}. */
public final class ETags {
    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The versions an If-Match header names: {@code "3"}, {@code "3", "4"} or {@code *}. Weak tags
     * ({@code W/"3"}) never match (RFC 9110 compares If-Match strongly); anything else is not a tag.
     *
     * @return the versions (or "*"), empty when the header names none that could match
     * @throws IllegalArgumentException when the header is not a list of entity tags
     */
    public static Set<String> parseIfMatch(String header) {
        Set<String> versions = new LinkedHashSet<>();
        String value = header.strip();
        if (value.equals("*")) {
            versions.add("*");
            return versions;
        }
        for (String part : value.split(",")) {
            String tag = part.strip();
            if (tag.startsWith("W/\"") && tag.endsWith("\"") && tag.length() >= 4) {
                continue;
            }
            if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")
                    || tag.substring(1, tag.length() - 1).contains("\"")) {
                throw new IllegalArgumentException(tag);
            }
            versions.add(tag.substring(1, tag.length() - 1));
        }
        return versions;
    }

    static String list(Set<String> versions) {
        return versions.isEmpty() ? "any version you sent"
                : versions.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
    }
}
