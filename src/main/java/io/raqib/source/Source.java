package io.raqib.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An outlet or an originator, known by every alias it is written with. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "latin_name")
    public String latinName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SourceType type;

    public String country;

    /** The stable key of the seed entry this source comes from (CENTCOM, INA, …); null otherwise. */
    @Column(name = "seed_key")
    public String seedKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @OneToMany(mappedBy = "source", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<SourceAlias> aliases = new ArrayList<>();

    /**
     * The source answering to {@code name}. A name with a bracketed short form, such as
     * "وكالة الأنباء العراقية (واع)", is also looked up as each of its two parts.
     */
    public static Optional<Source> findByAlias(String name) {
        Optional<Source> found = findByKey(SourceNames.key(name));
        if (found.isPresent() || name == null) {
            return found;
        }
        java.util.regex.Matcher bracketed = BRACKETED.matcher(name.strip());
        if (bracketed.matches()) {
            return findByKey(SourceNames.key(bracketed.group(1))).or(() -> findByKey(SourceNames.key(bracketed.group(2))));
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("(.+?)\\s*[(\\[]([^)\\]]+)[)\\]]");

    private static Optional<Source> findByKey(String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return find("select a.source from SourceAlias a where a.normalized = ?1", key).firstResultOptional();
    }

    /** Adds an alias unless this source already answers to it. */
    public void addAlias(String alias) {
        String key = SourceNames.key(alias);
        if (key.isEmpty() || aliases.stream().anyMatch(a -> a.normalized.equals(key))) {
            return;
        }
        SourceAlias entry = new SourceAlias();
        entry.source = this;
        entry.alias = alias.strip();
        entry.normalized = key;
        aliases.add(entry);
    }
}
