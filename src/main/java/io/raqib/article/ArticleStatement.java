package io.raqib.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.raqib.common.Origin;
import io.raqib.common.Review;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * What a claim and a deadline share as statements read from one field of an article: the
 * characters they stand on and their sentence, the force and country they are about, who said them
 * (as written), whether the service or a person recorded them and how a person judged them, and
 * their row's times and version. Each entity keeps its own id, article link and sources, whose
 * loading differs.
 */
@MappedSuperclass
public abstract class ArticleStatement extends PanacheEntityBase {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleField field;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(nullable = false)
    @Size(max = 2000, message = "text (the evidence from start to end) must be at most 2000 characters")
    public String text;

    @Column(nullable = false)
    public String sentence;

    public String force;

    public String country;

    /** Who said it first, as written (attribution chain); may be anonymous ("مسؤولين عسكريين"). */
    @Size(max = 500, message = "originator must be at most 500 characters")
    public String originator;

    /** The medium it came through, as written (CNN, واع); null when the originator spoke directly. */
    @Size(max = 500, message = "reporter must be at most 500 characters")
    public String reporter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Review review;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Optimistic lock: served as the ETag, checked against If-Match and on every update. */
    @Version
    public long version;

    /** True when the two spans overlap in the same field. */
    public boolean overlaps(ArticleField otherField, int otherStart, int otherEnd) {
        return field == otherField && start < otherEnd && otherStart < end;
    }
}
