package io.raqib.es.analysis;

import java.util.List;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/** Parses {@code mapping} char filter rules ({@code "from => to"}) into a {@link NormalizeCharMap}. */
final class MappingRules {

    private MappingRules() {
    }

    static NormalizeCharMap parse(List<String> rules) {
        if (rules == null || rules.isEmpty()) {
            throw new IllegalArgumentException("mapping requires `mappings` to be configured"
                    + " (`mappings_path` is not supported on this node)");
        }
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (String rule : rules) {
            int arrow = rule.lastIndexOf("=>");
            if (arrow < 0) {
                throw new IllegalArgumentException("Invalid Mapping Rule : [" + rule + "]");
            }
            String from = unescape(rule.substring(0, arrow).strip(), rule);
            String to = unescape(rule.substring(arrow + 2).strip(), rule);
            if (from.isEmpty()) {
                throw new IllegalArgumentException("Invalid mapping rule: [" + rule + "]. Illegal mapping.");
            }
            builder.add(from, to);
        }
        return builder.build();
    }

    static String unescape(String s, String rule) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= s.length()) {
                throw new IllegalArgumentException("Invalid escaped char in [" + rule + "]");
            }
            char e = s.charAt(i);
            switch (e) {
                case '\\', '"', '\'' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 >= s.length()) {
                        throw new IllegalArgumentException("Invalid escaped char in [" + rule + "]");
                    }
                    try {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException ex) {
                        throw new IllegalArgumentException("Invalid escaped char in [" + rule + "]", ex);
                    }
                    i += 4;
                }
                default -> throw new IllegalArgumentException("Invalid escaped char in [" + rule + "]");
            }
        }
        return out.toString();
    }
}
