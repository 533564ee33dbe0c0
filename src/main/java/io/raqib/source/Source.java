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

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @OneToMany(mappedBy = "source", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<SourceAlias> aliases = new ArrayList<>();

    public static Optional<Source> findByAlias(String name) {
        String key = SourceNames.key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return find("select a.source from SourceAlias a where a.normalized = ?1", key).firstResultOptional();
    }

    /** The source written as {@code name}, created as an outlet/originator if none matches. */
    public static Source findOrCreate(String name, SourceType type) {
        return findByAlias(name).orElseGet(() -> {
            Source source = new Source();
            source.name = name.strip();
            source.type = type;
            source.createdAt = Instant.now();
            if (name.strip().matches("[\\p{IsLatin}\\d\\s.&'-]+")) {
                source.latinName = name.strip();
            }
            source.addAlias(name.strip());
            source.persist();
            return source;
        });
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
