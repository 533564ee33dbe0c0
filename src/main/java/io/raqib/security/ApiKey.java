package io.raqib.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A stored API key: its name, role and the bcrypt hash of its secret, never the key itself. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "public_id", nullable = false)
    public String publicId;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public boolean revoked() {
        return revokedAt != null;
    }

    public static Optional<ApiKey> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    public static Optional<ApiKey> findByPublicId(String publicId) {
        return find("publicId", publicId).firstResultOptional();
    }

    public static List<ApiKey> listByCreation() {
        return list("order by createdAt, id");
    }

    /** Records a use without loading the row; cheap enough to run once a minute per key. */
    public static void touch(long id, Instant when) {
        update("lastUsedAt = ?1 where id = ?2", when, id);
    }
}
