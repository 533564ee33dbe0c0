package io.raqib.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one place a name as written becomes a {@link Source}, for articles, claims and deadlines.
 * Names match through their normalised key ({@link SourceNames}); a name with words around it
 * ("شبكة CBS", "معهد نيو لاين انستيتيوت الأمريكي") matches by the longest run of its words that is
 * an alias. Creation rules: an article's outlet is created when unknown; a source the extractors
 * know by sight ({@link KnownSources}) is created once under its canonical name with all its
 * written forms as aliases, so every spelling leads to it; any other attribution is created under
 * its written name; anonymous ones (مصادر، مسؤولون …) name nobody. Filters only look up.
 */
public final class SourceRegistry {
    private static final int MAX_WORDS = 8;
    private static final String LATIN = "[\\p{IsLatin}\\d\\s.&'-]+";

    private SourceRegistry() {
    }

    /** The source answering to this name (or its bracketed parts); lookup only. */
    public static Optional<Source> find(String name) {
        return Source.findByAlias(name);
    }

    /** A source given by id or by any written form of its name, as filters take it; lookup only. */
    public static Optional<Source> byIdOrName(String value) {
        String written = value.strip();
        if (written.matches("\\d{1,18}")) {
            return Optional.ofNullable(Source.findById(Long.parseLong(written)));
        }
        return find(written);
    }

    /** The outlet written as {@code name}, created if none matches. */
    public static Source outlet(String name) {
        return findOrCreate(name, SourceType.OUTLET);
    }

    /**
     * The registered source a name with words around it refers to: the whole name, else the
     * longest run of its words that is an alias. Lookup only.
     */
    public static Source within(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Optional<Source> whole = find(name);
        if (whole.isPresent()) {
            return whole.get();
        }
        String[] words = words(name);
        for (int n = Math.min(words.length, MAX_WORDS) - 1; n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                Optional<Source> found = find(String.join(" ", Arrays.copyOfRange(words, i, i + n)));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return null;
    }

    /**
     * The source a party of an attribution chain names: none when anonymous; a known source (also
     * when named inside longer words such as "شبكة CBS") or a registered alias; otherwise, when
     * {@code create}, a new originator under the name as written.
     */
    public static Source party(AttributionChains.Party party, boolean create) {
        if (party == null || party.anonymous() || party.text() == null || party.text().isBlank()) {
            return null;
        }
        String name = party.text();
        if (KnownSources.isKnown(name)) {
            return originator(name, null);
        }
        Source found = within(name);
        if (found != null) {
            return found;
        }
        String known = knownWithin(name);
        if (known != null) {
            return originator(known, null);
        }
        return create ? originator(name, null) : null;
    }

    /**
     * The source an announcer phrase of a deadline names, linked and never created from the loose
     * phrase itself (a known source it names is created, as for claims).
     */
    public static Source announcer(String announcedBy) {
        Source linked = within(announcedBy);
        if (linked == null && announcedBy != null && !AttributionChains.isAnonymous(announcedBy)) {
            return party(new AttributionChains.Party(announcedBy, false), false);
        }
        return linked;
    }

    /**
     * The originator an attribution names ({@code knownKey}: the extractor's key of a known source,
     * or null to match the written form); created when unknown; null when anonymous.
     */
    public static Source originator(String attribution, String knownKey) {
        if (attribution == null || attribution.isBlank()) {
            return null;
        }
        KnownSources.Known known = knownKey == null ? KnownSources.byName(attribution) : KnownSources.byCode(knownKey);
        if (known == null) {
            if (SourceNames.key(attribution).isEmpty() || AttributionChains.isAnonymous(attribution)) {
                return null;
            }
            return findOrCreate(attribution, SourceType.ORIGINATOR);
        }
        Optional<Source> existing = find(known.canonical());
        if (existing.isPresent()) {
            Source source = existing.get();
            if (!answersTo(source, attribution) && find(attribution).isEmpty()) {
                source.addAlias(attribution);
            }
            return source;
        }
        for (String variant : known.variants()) {
            existing = find(variant);
            if (existing.isPresent()) {
                break;
            }
        }
        Source source = existing.orElseGet(() -> create(known));
        // First time this source is met: every written form leads to it, unless another source has that form.
        List<String> forms = new ArrayList<>(known.variants());
        forms.add(0, known.canonical());
        forms.add(attribution);
        for (String form : forms) {
            if (!answersTo(source, form) && find(form).isEmpty()) {
                source.addAlias(form);
            }
        }
        return source;
    }

    /**
     * Remembers what names resolved to during one run (one article's extraction, or a chunk of an
     * import), so a name met in several sentences or articles costs one lookup. A name that found
     * nothing is looked up again once a later name found (perhaps created) a source.
     */
    public static final class Memo {
        private final Map<String, Optional<Source>> seen = new HashMap<>();

        public Source party(AttributionChains.Party party, boolean create) {
            return party == null ? null : remember("p\u0000" + create + "\u0000" + party.anonymous() + "\u0000" + party.text(),
                    () -> SourceRegistry.party(party, create));
        }

        public Source originator(String attribution, String knownKey) {
            return remember("o\u0000" + knownKey + "\u0000" + attribution, () -> SourceRegistry.originator(attribution, knownKey));
        }

        /** {@link SourceRegistry#announcer}, remembered like the others. */
        public Source announcer(String announcedBy) {
            return announcedBy == null ? null : remember("a\u0000" + announcedBy, () -> SourceRegistry.announcer(announcedBy));
        }

        private Source remember(String key, java.util.function.Supplier<Source> lookup) {
            Optional<Source> known = seen.get(key);
            if (known == null) {
                known = Optional.ofNullable(lookup.get());
                if (known.isPresent()) {
                    seen.values().removeIf(Optional::isEmpty);
                }
                seen.put(key, known);
            }
            return known.orElse(null);
        }
    }

    private static Source findOrCreate(String name, SourceType type) {
        return find(name).orElseGet(() -> {
            Source source = new Source();
            source.name = name.strip();
            source.type = type;
            source.createdAt = Instant.now();
            if (name.strip().matches(LATIN)) {
                source.latinName = name.strip();
            }
            source.addAlias(name.strip());
            source.persist();
            return source;
        });
    }

    private static Source create(KnownSources.Known known) {
        Source created = new Source();
        created.name = known.canonical();
        created.type = SourceType.ORIGINATOR;
        created.country = known.country().isEmpty() ? null : known.country();
        created.latinName = known.variants().stream().filter(v -> v.matches(LATIN))
                .reduce((a, b) -> b.length() > a.length() ? b : a).map(SourceRegistry::titleCase).orElse(null);
        created.createdAt = Instant.now();
        created.persist();
        return created;
    }

    private static boolean answersTo(Source source, String name) {
        String key = SourceNames.key(name);
        return source.aliases.stream().anyMatch(a -> a.normalized.equals(key));
    }

    /** The longest run of words in {@code name} that is a known source's written form, or null. */
    private static String knownWithin(String name) {
        String[] words = words(name);
        for (int n = Math.min(words.length, MAX_WORDS); n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String run = String.join(" ", Arrays.copyOfRange(words, i, i + n));
                if (KnownSources.isKnown(run)) {
                    return run;
                }
            }
        }
        return null;
    }

    private static String[] words(String name) {
        return name.strip().replaceAll("[()\\[\\]]", " ").strip().split("\\s+");
    }

    private static String titleCase(String latin) {
        return latin.length() <= 4 ? latin.toUpperCase(Locale.ROOT) : latin;
    }
}
