package io.raqib.article;

import io.raqib.common.CleanText;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.raqib.common.ProblemException;
import io.raqib.source.Source;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An archived news article: the unit everything else (claims, deadlines) points into. */
@CleanText(singleLine = "title")
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {
    @Id
    // blocks of ids (V12): inserts go in JDBC batches, where identity ids need one round trip per row
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @jakarta.persistence.SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    @Size(max = 1000, message = "title must be at most 1000 characters")
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "published_at")
    public LocalDate publishedAt;

    @ManyToOne
    @JoinColumn(name = "outlet_id")
    public Source outlet;

    @ElementCollection
    @CollectionTable(name = "article_keyword", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    public List<@jakarta.validation.Valid Keyword> keywords = new ArrayList<>();

    @Size(max = 2000, message = "url must be at most 2000 characters")
    public String url;

    @Column(nullable = false)
    public String language;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @ManyToMany
    @JoinTable(name = "article_related",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    public Set<Article> related = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Optimistic lock: served as the ETag, checked against If-Match and on every update. */
    @Version
    public long version;

    /** The article with this id; 404 problem when there is none. */
    public static Article require(long id) {
        Article article = findById(id);
        if (article == null) {
            throw ProblemException.notFound("article", id);
        }
        return article;
    }

    public static Optional<Article> findByContentHash(String hash) {
        return find("contentHash", hash).firstResultOptional();
    }

    /** An archived article's id and title, as an import reports a duplicate. */
    public record Archived(Long id, String title) {
    }

    /** The archived articles having these content hashes, by hash: one query for a whole batch. */
    public static java.util.Map<String, Archived> byContentHash(java.util.Collection<String> hashes) {
        java.util.Map<String, Archived> found = new java.util.HashMap<>();
        if (!hashes.isEmpty()) {
            getEntityManager()
                    .createQuery("select a.contentHash, a.id, a.title from Article a where a.contentHash in :hashes", Object[].class)
                    .setParameter("hashes", hashes).getResultList()
                    .forEach(row -> found.put((String) row[0], new Archived((Long) row[1], (String) row[2])));
        }
        return found;
    }

    /** Relates both ways, so the link is found from either article. */
    public void relateTo(Article other) {
        if (other == null || other == this || (id != null && id.equals(other.id))) {
            return;
        }
        related.add(other);
        other.related.add(this);
    }

    /** Drops every link to and from this article. */
    public void unrelateAll() {
        for (Article other : related) {
            other.related.remove(this);
        }
        related.clear();
    }

    /** The title or the body: the text a claim's or a deadline's offsets point into. */
    public String text(ArticleField field) {
        return field == ArticleField.TITLE ? title : body;
    }

    /**
     * The characters [start, end) of a field, as the evidence a person points at when adding a
     * claim or a deadline by hand; a 400 saying why when the offsets do not fit the field.
     */
    public String evidence(ArticleField field, int start, int end) {
        String text = text(field);
        String where = "the article's " + field.code() + " (" + text.length() + " characters)";
        if (end > text.length()) {
            throw ProblemException.badRequest("start and end must lie within " + where + ": end (" + end
                    + ") is past the end");
        }
        if (start >= end) {
            throw ProblemException.badRequest("start and end must satisfy start < end: end (" + end
                    + ") must be greater than start (" + start + ")");
        }
        if (start < 0) {
            throw ProblemException.badRequest("start and end must satisfy 0 <= start < end <= " + text.length()
                    + " in " + where + ", not " + start + ".." + end);
        }
        return text.substring(start, end);
    }

    public List<String> keywordTexts() {
        return keywords.stream().map(k -> k.keyword).toList();
    }
}
