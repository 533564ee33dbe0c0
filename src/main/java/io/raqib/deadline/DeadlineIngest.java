package io.raqib.deadline;

import io.raqib.common.Review;
import io.raqib.common.Origin;
import io.raqib.article.Article;
import io.raqib.article.ArticleChanged;
import io.raqib.article.ArticleField;
import io.raqib.article.EveryArticle;
import io.raqib.deadline.extraction.DeadlineExtractor;
import io.raqib.deadline.extraction.ExtractedDeadline;
import io.raqib.source.AttributionChains;
import io.raqib.source.SourceRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Keeps an article's extracted deadlines in step with its text: at ingest (in the article's
 * transaction), on every update, and on demand when the extractor improves. What people made or
 * judged stays; chains are recomputed for every deadline touched.
 */
@ApplicationScoped
public class DeadlineIngest {
    /** Extracts at ingest and on update; removes an article's deadlines before it goes. */
    void onArticleChanged(@Observes ArticleChanged event) {
        DeadlineChains.lock();
        Article article = event.article();
        switch (event.change()) {
            case CREATED -> DeadlineChains.recompute(extract(article, List.of(), List.of(), new ArrayList<>()));
            case UPDATED -> reextract(article);
            case DELETING -> {
                Set<String> keys = new LinkedHashSet<>();
                for (Deadline d : Deadline.ofArticle(article)) {
                    keys.add(d.chainKey);
                    d.delete();
                }
                DeadlineChains.recompute(keys);
            }
        }
    }

    /**
     * Runs the extractor again over an article. What a person made or judged stays (moved to
     * where its text now stands, when the text moved); extracted deadlines it overlaps are not
     * added again; the rest of the extracted ones are replaced.
     */
    @Schema(name = "DeadlineReextractReport",
            description = "What a re-extraction did to the deadlines")
    public record Report(
            @Schema(description = "Articles read", example = "12")
            long articles,
            @Schema(description = "Extracted deadlines now "
                    + "standing (read again)", example = "6") long extracted,
            @Schema(description = "Unreviewed extracted deadlines "
                    + "the run replaced", example = "5") long replaced,
            @Schema(description = "Manual or reviewed deadlines "
                    + "left as people made them", example = "2") long kept) {
        static final Report EMPTY = new Report(0, 0, 0, 0);

        public Report plus(Report o) {
            return new Report(articles + o.articles, extracted + o.extracted, replaced + o.replaced,
                    kept + o.kept);
        }
    }

    /** Re-extracts one article's deadlines (POST /admin/reextract). */
    @Transactional
    public Report reextract(long articleId) {
        return reextract(Article.require(articleId));
    }

    /** Re-extracts every article's deadlines, each article in its own transaction. */
    public Report reextractAll() {
        return EveryArticle.fold(Report.EMPTY, this::reextract, Report::plus);
    }

    /**
     * An unreviewed extracted deadline found again keeps its id (and so its calendar UID and links):
     * same field and offsets, or, when the text moved, the same due date and subject at another place
     * of the field. Only the ones not found again are replaced.
     */
    Report reextract(Article article) {
        DeadlineChains.lock();
        long replaced = 0;
        Set<String> keys = new LinkedHashSet<>();
        List<Deadline> kept = new ArrayList<>();
        List<Deadline> previous = new ArrayList<>();
        for (Deadline d : Deadline.ofArticle(article)) {
            keys.add(d.chainKey);
            if (d.isHumanDecision()) {
                relocate(d, article);
                d.announcedOn = article.publishedAt;
                kept.add(d);
            } else {
                previous.add(d);
            }
        }
        List<Deadline> reused = new ArrayList<>();
        keys.addAll(extract(article, kept, previous, reused));
        for (Deadline d : previous) {
            if (!reused.contains(d)) {
                d.delete();
                replaced++;
            }
        }
        Deadline.flush();
        DeadlineChains.recompute(keys);
        long now = Deadline.count("article", article);
        return new Report(1, now - kept.size(), replaced, kept.size());
    }

    /**
     * Creates (or updates in place, from {@code previous}) the extracted deadlines that no kept one
     * overlaps; answers the chains touched. The previous deadlines reused are added to {@code reused}.
     */
    private Set<String> extract(Article article, List<Deadline> kept, List<Deadline> previous, List<Deadline> reused) {
        List<ExtractedDeadline> found = extract(article.title, article.body, article.publishedAt);
        return store(article, found, chainsOf(found), kept, previous, reused, new ArrayList<>(), new SourceRegistry.Memo());
    }

    /** The deadlines of an article's title and body; pure, so a bulk import runs it on many threads at once. */
    public static List<ExtractedDeadline> extract(String title, String body, java.time.LocalDate publishedAt) {
        List<ExtractedDeadline> found = new ArrayList<>(DeadlineExtractor.extract(title, ArticleField.TITLE, publishedAt));
        found.addAll(DeadlineExtractor.extract(body, ArticleField.BODY, publishedAt));
        return found;
    }

    /** The same, over fields read once for claims and deadlines alike. */
    public static List<ExtractedDeadline> extract(io.raqib.arabic.TokenizedText title, io.raqib.arabic.TokenizedText body,
                                                  java.time.LocalDate publishedAt) {
        List<ExtractedDeadline> found = new ArrayList<>(DeadlineExtractor.extractFrom(title, ArticleField.TITLE, publishedAt));
        found.addAll(DeadlineExtractor.extractFrom(body, ArticleField.BODY, publishedAt));
        return found;
    }

    /**
     * A batch for storing the deadlines extracted beforehand from articles new in this transaction;
     * the names of announcers and reporters resolve through {@code sources}, shared with the claims.
     */
    public Batch batch(SourceRegistry.Memo sources) {
        return new Batch(sources);
    }

    /**
     * Deadlines of articles new in one transaction (a chunk of a bulk import), extracted beforehand.
     * The caller holds {@link DeadlineChains#lock()}; {@link #finish()} brings each chain touched up
     * to date once for the whole batch, reading only its open end when it can.
     */
    public final class Batch {
        private final java.util.Map<String, List<Deadline>> added = new java.util.LinkedHashMap<>();
        private final SourceRegistry.Memo sources;

        private Batch(SourceRegistry.Memo sources) {
            this.sources = sources;
        }

        /** Stores an article's deadlines; {@code chains} their attribution chains ({@link #chainsOf}), in order. */
        public void add(Article article, List<ExtractedDeadline> found, List<AttributionChains.Chain> chains) {
            List<Deadline> stored = new ArrayList<>();
            store(article, found, chains, List.of(), List.of(), new ArrayList<>(), stored, sources);
            for (Deadline d : stored) {
                if (d.chainKey != null) {
                    added.computeIfAbsent(d.chainKey, k -> new ArrayList<>()).add(d);
                }
            }
        }

        /**
         * Extends the chains; nothing needs flushing first (the extension reads only stored rows, the
         * batch's own by their entities), so the caller flushes the chunk once, inserts then updates.
         */
        public void finish() {
            if (!added.isEmpty()) {
                DeadlineChains.extend(added);
            }
        }
    }

    /** The attribution chain of each deadline, in order; pure, so a bulk import reads them on many threads. */
    public static List<AttributionChains.Chain> chainsOf(List<ExtractedDeadline> found) {
        return found.stream().map(x -> AttributionChains.of(x.sentence(), x.announcedBy())).toList();
    }

    private Set<String> store(Article article, List<ExtractedDeadline> found, List<AttributionChains.Chain> chains,
                              List<Deadline> kept, List<Deadline> previous, List<Deadline> reused, List<Deadline> stored,
                              SourceRegistry.Memo sources) {
        Set<String> keys = new LinkedHashSet<>();
        Instant now = Instant.now();
        for (int i = 0; i < found.size(); i++) {
            ExtractedDeadline x = found.get(i);
            boolean overlapsKept = kept.stream().anyMatch(k -> k.overlaps(x.field(), x.start(), x.end()));
            if (overlapsKept) {
                continue;
            }
            Deadline d = sameDeadline(previous, reused, x);
            if (d == null) {
                d = new Deadline();
                d.createdAt = now;
            } else {
                reused.add(d);
            }
            d.article = article;
            d.field = x.field();
            d.start = x.start();
            d.end = x.end();
            d.text = x.text();
            d.sentence = x.sentence();
            d.setDue(x.due());
            d.dueText = x.dueText();
            d.modifier = x.modifier();
            d.relative = x.relative();
            d.subject = x.subject();
            d.qualifier = x.qualifier();
            d.force = x.force();
            d.country = x.country();
            d.announcedBy = x.announcedBy();
            setChain(d, chains.get(i), sources);
            d.announcedOn = article.publishedAt;
            d.confidence = x.confidence();
            d.origin = Origin.EXTRACTED;
            d.review = Review.UNREVIEWED;
            d.refreshChainKey();
            d.updatedAt = now;
            d.persist();
            stored.add(d);
            keys.add(d.chainKey);
        }
        return keys;
    }

    /** The previous extracted deadline this extraction finds again, not yet reused, or null. */
    private static Deadline sameDeadline(List<Deadline> previous, List<Deadline> reused, ExtractedDeadline x) {
        String due = x.due() == null ? null : x.due().toIso();
        Deadline moved = null;
        for (Deadline p : previous) {
            if (reused.contains(p) || p.field != x.field()) {
                continue;
            }
            if (p.start == x.start() && p.end == x.end()) {
                return p;
            }
            if (moved == null && java.util.Objects.equals(p.dueIso, due) && p.subject == x.subject()) {
                moved = p;
            }
        }
        return moved;
    }

    /**
     * Records the attribution chain. Without a reporter the announcer the extractor named stays the
     * originator, linked as before (then the chain's originator, linked to a known source); with a
     * reporter, the chain's originator is linked instead (none when anonymous) and the reporter too.
     * The extractor's loose announcer phrase founds no source; names the chain cut out do.
     */
    static void setChain(Deadline d, AttributionChains.Chain chain, SourceRegistry.Memo sources) {
        AttributionChains.Party originator = chain.originator();
        if (chain.reporter() == null && d.announcedBy != null) {
            d.originator = d.announcedBy;
            d.announcer = sources.announcer(d.announcedBy);
        } else {
            // a name the chain cut out of "نقلت X عن Y" is tight enough to found a source on, as for claims
            d.originator = originator == null ? null : originator.text();
            d.announcer = sources.party(originator, true);
        }
        d.reporter = chain.reporterText();
        d.reportedBy = sources.party(chain.reporter(), true);
    }

    private static void relocate(Deadline d, Article article) {
        String fieldText = article.text(d.field);
        if (d.end <= fieldText.length() && fieldText.substring(d.start, d.end).equals(d.text)) {
            return;
        }
        int at = fieldText.indexOf(d.text);
        if (at >= 0) {
            d.start = at;
            d.end = at + d.text.length();
        }
    }
}
