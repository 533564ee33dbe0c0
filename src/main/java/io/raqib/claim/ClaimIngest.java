package io.raqib.claim;

import io.raqib.common.Review;
import io.raqib.common.Origin;
import io.raqib.common.Codes;
import io.raqib.article.Article;
import io.raqib.article.EveryArticle;
import io.raqib.article.ArticleChanged;
import io.raqib.claim.extraction.ArticleFigureExtractor;
import io.raqib.claim.extraction.ExtractedFigure;
import io.raqib.article.ArticleField;
import io.raqib.config.RaqibConfig;
import io.raqib.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import io.raqib.source.AttributionChains;
import io.raqib.source.SourceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps an article's extracted claims in step with its text: at ingest, on every update, and on
 * demand when the extractor improves. Only claims the machine made and nobody reviewed are
 * replaced; a person's claims and decisions stay, and a figure found again where such a claim
 * already stands is not added twice.
 */
@ApplicationScoped
public class ClaimIngest {
    public static final String AGGREGATE = "claim";

    private final ArticleFigureExtractor extractor = new ArticleFigureExtractor();

    @Inject
    RaqibConfig config;

    private volatile Boolean atIngest;

    /** What a re-extraction did to the claims (admin.ReextractReport describes each count). */
    public record Report(long articles, long added, long updated, long unchanged, long removed, long kept,
                         long skipped, long relocated, long stale) {
        static final Report EMPTY = new Report(0, 0, 0, 0, 0, 0, 0, 0, 0);

        Report plus(Report o) {
            return new Report(articles + o.articles, added + o.added, updated + o.updated, unchanged + o.unchanged,
                    removed + o.removed, kept + o.kept, skipped + o.skipped, relocated + o.relocated, stale + o.stale);
        }
    }

    /** Runs inside the article's write transaction (the event is fired synchronously). */
    void onArticleChanged(@Observes ArticleChanged event) {
        Article article = event.article();
        switch (event.change()) {
            case CREATED, UPDATED -> {
                if (extractAtIngest()) {
                    reextract(article);
                }
                if (event.outletChanged() || event.publishedAtChanged()) {
                    // the claims index filters by the article's outlet and shows its date: its claims follow
                    for (Claim claim : Claim.ofArticle(article.id)) {
                        OutboxEvent.record(AGGREGATE, claim.id, OutboxEvent.Operation.UPSERT);
                    }
                }
            }
            case DELETING -> {
                for (Claim claim : Claim.ofArticle(article.id)) {
                    OutboxEvent.record(AGGREGATE, claim.id, OutboxEvent.Operation.DELETE);
                    claim.delete();
                }
            }
        }
    }

    public boolean extractAtIngest() {
        Boolean value = atIngest;
        return value == null ? config.claims().extractAtIngest() : value;
    }

    /** Overrides raqib.claims.extract-at-ingest while the service runs (the ingest benchmark compares both). */
    public void extractAtIngest(boolean enabled) {
        atIngest = enabled;
    }

    /** Re-extracts one article. */
    @Transactional
    public Report reextract(long articleId) {
        return reextract(Article.require(articleId));
    }

    /** Re-extracts every article, each in its own transaction. */
    public Report reextractAll() {
        return EveryArticle.fold(Report.EMPTY, this::reextract, Report::plus);
    }

    Report reextract(Article article) {
        List<ExtractedFigure> figures = extractor.extract(article.title, article.body, article.publishedAt);
        List<Claim> existing = Claim.ofArticle(article.id);
        List<Claim> kept = new ArrayList<>();
        List<Claim> replaceable = new ArrayList<>();
        long relocated = 0;
        long stale = 0;
        for (Claim claim : existing) {
            if (claim.replaceable()) {
                replaceable.add(claim);
                continue;
            }
            kept.add(claim);
            String fieldText = claim.field == ArticleField.TITLE ? article.title : article.body;
            if (!evidenceAt(fieldText, claim.start, claim.end, claim.text)) {
                int moved = nearest(fieldText, claim.text, claim.start);
                if (moved >= 0) {
                    claim.start = moved;
                    claim.end = moved + claim.text.length();
                    claim.updatedAt = Instant.now();
                    OutboxEvent.record(AGGREGATE, claim.id, OutboxEvent.Operation.UPSERT);
                    relocated++;
                } else {
                    stale++;
                }
            }
        }
        long added = 0;
        long updated = 0;
        long unchanged = 0;
        long skipped = 0;
        List<Claim> reused = new ArrayList<>();
        SourceRegistry.Memo sources = new SourceRegistry.Memo();
        for (ExtractedFigure figure : figures) {
            if (kept.stream().anyMatch(c -> c.overlaps(figure.field(), figure.start(), figure.end()))) {
                skipped++;
                continue;
            }
            Claim same = replaceable.stream().filter(c -> !reused.contains(c) && c.field == figure.field()
                    && c.start == figure.start() && c.end == figure.end()).findFirst().orElse(null);
            if (same != null) {
                reused.add(same);
                if (apply(same, figure, chainOf(figure), article, sources)) {
                    same.updatedAt = Instant.now();
                    OutboxEvent.record(AGGREGATE, same.id, OutboxEvent.Operation.UPSERT);
                    updated++;
                } else {
                    unchanged++;
                }
                continue;
            }
            addClaim(article, figure, sources);
            added++;
        }
        long removed = 0;
        for (Claim claim : replaceable) {
            if (!reused.contains(claim)) {
                OutboxEvent.record(AGGREGATE, claim.id, OutboxEvent.Operation.DELETE);
                claim.delete();
                removed++;
            }
        }
        return new Report(1, added, updated, unchanged, removed, kept.size(), skipped, relocated, stale);
    }

    /** The figures of an article's text; pure (no I/O), so a bulk import runs it on many threads at once. */
    public List<ExtractedFigure> extract(String title, String body, java.time.LocalDate publishedAt) {
        return extractor.extract(title, body, publishedAt);
    }

    /** The same, over fields read once for claims and deadlines alike. */
    public List<ExtractedFigure> extract(io.raqib.arabic.TokenizedText title, io.raqib.arabic.TokenizedText body,
                                         java.time.LocalDate publishedAt) {
        return extractor.extractFrom(title, body, publishedAt);
    }

    /**
     * Stores the figures extracted beforehand (by {@link #extract}) from an article new in this
     * transaction: a bulk import extracts in parallel, then writes a batch of articles at once.
     */
    public void addExtracted(Article article, List<ExtractedFigure> figures, SourceRegistry.Memo sources) {
        addExtracted(article, figures, chainsOf(figures), sources);
    }

    /** As above, with the figures' attribution chains read beforehand ({@link #chainsOf}), in the same order. */
    public void addExtracted(Article article, List<ExtractedFigure> figures, List<AttributionChains.Chain> chains,
                             SourceRegistry.Memo sources) {
        for (int i = 0; i < figures.size(); i++) {
            addClaim(article, figures.get(i), chains.get(i), sources);
        }
    }

    /** The attribution chain of each figure, in order; pure, so a bulk import reads them on many threads. */
    public static List<AttributionChains.Chain> chainsOf(List<ExtractedFigure> figures) {
        return figures.stream().map(ClaimIngest::chainOf).toList();
    }

    private static AttributionChains.Chain chainOf(ExtractedFigure f) {
        return AttributionChains.of(f.sentence(), f.attribution());
    }

    private void addClaim(Article article, ExtractedFigure figure, SourceRegistry.Memo sources) {
        addClaim(article, figure, chainOf(figure), sources);
    }

    private void addClaim(Article article, ExtractedFigure figure, AttributionChains.Chain chain,
                          SourceRegistry.Memo sources) {
        Claim claim = new Claim();
        claim.article = article;
        claim.origin = Origin.EXTRACTED;
        claim.review = Review.UNREVIEWED;
        claim.createdAt = Instant.now();
        claim.updatedAt = claim.createdAt;
        copy(claim, figure, chain, article, sources); // a new claim: nothing to compare with
        claim.persist();
        OutboxEvent.record(AGGREGATE, claim.id, OutboxEvent.Operation.UPSERT);
    }

    /** Copies an extracted figure onto a claim; true when anything changed. */
    private static boolean apply(Claim claim, ExtractedFigure f, AttributionChains.Chain chain, Article article,
                                 SourceRegistry.Memo sources) {
        String before = fingerprint(claim);
        copy(claim, f, chain, article, sources);
        return !before.equals(fingerprint(claim));
    }

    private static void copy(Claim claim, ExtractedFigure f, AttributionChains.Chain chain, Article article,
                             SourceRegistry.Memo sources) {
        claim.field = f.field();
        claim.start = f.start();
        claim.end = f.end();
        claim.text = f.text();
        claim.sentence = f.sentence();
        claim.figureValue = f.value();
        claim.low = f.low();
        claim.high = f.high();
        claim.qualifier = f.qualifier();
        claim.vague = f.vague();
        claim.force = f.force();
        claim.country = f.country();
        ClaimFigures.setPlace(claim, f.place());
        claim.kind = f.kind();
        ClaimFigures.setAsOf(claim, Codes.reducedDateOrNull(f.asOf()));
        claim.attribution = f.attribution();
        setChain(claim, chain, f.attributionKey(), sources);
        claim.stance = f.stance();
        claim.confidence = f.confidence();
        claim.figureGroup = f.group() == null ? null : article.id + ":" + f.group();
    }

    /**
     * Records the attribution chain: the reporter (linked, created when named), and the originator.
     * Without a reporter the extractor's attribution stays the originator, linked as before; with
     * one, the chain's originator is linked (none when anonymous).
     */
    static void setChain(Claim claim, AttributionChains.Chain chain, String attributionKey,
                         SourceRegistry.Memo sources) {
        AttributionChains.Party originator = chain.originator();
        if (chain.reporter() == null && claim.attribution != null) {
            originator = new AttributionChains.Party(claim.attribution, AttributionChains.isAnonymous(claim.attribution));
        }
        claim.originator = originator == null ? null : originator.text();
        claim.reporter = chain.reporterText();
        claim.reportedBy = sources.party(chain.reporter(), true);
        if (originator == null) {
            claim.attributedTo = null;
        } else if (originator.text().equals(claim.attribution)) {
            claim.attributedTo = sources.originator(claim.attribution, attributionKey);
        } else {
            claim.attributedTo = sources.party(originator, true);
        }
    }

    private static String fingerprint(Claim c) {
        return String.join("|", Objects.toString(c.field), Integer.toString(c.start), Integer.toString(c.end),
                Objects.toString(c.text), Objects.toString(c.sentence), Objects.toString(c.figureValue),
                Objects.toString(c.low), Objects.toString(c.high), Objects.toString(c.qualifier),
                Objects.toString(c.vague), Objects.toString(c.force), Objects.toString(c.country),
                Objects.toString(c.place), Objects.toString(c.kind), Objects.toString(c.asOf),
                Objects.toString(c.attribution), c.attributedTo == null ? "" : Objects.toString(c.attributedTo.id),
                Objects.toString(c.originator), Objects.toString(c.reporter),
                c.reportedBy == null ? "" : Objects.toString(c.reportedBy.id),
                Objects.toString(c.stance), Double.toString(c.confidence), Objects.toString(c.figureGroup));
    }

    static boolean evidenceAt(String fieldText, int start, int end, String text) {
        return start >= 0 && end <= fieldText.length() && start < end && fieldText.substring(start, end).equals(text);
    }

    /** Where the text occurs nearest the old offset, or -1. */
    private static int nearest(String fieldText, String text, int near) {
        int best = -1;
        for (int i = fieldText.indexOf(text); i >= 0; i = fieldText.indexOf(text, i + 1)) {
            if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) {
                best = i;
            }
        }
        return best;
    }
}
