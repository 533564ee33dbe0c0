package io.raqib.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.raqib.arabic.TokenizedText;
import io.raqib.article.ArticleInput;
import io.raqib.article.ContentHash;
import io.raqib.claim.ClaimIngest;
import io.raqib.claim.extraction.ExtractedFigure;
import io.raqib.deadline.DeadlineIngest;
import io.raqib.deadline.extraction.ExtractedDeadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns one NDJSON line into a {@link PreparedLine}: everything an article needs that does not
 * touch the database, so it runs on the extraction threads, many lines at once.
 */
@ApplicationScoped
class LinePreparer {
    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    ClaimIngest claims;

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(LinePreparer.class);

    /** As {@link #prepare}, but an extractor failing on one line fails that line only. */
    PreparedLine prepareSafely(NdjsonLines.Line line) {
        try {
            return prepare(line);
        } catch (RuntimeException e) {
            LOG.errorf(e, "line %d of an import could not be prepared", line.number());
            return PreparedLine.failed(line.number(), null,
                    "the line could not be read (an internal error, logged); the other lines are not affected", 0);
        }
    }

    PreparedLine prepare(NdjsonLines.Line line) {
        long bytes = line.text() == null ? 0 : line.text().length();
        if (line.problem() != null) {
            return PreparedLine.failed(line.number(), null, line.problem(), 0);
        }
        ArticleInput input;
        try {
            input = json.readValue(line.text(), ArticleInput.class);
        } catch (JsonProcessingException e) {
            String where = e instanceof JsonMappingException mapping
                    && !mapping.getPath().isEmpty() && mapping.getPath().get(0).getFieldName() != null
                    ? "field '" + mapping.getPath().get(0).getFieldName() + "' " : "";
            return PreparedLine.failed(line.number(), null, "not a JSON article: " + where + e.getOriginalMessage(), bytes);
        }
        if (input == null) {
            return PreparedLine.failed(line.number(), null, "not a JSON article: null", bytes);
        }
        Set<ConstraintViolation<ArticleInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            String reason = violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted().collect(Collectors.joining("; "));
            return PreparedLine.failed(line.number(), input, reason, bytes);
        }
        // the texts as the article will hold them (ArticleService strips them), so offsets fit
        // tokenised and matched against the gazetteer once, for the figure and the deadline rules
        TokenizedText title = TokenizedText.of(input.title().strip());
        TokenizedText body = TokenizedText.of(input.body().strip());
        List<ExtractedFigure> figures = claims.extractAtIngest()
                ? claims.extract(title, body, input.publishedAt()) : List.of();
        List<ExtractedDeadline> deadlines = DeadlineIngest.extract(title, body, input.publishedAt());
        return new PreparedLine(line.number(), input, ContentHash.of(input.title(), input.body()), figures,
                ClaimIngest.chainsOf(figures), deadlines, DeadlineIngest.chainsOf(deadlines), null, bytes);
    }
}
