package io.raqib.claim;

import io.raqib.source.Source;
import io.raqib.source.SourceNames;
import io.raqib.source.SourceType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links a claim's attribution to an originator {@link Source}. A known source (a key from
 * arabic/sources.tsv such as CNN or CENTCOM) is created once under its canonical name with all
 * its written forms as aliases, so every spelling leads to the same source; any other
 * attribution is found or created by its written name. Anonymous attributions (مصادر،
 * مسؤولون …) name nobody and link to no source; their text stays on the claim.
 */
public final class ClaimSources {
    private record Known(String code, String country, String canonical, List<String> variants) {
    }

    private static final Map<String, Known> KNOWN = load();

    /** Known sources by the matching key of each written form (for attributions a person typed). */
    private static final Map<String, Known> BY_NAME = byName();

    private ClaimSources() {
    }

    /**
     * The source a party of an attribution chain names: none when anonymous; a known source
     * (sources.tsv, also when named inside longer words such as "شبكة CBS") or a registered alias;
     * otherwise, when {@code create}, a new originator under the name as written.
     */
    public static Source party(io.raqib.source.AttributionChains.Party party, boolean create) {
        if (party == null || party.anonymous() || party.text() == null || party.text().isBlank()) {
            return null;
        }
        String name = party.text();
        if (BY_NAME.containsKey(SourceNames.key(name))) {
            return originator(name, null);
        }
        Source found = io.raqib.source.SourceLinks.find(name);
        if (found != null) {
            return found;
        }
        String known = knownWithin(name);
        if (known != null) {
            return originator(known, null);
        }
        return create ? originator(name, null) : null;
    }

    /** The longest run of words in {@code name} that is a known source's written form, or null. */
    private static String knownWithin(String name) {
        String[] words = name.strip().replaceAll("[()\\[\\]]", " ").strip().split("\\s+");
        for (int n = Math.min(words.length, 8); n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String run = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
                if (BY_NAME.containsKey(SourceNames.key(run))) {
                    return run;
                }
            }
        }
        return null;
    }

    public static Source originator(String attribution, String attributionKey) {
        if (attribution == null || attribution.isBlank()) {
            return null;
        }
        Known known = attributionKey == null ? BY_NAME.get(SourceNames.key(attribution)) : KNOWN.get(attributionKey);
        if (known == null) {
            String key = SourceNames.key(attribution);
            if (key.isEmpty() || io.raqib.source.AttributionChains.isAnonymous(attribution)) {
                return null;
            }
            return Source.findOrCreate(attribution, SourceType.ORIGINATOR);
        }
        Optional<Source> existing = Source.findByAlias(known.canonical());
        if (existing.isPresent()) {
            Source source = existing.get();
            String key = SourceNames.key(attribution);
            if (source.aliases.stream().noneMatch(a -> a.normalized.equals(key)) && Source.findByAlias(attribution).isEmpty()) {
                source.addAlias(attribution);
            }
            return source;
        }
        for (String variant : known.variants()) {
            existing = Source.findByAlias(variant);
            if (existing.isPresent()) {
                break;
            }
        }
        Source source = existing.orElseGet(() -> {
            Source created = new Source();
            created.name = known.canonical();
            created.type = SourceType.ORIGINATOR;
            created.country = known.country().isEmpty() ? null : known.country();
            created.latinName = known.variants().stream().filter(v -> v.matches("[\\p{IsLatin}\\d\\s.&'-]+"))
                    .reduce((a, b) -> b.length() > a.length() ? b : a).map(ClaimSources::titleCase).orElse(null);
            created.createdAt = Instant.now();
            created.persist();
            return created;
        });
        // First time this source is met: every written form leads to it, unless another source has that form.
        List<String> forms = new ArrayList<>(known.variants());
        forms.add(0, known.canonical());
        forms.add(attribution);
        for (String form : forms) {
            String key = SourceNames.key(form);
            boolean mine = source.aliases.stream().anyMatch(a -> a.normalized.equals(key));
            if (!mine && Source.findByAlias(form).isEmpty()) {
                source.addAlias(form);
            }
        }
        return source;
    }

    private static Map<String, Known> byName() {
        Map<String, Known> byName = new HashMap<>();
        for (Known known : KNOWN.values()) {
            byName.putIfAbsent(SourceNames.key(known.canonical()), known);
            for (String variant : known.variants()) {
                byName.putIfAbsent(SourceNames.key(variant), known);
            }
        }
        return Map.copyOf(byName);
    }

    private static String titleCase(String latin) {
        return latin.length() <= 4 ? latin.toUpperCase(java.util.Locale.ROOT) : latin;
    }

    private static Map<String, Known> load() {
        Map<String, Known> known = new HashMap<>();
        try (InputStream in = ClaimSources.class.getResourceAsStream("/arabic/sources.tsv")) {
            if (in == null) {
                return known;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 6 || !"SOURCE".equals(cols[0])) {
                    continue;
                }
                List<String> variants = new ArrayList<>();
                for (String v : cols[5].split("\\|")) {
                    if (!v.isBlank()) {
                        variants.add(v.strip());
                    }
                }
                known.put(cols[1], new Known(cols[1], cols[2], cols[4].strip(), variants));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(known);
    }
}
