package io.raqib.claim;

import io.raqib.common.CleanText;
import jakarta.validation.constraints.Size;
import io.raqib.common.Review;
import io.raqib.common.Origin;
import io.raqib.article.Article;
import io.raqib.article.ArticleStatement;
import io.raqib.claim.extraction.FigureKind;
import io.raqib.claim.extraction.Qualifier;
import io.raqib.claim.extraction.Stance;
import io.raqib.source.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A troop-figure claim: one mention of a number of people in armed or security forces, with
 * offsets into the article field it was read from. The current values are what clients see;
 * when a person corrects an extracted claim, the extractor's values stay in {@link #extracted}.
 */
@CleanText
@Entity
@Table(name = "claim")
@jakarta.persistence.EntityListeners(CandidateCache.Listener.class)
public class Claim extends ArticleStatement {
    @Id
    // blocks of ids (V12): inserts go in JDBC batches, where identity ids need one round trip per row
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    @jakarta.persistence.SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(name = "figure_value")
    public Long figureValue;

    @Column(name = "figure_low")
    public Long low;

    @Column(name = "figure_high")
    public Long high;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Qualifier qualifier;

    /** Order of magnitude of a vague quantity (عشرات → tens); null otherwise. */
    public String vague;

    @Size(max = 300, message = "place must be at most 300 characters")
    public String place;

    /** The place's matching key (Arabic-normalised), for filtering. */
    @Column(name = "place_key")
    public String placeKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FigureKind kind;

    @Column(name = "as_of")
    public String asOf;

    @Column(name = "as_of_date")
    public LocalDate asOfDate;

    @Size(max = 500, message = "attribution must be at most 500 characters")
    public String attribution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attributed_to_id")
    public Source attributedTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reporter_id")
    public Source reportedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stance stance;

    @Column(nullable = false)
    public double confidence;

    @Column(name = "figure_group")
    public String figureGroup;

    @Column(name = "review_note")
    @Size(max = 2000, message = "reviewNote must be at most 2000 characters")
    public String reviewNote;

    /** JSON of the extractor's values, kept once a person changes any of them. */
    public String extracted;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** The claims read from an article, in field and text order. */
    public static List<Claim> ofArticle(long articleId) {
        return list("article.id = ?1 order by field desc, start, id", articleId);
    }

    /** Claims re-extraction may replace: extracted by the machine and never reviewed. */
    public boolean replaceable() {
        return origin == Origin.EXTRACTED && review == Review.UNREVIEWED;
    }
}
